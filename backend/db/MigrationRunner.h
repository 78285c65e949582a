#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace remotegpu {

class PgConnection;

struct Migration
{
    int version = 0; // from the file name: 0007_alerts.sql → 7
    QString name;    // the file name
    QByteArray sql;
    QByteArray checksum; // SHA-256 of the file, hex

    static Migration fromFile(const QString &fileName, const QByteArray &sql);
};

// A row of schema_migrations.
struct AppliedMigration
{
    int version = 0;
    QString name;
    QByteArray checksum;
};

struct MigrationReport
{
    QList<QString> applied; // file names applied by this run, in order
    int alreadyApplied = 0;
};

// Brings a database to the schema this binary carries. Each pending migration runs in its own
// transaction and is recorded in schema_migrations with its checksum. The run holds a PostgreSQL
// advisory lock, so several server instances starting at once apply each migration exactly once.
// It refuses (an Error naming the file) when an applied migration's file was edited, or when the
// database has migrations this binary does not know (it is older than the schema).
class MigrationRunner
{
public:
    explicit MigrationRunner(PgConnection &connection)
        : m_connection(connection)
    {}

    // The migrations compiled into the binary from sql/ (resource prefix :/sql), in order.
    static Result<QList<Migration>> bundled();
    static Result<QList<Migration>> fromDirectory(const QString &path);

    Result<MigrationReport> migrate(const QList<Migration> &migrations);
    // Checks without changing anything: Ok when every migration is applied and unedited.
    Result<void> verify(const QList<Migration> &migrations);

    // The rules, on rows read by any connection (the server's readiness probe reads them over
    // QPSQL): every applied migration is one this binary carries, unedited; checkComplete also
    // wants every one applied.
    static Result<QSet<int>> checkApplied(const QList<AppliedMigration> &applied,
                                          const QList<Migration> &migrations);
    static Result<void> checkComplete(const QList<AppliedMigration> &applied,
                                      const QList<Migration> &migrations);

private:
    Result<QList<AppliedMigration>> readApplied();
    PgConnection &m_connection;
};

} // namespace remotegpu
