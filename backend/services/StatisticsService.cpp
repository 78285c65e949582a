#include "StatisticsService.h"

#include "SettingsRepository.h"
#include "SqlSession.h"
#include "StatisticsRepository.h"
#include "UsageOrder.h"

#include <cmath>

namespace remotegpu {

namespace {

void add(ResourceUsage &group, const StatisticsRepository::HostUsage &h, const MachineUsage &used)
{
    group.usage += used.usage;
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

Result<ResourceStatistics> StatisticsService::resourceStatistics(const ReportRange &requested,
                                                                 const QString &sort) const
{
    auto order = UsageOrder::parse(sort);
    if (!order)
        return order.error();
    const QDateTime now = m_clock.now();
    auto range = ReportRange::resolve(requested, DefaultRangeSecs, MaxRangeSecs, now);
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
    auto used = UsageService::scan(*session, range->from, range->to, now);
    if (!used)
        return used.error();
    QHash<QString, MachineUsage> usedByHost;
    for (const MachineUsage &m : UsageService::byMachine(used->allocations))
        usedByHost.insert(m.hostId, m);

    ResourceStatistics report;
    report.range = *range;
    report.sampleIntervalSeconds = *interval;
    report.busyThresholdPercent = used->busyThresholdPercent;
    for (const auto &h : *hosts) {
        MachineUsage machine = usedByHost.value(h.hostId);
        machine.hostId = h.hostId;
        machine.hostName = h.hostName;
        machine.gpus = h.gpus;
        add(report.total, h, machine);
        add(report.byRegion[h.region], h, machine);
        add(report.byGpuModel[h.gpuModel], h, machine);
        report.byMachine.append(machine);
    }
    if (*order)
        (*order)->sort(report.byMachine, [](const MachineUsage &m) { return m.usage; });
    return report;
}

Result<TenantStatisticsReport>
StatisticsService::customerStatistics(const ReportRange &requested, const QString &sort,
                                      std::optional<qint64> tenantId) const
{
    auto order = UsageOrder::parse(sort);
    if (!order)
        return order.error();
    const QDateTime now = m_clock.now();
    auto range = ReportRange::resolve(requested, DefaultRangeSecs, MaxRangeSecs, now);
    if (!range)
        return range.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto interval = SettingsRepository(*session).agentIntervalSecs();
    if (!interval)
        return interval.error();
    auto tenants = StatisticsRepository(*session).tenantUsage(range->from, range->to, tenantId);
    if (!tenants)
        return tenants.error();
    auto scan = UsageService::scan(*session, range->from, range->to, now, tenantId);
    if (!scan)
        return scan.error();
    const QHash<qint64, UsageFigures> usedByTenant = UsageService::byTenant(scan->allocations);

    TenantStatisticsReport report;
    report.from = range->from;
    report.to = range->to;
    report.sampleIntervalSeconds = *interval;
    report.busyThresholdPercent = scan->busyThresholdPercent;
    for (const auto &t : *tenants) {
        const double used = t.utilizationSum / 100.0 * double(*interval) / 3600.0;
        // No ratio without allocated hours: 0/0 is not "idle".
        std::optional<double> ratio;
        if (t.gpuHoursAllocated > 0)
            ratio = used / t.gpuHoursAllocated;
        report.list.append(TenantStatistics{t.tenantId, t.tenantName, t.machines, t.gpus,
                                            rounded(t.gpuHoursAllocated), rounded(used),
                                            rounded(ratio), usedByTenant.value(t.tenantId)});
    }
    if (*order)
        (*order)->sort(report.list, [](const TenantStatistics &t) { return t.usage; });
    return report;
}

} // namespace remotegpu
