#include "SqlSession.h"

#include "DatabasePool.h"
#include "JsonLog.h"
#include "PgPipeline.h"
#include "ThreadDbState.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <memory>
#include <utility>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The message of the last error errorFor() made on this thread, and the database's words for it.
thread_local std::pair<QString, QString> t_lastError;

// Connection exceptions (08…) and the server shutting down or not yet up (57P01-03).
bool isConnectionLostState(const QString &state)
{
    return state.startsWith(u"08"_s) || state == u"57P01"_s || state == u"57P02"_s ||
           state == u"57P03"_s;
}

bool isConnectionLost(const QSqlError &error)
{
    return error.type() == QSqlError::ConnectionError ||
           isConnectionLostState(error.nativeErrorCode());
}

// QPSQL reports a connection that died mid-query ("server closed the connection unexpectedly")
// as a statement error without SQLSTATE; libpq knows better.
bool isConnectionLost(const QSqlError &error, const QSqlDatabase &db)
{
    if (isConnectionLost(error))
        return true;
    if (!error.nativeErrorCode().isEmpty())
        return false;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    auto *conn = handle.isValid() ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    return !conn || PQstatus(conn) != CONNECTION_OK;
}

} // namespace

Result<SqlSession> SqlSession::open(DatabasePool &pool)
{
    auto db = pool.connection();
    if (!db)
        return db.error();
    return SqlSession(*db);
}

Error SqlSession::errorFor(const QSqlError &error, const QString &what)
{
    return errorFor(error.nativeErrorCode(), error.databaseText(), isConnectionLost(error), what);
}

Error SqlSession::errorFor(const QString &state, const QString &detail, bool connectionLost,
                           const QString &what)
{
    // PostgreSQL's own words (constraint names, quoted rows, token hashes) never reach a client:
    // they go to the log with the request's trace id, and the answer says what to do.
    JsonLog::event(lcDb(), QtWarningMsg, u"database error"_s,
                   {{u"what"_s, what},
                    {u"sqlstate"_s, state},
                    {u"detail"_s, detail},
                    {u"traceId"_s, JsonLog::threadTraceId()}});
    Error e = errorInWords(state, connectionLost, what);
    t_lastError = {e.message, state + u": "_s + detail};
    return e;
}

QString SqlSession::databaseDetailOf(const Error &error)
{
    return error.message == t_lastError.first ? t_lastError.second : QString();
}

Error SqlSession::errorInWords(const QString &state, bool connectionLost, const QString &what)
{
    if (connectionLost || isConnectionLostState(state))
        return Error::unavailable(
            u"%1 failed: the database connection was lost; try again in a moment"_s.arg(what));
    if (state == u"23505"_s || state == u"23P01"_s)
        return Error::conflict(u"%1: it clashes with an existing record"_s.arg(what));
    if (state == u"23503"_s)
        return Error::conflict(
            u"%1: a record it refers to, or that refers to it, stands in the way"_s.arg(what));
    if (state == u"23514"_s || state == u"23502"_s)
        return Error::badRequest(
            u"%1: a value breaks a rule of the data (a status, a range or a required field)"_s.arg(
                what));
    if (state == u"22P02"_s || state == u"22001"_s || state == u"22007"_s || state == u"22021"_s ||
        state == u"22003"_s || state == u"22008"_s || state == u"22P05"_s)
        return Error::badRequest(
            u"%1: a value is not accepted (too long, out of range, or not valid text)"_s.arg(what));
    return Error::internal(u"%1 failed in the database"_s.arg(what));
}

Result<QSqlQuery *> SqlSession::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    return exec(sql, QVariantList(binds));
}

Result<QSqlQuery *> SqlSession::exec(const QString &sql, const QVariantList &binds)
{
    auto &cache = ThreadDbState::current().statements[m_db.connectionName()];
    std::shared_ptr<QSqlQuery> &slot = cache[sql];
    if (!slot) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        if (!query->prepare(sql)) {
            const QSqlError error = query->lastError();
            cache.remove(sql);
            if (isConnectionLost(error, m_db)) {
                ThreadDbState::current().forgetStatements(m_db.connectionName());
                m_db.close();
                return errorFor(error.nativeErrorCode(), error.databaseText(), true,
                                u"Preparing a query"_s);
            }
            return errorFor(error, u"Preparing a query"_s);
        }
        slot = query;
    }
    QSqlQuery *query = slot.get();
    for (qsizetype i = 0; i < binds.size(); ++i)
        query->bindValue(int(i), binds[i]);
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        if (isConnectionLost(error, m_db)) {
            ThreadDbState::current().forgetStatements(m_db.connectionName());
            m_db.close(); // the pool reopens it for the next request
            return errorFor(error.nativeErrorCode(), error.databaseText(), true,
                            u"A database query"_s);
        } else if (error.nativeErrorCode() == u"26000"_s) {
            // The server no longer has our prepared statements (DISCARD ALL or DEALLOCATE ALL
            // by a pooler or an administrator): prepare them again from the next request on.
            ThreadDbState::current().forgetStatements(m_db.connectionName());
        }
        return errorFor(error, u"A database query"_s);
    }
    return query;
}

Result<QList<PgRows>> SqlSession::execPipelined(const QList<SqlStatement> &statements,
                                                PlanChoice plans)
{
    return PgPipeline::run(m_db, statements, plans);
}

Result<void> SqlSession::begin()
{
    if (!m_db.transaction()) {
        const QSqlError error = m_db.lastError();
        const bool lost = isConnectionLost(error, m_db);
        if (lost) {
            ThreadDbState::current().forgetStatements(m_db.connectionName());
            m_db.close();
        }
        return errorFor(error.nativeErrorCode(), error.databaseText(), lost,
                        u"Starting a transaction"_s);
    }
    m_inTransaction = true;
    return {};
}

Result<void> SqlSession::commit()
{
    m_inTransaction = false;
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        const Error e = errorFor(error.nativeErrorCode(), error.databaseText(),
                                 isConnectionLost(error, m_db), u"Committing"_s);
        m_db.rollback();
        return e;
    }
    return {};
}

void SqlSession::rollback()
{
    m_inTransaction = false;
    m_db.rollback();
}

} // namespace remotegpu
