#pragma once

#include "Clock.h"
#include "MachineUsage.h"
#include "Principal.h"
#include "ReportRange.h"
#include "Result.h"
#include "UsageFigures.h"
#include "UsageReport.h"

#include <QHash>
#include <QList>

#include <optional>

namespace remotegpu {

class DatabasePool;
class SqlSession;

// Allocated versus used: the GPU-hours each allocation held over a period against the GPU-hours
// its GPUs were busy (one-minute rollups above gpu_busy_utilization_percent), per allocation,
// machine and tenant. The period's end is capped at the clock's now: hours that have not
// happened are neither held nor busy.
class UsageService
{
public:
    // What one query over the period found: the threshold it used (setting
    // gpu_busy_utilization_percent, default 10, read by UsageRepository) and every allocation's
    // row.
    struct Scan
    {
        int busyThresholdPercent = 0;
        QList<AllocationUsage> allocations;
    };

    UsageService(DatabasePool &pool, const Clock &clock)
        : m_pool(pool)
        , m_clock(clock)
    {}

    // GET /api/admin/statistics/allocations: the allocations of the period (of one tenant
    // and/or machine when given), their per-machine sums and the total. `sort` (see UsageOrder)
    // orders both lists; lowest busyRatio first when empty.
    Result<UsageReport> report(const ReportRange &requested, std::optional<qint64> tenantId,
                               const QString &hostId, const QString &sort) const;
    // GET /api/customer/statistics/usage: the same for the caller's own tenant; owners only.
    Result<UsageReport> tenantReport(const Principal &principal, const ReportRange &requested,
                                     const QString &sort) const;

    // The rows of [from, to) (to capped at `now`) on an open session, for the statistics
    // answers that add the figures to their own groups.
    static Result<Scan> scan(SqlSession &session, const QDateTime &from, const QDateTime &to,
                             const QDateTime &now, std::optional<qint64> tenantId = {},
                             const QString &hostId = {});
    // The rows summed per machine, in host id order.
    static QList<MachineUsage> byMachine(const QList<AllocationUsage> &allocations);
    // The rows summed per tenant.
    static QHash<qint64, UsageFigures> byTenant(const QList<AllocationUsage> &allocations);

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
};

} // namespace remotegpu
