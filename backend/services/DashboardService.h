#pragma once

#include "Clock.h"
#include "DashboardRepository.h"
#include "GpuTrend.h"
#include "Principal.h"
#include "ReportRange.h"
#include "Result.h"

namespace remotegpu {

class DatabasePool;

// The dashboard cards of both sides and the fleet GPU-utilisation trend, with the settings they
// depend on (the expiring window).
class DashboardService
{
public:
    using CustomerStats = DashboardRepository::CustomerStats;

    static constexpr int MinTrendStepSecs = 60;
    static constexpr int MaxTrendStepSecs = 86400;
    static constexpr int DefaultTrendStepSecs = 300;
    static constexpr int MaxTrendPoints = 2000;

    DashboardService(DatabasePool &pool, const Clock &clock)
        : m_pool(pool)
        , m_clock(clock)
    {}

    Result<DashboardStats> adminStats() const;
    // Limited to principal.scopeTenant() (every tenant for an admin).
    Result<CustomerStats> customerStats(const Principal &principal) const;
    // The last day unless `requested` says otherwise; `stepSecs` in [MinTrendStepSecs,
    // MaxTrendStepSecs]. A 400 when the range would make more than MaxTrendPoints points.
    Result<GpuTrend> gpuTrend(const ReportRange &requested, int stepSecs) const;

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
};

} // namespace remotegpu
