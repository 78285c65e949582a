#pragma once

#include "Result.h"

#include "PeriodicPoolJob.h"
#include <QDateTime>

namespace remotegpu {

class Clock;
class DatabasePool;

// The offline detector: on a timer, one statement (sql/0024 remotegpu_detect_offline_hosts)
// turns hosts whose agent stopped reporting for host_offline_missed_heartbeats intervals
// offline, with reason, history, alert (or one flapping alert) and C2 event, and clears
// flapping hosts that stayed stable. Safe with several server instances: the UPDATE claims each
// host once (rows another instance holds are skipped, SKIP LOCKED). The SQL runs on the pool.
class HostLivenessMonitor
{
public:
    HostLivenessMonitor(DatabasePool &pool, const Clock &clock, int intervalMs = 5000);
    void start() { m_job.start(); }
    // Waits for a pass in flight; call before the pool goes away.
    void stop() { m_job.stop(); }

    // One pass at `now` on the calling thread: how many hosts went offline.
    Result<int> checkOnce(const QDateTime &now);

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
    PeriodicPoolJob m_job;
};

} // namespace remotegpu
