#include "StatisticsService.h"

#include "SettingsRepository.h"
#include "SqlSession.h"
#include "StatisticsRepository.h"

#include <cmath>

namespace remotegpu {

namespace {

void add(ResourceUsage &group, const StatisticsRepository::HostUsage &h)
{
    ++group.machines;
    group.gpus += h.gpus;
    if (h.allocatedNow)
        group.allocatedGpus += h.gpus;
    group.gpuHoursAllocated += h.allocatedHours * double(h.gpus);
    group.utilizationSum += h.utilizationSum;
    group.samples += h.samples;
}

} // namespace

double StatisticsService::rounded(double v)
{
    return std::round(v * 1e6) / 1e6;
}

std::optional<double> StatisticsService::rounded(const std::optional<double> &v)
{
    return v ? std::optional<double>(rounded(*v)) : std::nullopt;
}

Result<ResourceStatistics> StatisticsService::resourceStatistics(const ReportRange &requested) const
{
    auto range = ReportRange::resolve(requested, DefaultRangeSecs, MaxRangeSecs, m_clock.now());
    if (!range)
        return range.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto interval = SettingsRepository(*session).agentIntervalSecs();
    if (!interval)
        return interval.error();
    auto hosts = StatisticsRepository(*session).hostUsage(range->from, range->to);
    if (!hosts)
        return hosts.error();

    ResourceStatistics report;
    report.range = *range;
    report.sampleIntervalSeconds = *interval;
    for (const auto &h : *hosts) {
        add(report.total, h);
        add(report.byRegion[h.region], h);
        add(report.byGpuModel[h.gpuModel], h);
    }
    return report;
}

Result<TenantStatisticsReport>
StatisticsService::customerStatistics(const ReportRange &requested) const
{
    auto range = ReportRange::resolve(requested, DefaultRangeSecs, MaxRangeSecs, m_clock.now());
    if (!range)
        return range.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto interval = SettingsRepository(*session).agentIntervalSecs();
    if (!interval)
        return interval.error();
    auto tenants = StatisticsRepository(*session).tenantUsage(range->from, range->to);
    if (!tenants)
        return tenants.error();

    TenantStatisticsReport report{range->from, range->to, *interval, {}};
    for (const auto &t : *tenants) {
        const double used = t.utilizationSum / 100.0 * double(*interval) / 3600.0;
        // No ratio without allocated hours: 0/0 is not "idle".
        std::optional<double> ratio;
        if (t.gpuHoursAllocated > 0)
            ratio = used / t.gpuHoursAllocated;
        report.list.append(TenantStatistics{t.tenantId, t.tenantName, t.machines, t.gpus,
                                            rounded(t.gpuHoursAllocated), rounded(used),
                                            rounded(ratio)});
    }
    return report;
}

} // namespace remotegpu
