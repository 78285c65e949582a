#pragma once

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>

class QThreadPool;

namespace remotegpu {

// A background job on a timer whose work runs on the database worker pool, so the server
// thread never blocks on the database: a tick is skipped while the previous run still goes,
// and stop() waits for a run in flight (call it before the pool goes away).
class PeriodicPoolJob : public QObject
{
    Q_OBJECT
public:
    PeriodicPoolJob(QThreadPool *pool, int intervalMs, std::function<void()> work,
                    QObject *parent = nullptr);
    ~PeriodicPoolJob() override;

    // `runNow`: the first run at once, not after the first interval.
    void start(bool runNow = false);
    void stop();

private:
    void tick();

    QThreadPool *m_pool;
    std::function<void()> m_work;
    QTimer m_timer;
    QFuture<void> m_inFlight; // touched on the owner's thread only
};

} // namespace remotegpu
