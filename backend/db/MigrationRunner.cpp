#include "MigrationRunner.h"

#include "PgConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Any constant will do; it only has to be the same in every instance of the server.
constexpr const char *kLockKey = "7346192811";

const QByteArray kCreateTable =
    QByteArrayLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                      " version INT PRIMARY KEY,"
                      " name TEXT NOT NULL,"
                      " checksum TEXT NOT NULL,"
                      " applied_at TIMESTAMPTZ NOT NULL DEFAULT NOW())");

} // namespace

Migration Migration::fromFile(const QString &fileName, const QByteArray &sql)
{
    Migration m;
    m.name = fileName;
    m.version = fileName.left(4).toInt();
    m.sql = sql;
    m.checksum = QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex();
    return m;
}

Result<QList<Migration>> MigrationRunner::fromDirectory(const QString &path)
{
    static const QRegularExpression pattern(u"^\\d{4}_[A-Za-z0-9_]+\\.sql$"_s);
    QDir dir(path);
    if (!dir.exists())
        return Error::internal(u"Migration folder %1 does not exist"_s.arg(path));
    QList<Migration> result;
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (!pattern.match(file).hasMatch())
            return Error::internal(u"Migration file %1 is not named NNNN_name.sql"_s.arg(file));
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error::internal(u"Cannot read migration %1: %2"_s.arg(file, f.errorString()));
        Migration m = Migration::fromFile(file, f.readAll());
        if (!result.isEmpty() && result.last().version == m.version)
            return Error::internal(
                u"Migrations %1 and %2 share the number %3"_s.arg(result.last().name, file)
                    .arg(m.version));
        result.append(m);
    }
    if (result.isEmpty())
        return Error::internal(u"No migrations found in %1"_s.arg(path));
    return result;
}

Result<QList<Migration>> MigrationRunner::bundled()
{
    return fromDirectory(u":/sql"_s);
}

Result<QList<AppliedMigration>> MigrationRunner::readApplied()
{
    auto rows = m_connection.query(
        "SELECT version, name, checksum FROM schema_migrations ORDER BY version");
    if (!rows)
        return rows.error();
    QList<AppliedMigration> applied;
    for (const QStringList &row : *rows)
        applied.append({row.at(0).toInt(), row.at(1), row.at(2).toLatin1()});
    return applied;
}

Result<QSet<int>> MigrationRunner::checkApplied(const QList<AppliedMigration> &applied,
                                                const QList<Migration> &migrations)
{
    QHash<int, const Migration *> known;
    for (const Migration &m : migrations)
        known.insert(m.version, &m);
    QSet<int> versions;
    for (const AppliedMigration &row : applied) {
        const Migration *m = known.value(row.version);
        if (!m)
            return Error::internal(
                u"The database has migration %1 (%2), which this server does not know: "
                "it was migrated by a newer RemoteGPU. Run that version, or restore a backup."_s
                    .arg(row.version)
                    .arg(row.name));
        if (row.checksum != m->checksum)
            return Error::internal(
                u"Migration %1 was edited after it was applied (checksum %2 in the database, "
                "%3 in this build). Applied migrations must never change: restore the file "
                "and put the change in a new migration."_s.arg(
                    m->name, QString::fromLatin1(row.checksum), QString::fromLatin1(m->checksum)));
        versions.insert(row.version);
    }
    return versions;
}

Result<void> MigrationRunner::checkComplete(const QList<AppliedMigration> &applied,
                                            const QList<Migration> &migrations)
{
    auto versions = checkApplied(applied, migrations);
    if (!versions)
        return versions.error();
    if (versions->size() != migrations.size())
        return Error::unavailable(
            u"%1 of %2 migrations are applied"_s.arg(versions->size()).arg(migrations.size()));
    return {};
}

Result<MigrationReport> MigrationRunner::migrate(const QList<Migration> &migrations)
{
    // Lock first: even CREATE TABLE IF NOT EXISTS races with itself in another session.
    if (auto r = m_connection.query("SELECT pg_advisory_lock($1)", {kLockKey}); !r)
        return r.error();
    auto unlock = qScopeGuard(
        [this] { (void)m_connection.query("SELECT pg_advisory_unlock($1)", {kLockKey}); });
    if (auto r = m_connection.exec(kCreateTable); !r)
        return r.error();

    MigrationReport report;
    auto rows = readApplied();
    if (!rows)
        return rows.error();
    auto checked = checkApplied(*rows, migrations);
    if (!checked)
        return checked.error();
    const QSet<int> applied = *checked;
    report.alreadyApplied = int(applied.size());

    for (const Migration &m : migrations) {
        if (applied.contains(m.version))
            continue;
        if (auto r = m_connection.exec("BEGIN"); !r)
            return r.error();
        auto run = m_connection.exec(m.sql);
        if (run) {
            run = m_connection
                          .query("INSERT INTO schema_migrations (version, name, checksum) VALUES "
                                 "($1, $2, $3)",
                                 {QByteArray::number(m.version), m.name.toUtf8(), m.checksum})
                          .ok()
                      ? Result<void>()
                      : Result<void>(Error::internal(u"could not record the migration"_s));
        }
        if (!run) {
            (void)m_connection.exec("ROLLBACK");
            return Error::internal(
                u"Migration %1 failed and was rolled back: %2"_s.arg(m.name, run.error().message));
        }
        if (auto r = m_connection.exec("COMMIT"); !r)
            return Error::internal(
                u"Migration %1 could not be committed: %2"_s.arg(m.name, r.error().message));
        report.applied.append(m.name);
    }
    return report;
}

Result<void> MigrationRunner::verify(const QList<Migration> &migrations)
{
    auto rows = readApplied();
    if (!rows)
        return rows.error();
    return checkComplete(*rows, migrations);
}

} // namespace remotegpu
