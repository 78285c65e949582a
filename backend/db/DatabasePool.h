#pragma once

#include "Backoff.h"
#include "DatabaseUrl.h"
#include "Result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QThreadPool>

namespace remotegpu {

// The bounded pool of worker threads on which every blocking database call runs. QPSQL
// connections may only be used by the thread that opened them (moving one is Qt 6.8+), so each
// worker thread opens its own on first use and keeps it for the thread's life; the threads
// never expire, so the connections and their prepared statements stay warm.
class DatabasePool
{
public:
    DatabasePool(DatabaseUrl url, int workers);
    ~DatabasePool();
    DatabasePool(const DatabasePool &) = delete;
    DatabasePool &operator=(const DatabasePool &) = delete;

    QThreadPool *threadPool() { return &m_threads; }
    int workers() const { return m_threads.maxThreadCount(); }

    // The calling thread's connection to this pool's database, opened (or reopened after the
    // server dropped it) on demand. While the database is unreachable the workers share one
    // back-off (capped exponential with jitter): between tries a request is answered 503 at
    // once instead of each opening a connection, and the warning is written once per interval. Only
    // call it from a worker thread of this pool, or from a thread that outlives every use of the
    // returned handle.
    Result<QSqlDatabase> connection();

private:
    DatabaseUrl m_url;
    QString m_prefix;
    QMutex m_backoffLock;
    Backoff m_backoff{100, 5000};
    LogThrottle m_logThrottle{5000};
    QThreadPool m_threads;
};

} // namespace remotegpu
