#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

struct pg_conn;

namespace remotegpu {

// A plain libpq connection for the few jobs QPSQL does badly: running a migration file of many
// statements in one PQexec, advisory locks around migrations, and (later) COPY. Owned by one
// thread at a time; closed on destruction.
class PgConnection
{
public:
    static Result<PgConnection> open(const QString &url);
    PgConnection(PgConnection &&other) noexcept;
    PgConnection &operator=(PgConnection &&other) noexcept;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    ~PgConnection();

    // Runs one or many statements; an Error carries the server's message and SQLSTATE.
    Result<void> exec(const QByteArray &sql);
    // Runs one statement with text parameters ($1, $2, …) and returns the rows as text (a null
    // cell is a null QString).
    Result<QList<QStringList>> query(const QByteArray &sql, const QList<QByteArray> &params = {});

    // LISTEN support: the socket to watch for readability, then readNotifications() takes what
    // arrived (channel payloads). False when the connection is gone.
    int socket() const;
    bool readNotifications(QList<QByteArray> *payloads);

private:
    explicit PgConnection(pg_conn *conn)
        : m_conn(conn)
    {}
    pg_conn *m_conn = nullptr;
};

} // namespace remotegpu
