#pragma once

#include "PgRows.h"
#include "Result.h"
#include "SqlStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <QList>

#include <initializer_list>

namespace remotegpu {

class DatabasePool;

// A worker thread's use of its database connection for one request: prepared statements cached
// per connection (QPSQL's prepare() is a server-side PREPARE; keeping them saves two round trips
// a query), transactions, and SQLSTATEs turned into Errors a client can act on (unique or
// exclusion violation → 409). Repositories take a SqlSession&; they never open connections.
class SqlSession
{
public:
    static Result<SqlSession> open(DatabasePool &pool);
    // QSqlDatabase has no move constructor (Qt 6.4): a copy is one reference count.
    explicit SqlSession(const QSqlDatabase &db)
        : m_db(db)
    {}

    // Runs a prepared statement with `?` placeholders; the returned query is positioned before
    // the first row and stays valid until the next exec of the same SQL on this thread.
    Result<QSqlQuery *> exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds);

    // Runs the statements in one round trip on this connection's libpq handle and returns their
    // rows without QVariants (PgPipeline): for hot reads such as a list page and its count.
    Result<QList<PgRows>> execPipelined(const QList<SqlStatement> &statements,
                                        PlanChoice plans = PlanChoice::Default);

    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // For a caught SQL error: the kind a client should see (Conflict for 23505/23P01, BadRequest
    // for check/foreign-key violations, Unavailable for a lost connection, else Internal).
    static Error errorFor(const QSqlError &error, const QString &what);
    // The same from a SQLSTATE and the server's message (libpq callers).
    // The server's words go to the log (with the request's trace id) and databaseDetailOf(),
    // never into the message a client reads.
    static Error errorFor(const QString &state, const QString &detail, bool connectionLost,
                          const QString &what);
    // SQLSTATE and the database's own text behind `error`, if errorFor() made it last on this
    // thread (a constraint name tells which rule a write broke); for the server's decisions only.
    static QString databaseDetailOf(const Error &error);

private:
    static Error errorInWords(const QString &state, bool connectionLost, const QString &what);
    QSqlDatabase m_db;
    bool m_inTransaction = false;
};

// Rolls back on scope exit unless committed (Cutelyst's Sql::Transaction idea).
class Transaction
{
public:
    explicit Transaction(SqlSession &session)
        : m_session(session)
    {}
    ~Transaction()
    {
        if (m_open)
            m_session.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin()
    {
        auto r = m_session.begin();
        m_open = r.ok();
        return r;
    }
    Result<void> commit()
    {
        auto r = m_session.commit();
        m_open = false;
        return r;
    }

private:
    SqlSession &m_session;
    bool m_open = false;
};

} // namespace remotegpu
