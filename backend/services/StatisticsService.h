#pragma once

#include "Clock.h"
#include "ReportRange.h"
#include "ResourceStatistics.h"
#include "Result.h"
#include "TenantStatisticsReport.h"
#include "UsageService.h"

#include <optional>

namespace remotegpu {

class DatabasePool;

// The admin usage reports over a range (the last week unless asked otherwise, a year at most):
// the fleet's resources and each tenant's usage, weighted by the agent sampling interval, and
// beside them allocated versus used from the one-minute rollups (UsageService).
class StatisticsService
{
public:
    static constexpr qint64 DefaultRangeSecs = 7LL * 86400;
    static constexpr qint64 MaxRangeSecs = 366LL * 86400;

    StatisticsService(DatabasePool &pool, const Clock &clock)
        : m_pool(pool)
        , m_clock(clock)
        , m_usage(pool, clock)
    {}

    // `sort` (UsageOrder's keys) orders byMachine; host id order when empty.
    Result<ResourceStatistics> resourceStatistics(const ReportRange &requested,
                                                  const QString &sort = {}) const;
    // `sort` (UsageOrder's keys) orders the tenants; largest gpuHoursAllocated first when empty.
    // `tenantId` keeps only that tenant (none when the id is no tenant's), read as such from
    // the database rather than picked out of every tenant's rows.
    Result<TenantStatisticsReport> customerStatistics(const ReportRange &requested,
                                                      const QString &sort = {},
                                                      std::optional<qint64> tenantId = {}) const;
    const UsageService &usage() const { return m_usage; }

    // Sums of doubles carry binary noise (0.1 + 0.2); six decimals is far below what a GPU-hour
    // figure means and keeps the answers stable for clients and tests.
    static double rounded(double v);
    static std::optional<double> rounded(const std::optional<double> &v);

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
    UsageService m_usage;
};

} // namespace remotegpu
