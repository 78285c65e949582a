#pragma once

#include "AllocationUsage.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class SqlSession;

// Held versus busy GPU-hours per allocation, from allocations and the one-minute GPU rollups
// (gpu_metrics_1m). An allocation holds its machine over [start_time, end) where end is
// reclaimed_at for a reclaimed one (if earlier than end_time) and end_time otherwise; pending
// allocations hold nothing yet. A minute belongs to the interval its bucket (its start) lies in.
class UsageRepository
{
public:
    struct Query
    {
        QDateTime from; // the period [from, to); `to` already capped at now
        QDateTime to;
        double busyThresholdPercent = 0; // busy: mean utilisation strictly above this
        std::optional<qint64> tenantId;  // only this tenant's allocations
        QString hostId;                  // only this machine's allocations; empty: all
    };

    explicit UsageRepository(SqlSession &session)
        : m_session(session)
    {}

    // Every allocation that held its machine at some instant of the period, oldest start first,
    // with its figures clipped to the period.
    Result<QList<AllocationUsage>> allocationUsage(const Query &query);
    // The busy threshold in % (setting gpu_busy_utilization_percent) as the database reads it
    // for the hourly counts (remotegpu_busy_threshold, 0028): one definition and one default, so
    // the reports ask for exactly the threshold the hours were counted at.
    Result<int> busyThresholdPercent();

private:
    SqlSession &m_session;
};

} // namespace remotegpu
