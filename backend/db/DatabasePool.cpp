#include "DatabasePool.h"

#include "JsonLog.h"
#include "ThreadDbState.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QSqlError>
#include <QStringList>
#include <QThread>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QAtomicInt g_poolCounter;

} // namespace

DatabasePool::DatabasePool(DatabaseUrl url, int workers)
    : m_url(std::move(url))
    , m_prefix(u"remotegpu-pool%1-"_s.arg(g_poolCounter.fetchAndAddRelaxed(1)))
{
    m_threads.setMaxThreadCount(workers);
    m_threads.setExpiryTimeout(-1);
    m_threads.setObjectName(u"db-workers"_s);
}

DatabasePool::~DatabasePool()
{
    m_threads.waitForDone();
}

Result<QSqlDatabase> DatabasePool::connection()
{
    const QString name =
        m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        m_url.applyTo(db);
        ThreadDbState::current().connectionNames.append(name);
    }
    if (!db.isOpen()) {
        const Error unreachable =
            Error::unavailable(u"The database is unreachable; try again in a moment"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            QMutexLocker lock(&m_backoffLock);
            if (!m_backoff.mayTry(now))
                return unreachable;
        }
        ThreadDbState::current().forgetStatements(name); // they died with the old session
        if (db.open()) {
            QMutexLocker lock(&m_backoffLock);
            if (m_backoff.failures() > 0)
                JsonLog::event(lcDb(), QtInfoMsg, u"database reachable again"_s,
                               {{u"failedTries"_s, m_backoff.failures()}});
            m_backoff.succeeded();
            return db;
        }
        const QString reason = db.lastError().text();
        QMutexLocker lock(&m_backoffLock);
        const qint64 next = m_backoff.failed(now);
        int suppressed = 0;
        if (m_logThrottle.allow(now, &suppressed))
            JsonLog::event(lcDb(), QtWarningMsg, u"cannot open database connection"_s,
                           {{u"reason"_s, reason.trimmed()},
                            {u"failedTries"_s, m_backoff.failures()},
                            {u"nextTryInMs"_s, next - now},
                            {u"suppressedLines"_s, suppressed}});
        return unreachable;
    }
    return db;
}

} // namespace remotegpu
