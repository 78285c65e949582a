#include "DatabasePool.h"

#include "JsonLog.h"
#include "ThreadDbState.h"

#include <QAtomicInt>
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
        ThreadDbState::current().forgetStatements(name); // they died with the old session
        if (db.open())
            return db;
        const QString reason = db.lastError().text();
        qCWarning(lcDb).noquote() << "cannot open database connection:" << reason;
        return Error::unavailable(u"The database is not reachable: %1"_s.arg(reason));
    }
    return db;
}

} // namespace remotegpu
