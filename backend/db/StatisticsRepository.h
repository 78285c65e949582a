#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class SqlSession;

// Usage over a time range, per host and per tenant, from allocations and gpu_metrics. The
// range end is capped at now(): hours that have not happened yet are neither allocated nor
// used. An allocation counts for [start_time, end) where end is reclaimed_at for a reclaimed
// one (if earlier than end_time) and end_time otherwise; pending allocations do not count.
// Utilisation is returned as raw sums so the caller weights it by the sampling interval.
class StatisticsRepository
{
public:
    struct HostUsage
    {
        QString hostId;
        QString hostName;
        QString region;   // empty: none recorded
        QString gpuModel; // the host's most common gpus.name; empty: no GPU rows
        qint64 gpus = 0;  // hosts.total_gpu
        bool allocatedNow = false;
        double allocatedHours = 0; // machine-hours allocated inside the range
        double utilizationSum = 0; // sum of utilization_percent over samples in the range
        qint64 samples = 0;
    };

    struct TenantUsage
    {
        qint64 tenantId = 0;
        QString tenantName;
        qint64 machines = 0; // held now
        qint64 gpus = 0;     // held now
        double gpuHoursAllocated = 0;
        // Over the samples of its hosts during its own allocation periods only, so the usage
        // of a machine's previous tenant never counts against the next one.
        double utilizationSum = 0;
        qint64 samples = 0;
    };

    explicit StatisticsRepository(SqlSession &session)
        : m_session(session)
    {}

    // Every host, in id order.
    Result<QList<HostUsage>> hostUsage(const QDateTime &from, const QDateTime &to);
    // Every tenant (customer_owner not deleted), largest GPU-hours allocated first; only the
    // tenant `tenantId` when given (no row when that id is no tenant's).
    Result<QList<TenantUsage>> tenantUsage(const QDateTime &from, const QDateTime &to,
                                           std::optional<qint64> tenantId = {});

private:
    SqlSession &m_session;
};

} // namespace remotegpu
