#pragma once

#include "Result.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QTimer>

namespace remotegpu {

class Clock;
class DatabasePool;

// The offline detector: on a timer, one statement (sql/0024 remotegpu_detect_offline_hosts)
// turns hosts whose agent stopped reporting for host_offline_missed_heartbeats intervals
// offline, with reason, history, alert (or one flapping alert) and C2 event, and clears
// flapping hosts that stayed stable. Safe with several server instances: the UPDATE claims each
// host once (rows another instance holds are skipped, SKIP LOCKED). The SQL runs on the pool.
class HostLivenessMonitor : public QObject
{
    Q_OBJECT
public:
    HostLivenessMonitor(DatabasePool &pool, const Clock &clock, int intervalMs = 5000,
                        QObject *parent = nullptr);
    ~HostLivenessMonitor() override;

    void start();
    // Stops the timer and waits for a pass in flight; call before the pool goes away.
    void stop();

    // One pass at `now` on the calling thread: how many hosts went offline.
    Result<int> checkOnce(const QDateTime &now);

private:
    void tick();

    DatabasePool &m_pool;
    const Clock &m_clock;
    QTimer m_timer;
    QFuture<void> m_inFlight;
};

} // namespace remotegpu
