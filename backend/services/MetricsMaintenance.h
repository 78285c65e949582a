#pragma once

#include "Result.h"

#include "PeriodicPoolJob.h"
#include <QDateTime>

namespace remotegpu {

class Clock;
class DatabasePool;

// What one maintenance pass did.
struct MetricsMaintenanceReport
{
    int partitionsCreated = 0;
    int partitionsDropped = 0;
    QDateTime minutesUpTo; // raw → 1-minute rollup complete up to here
    QDateTime hoursUpTo;   // 1-minute → 1-hour rollup complete up to here
};

// The metric tables' lifecycle on a timer: partitions created ahead (raw and 1-minute: daily,
// 3 days ahead; 1-hour: monthly, 2 months ahead), the rollups continued from
// metric_rollup_progress (closed buckets only, idempotent upserts), and whole partitions older
// than metrics_retention_days / metrics_1m_retention_days / metrics_1h_retention_days dropped —
// never rows deleted one by one. Every step is safe with several server instances (advisory and
// row locks in the SQL functions).
class MetricsMaintenance
{
public:
    MetricsMaintenance(DatabasePool &pool, const Clock &clock, int intervalMs = 60000);
    void start() { m_job.start(true); }
    // Waits for a pass in flight; call before the pool goes away.
    void stop() { m_job.stop(); }

    // One pass at `now` on the calling thread; `maxRollupSteps` bounds the catch-up (each step
    // rolls up at most six hours of raw samples).
    Result<MetricsMaintenanceReport> runOnce(const QDateTime &now, int maxRollupSteps = 8);

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
    PeriodicPoolJob m_job;
};

} // namespace remotegpu
