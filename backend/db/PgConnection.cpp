#include "PgConnection.h"

#include "DatabaseUrl.h"
#include "JsonLog.h"

#include <libpq-fe.h>

#include <vector>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

Error resultError(PGresult *res, pg_conn *conn)
{
    QString message =
        QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(conn)).trimmed();
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    if (state)
        message += u" (SQLSTATE "_s + QString::fromLatin1(state) + u')';
    return Error::internal(message);
}

} // namespace

Result<PgConnection> PgConnection::open(const QString &url)
{
    // Our own messages are English; keep the server's the same so logs read as one language.
    // The session runs in UTC like the pool's (DatabaseUrl::SessionSettings).
    const QByteArray conninfo = url.toUtf8();
    const QByteArray options =
        QByteArrayLiteral("-c lc_messages=C ") + DatabaseUrl::SessionSettings;
    const char *keys[] = {"dbname", "options", "application_name", nullptr};
    const char *values[] = {conninfo.constData(), options.constData(), "remotegpu-server", nullptr};
    pg_conn *conn = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
    if (!conn)
        return Error::unavailable(u"Cannot connect to PostgreSQL: out of memory"_s);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString reason = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return Error::unavailable(u"Cannot connect to PostgreSQL: %1"_s.arg(reason));
    }
    PQsetClientEncoding(conn, "UTF8");
    // Server notices ("relation … already exists, skipping") would go to stderr as bare text and
    // break the one-JSON-object-per-line log.
    PQsetNoticeProcessor(
        conn,
        [](void *, const char *message) {
            qCDebug(lcDb).noquote() << QString::fromUtf8(message).trimmed();
        },
        nullptr);
    return PgConnection(conn);
}

PgConnection::PgConnection(PgConnection &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr))
{}

PgConnection &PgConnection::operator=(PgConnection &&other) noexcept
{
    if (this != &other) {
        if (m_conn)
            PQfinish(m_conn);
        m_conn = std::exchange(other.m_conn, nullptr);
    }
    return *this;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<void> PgConnection::exec(const QByteArray &sql)
{
    PGresult *res = PQexec(m_conn, sql.constData());
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error e = resultError(res, m_conn);
        PQclear(res);
        return e;
    }
    PQclear(res);
    return {};
}

Result<QList<QStringList>> PgConnection::query(const QByteArray &sql,
                                               const QList<QByteArray> &params)
{
    std::vector<const char *> values;
    values.reserve(size_t(params.size()));
    for (const QByteArray &p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    PGresult *res = PQexecParams(m_conn, sql.constData(), int(params.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error e = resultError(res, m_conn);
        PQclear(res);
        return e;
    }
    QList<QStringList> rows;
    const int nrows = PQntuples(res);
    const int ncols = PQnfields(res);
    rows.reserve(nrows);
    for (int r = 0; r < nrows; ++r) {
        QStringList row;
        row.reserve(ncols);
        for (int c = 0; c < ncols; ++c)
            row.append(PQgetisnull(res, r, c) ? QString()
                                              : QString::fromUtf8(PQgetvalue(res, r, c)));
        rows.append(row);
    }
    PQclear(res);
    return rows;
}

int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

bool PgConnection::readNotifications(QList<QByteArray> *payloads)
{
    if (!m_conn || PQconsumeInput(m_conn) == 0 || PQstatus(m_conn) != CONNECTION_OK)
        return false;
    while (PGnotify *n = PQnotifies(m_conn)) {
        payloads->append(QByteArray(n->extra));
        PQfreemem(n);
    }
    return true;
}

} // namespace remotegpu
