#include "SqlSession.h"

#include "DatabasePool.h"
#include "JsonLog.h"
#include "PgPipeline.h"
#include "ThreadDbState.h"

#include <QHash>
#include <QSqlError>

#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

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
    if (state == u"23505"_s || state == u"23P01"_s)
        return Error::conflict(u"%1: it clashes with an existing record (%2)"_s.arg(what, detail));
    if (state == u"23503"_s)
        return Error::conflict(
            u"%1: a record it refers to, or that refers to it, stands in the way (%2)"_s.arg(
                what, detail));
    if (state == u"23514"_s || state == u"23502"_s || state == u"22P02"_s || state == u"22001"_s ||
        state == u"22007"_s)
        return Error::badRequest(u"%1: a value is not accepted (%2)"_s.arg(what, detail));
    if (connectionLost || isConnectionLostState(state))
        return Error::unavailable(u"%1: the database connection was lost; try again"_s.arg(what));
    qCWarning(lcDb).noquote() << what << "failed:" << state << detail;
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
            if (isConnectionLost(error)) {
                ThreadDbState::current().forgetStatements(m_db.connectionName());
                m_db.close();
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
        if (isConnectionLost(error)) {
            ThreadDbState::current().forgetStatements(m_db.connectionName());
            m_db.close(); // the pool reopens it for the next request
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
    if (!m_db.transaction())
        return errorFor(m_db.lastError(), u"Starting a transaction"_s);
    m_inTransaction = true;
    return {};
}

Result<void> SqlSession::commit()
{
    m_inTransaction = false;
    if (!m_db.commit()) {
        const Error e = errorFor(m_db.lastError(), u"Committing"_s);
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
