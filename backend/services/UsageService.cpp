#include "UsageService.h"

#include "SqlSession.h"
#include "StatisticsService.h"
#include "UsageOrder.h"
#include "UsageRepository.h"

#include <QMap>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<UsageService::Scan> UsageService::scan(SqlSession &session, const QDateTime &from,
                                              const QDateTime &to, const QDateTime &now,
                                              std::optional<qint64> tenantId, const QString &hostId)
{
    auto threshold = UsageRepository(session).busyThresholdPercent();
    if (!threshold)
        return threshold.error();
    Scan scan;
    scan.busyThresholdPercent = *threshold;
    const QDateTime end = std::min(to, now);
    if (end <= from)
        return scan; // the whole period lies ahead: nothing held yet
    UsageRepository::Query query{from, end, double(*threshold), tenantId, hostId};
    auto rows = UsageRepository(session).allocationUsage(query);
    if (!rows)
        return rows.error();
    scan.allocations = std::move(*rows);
    return scan;
}

QList<MachineUsage> UsageService::byMachine(const QList<AllocationUsage> &allocations)
{
    QMap<QString, MachineUsage> machines;
    for (const AllocationUsage &a : allocations) {
        MachineUsage &m = machines[a.hostId];
        m.hostId = a.hostId;
        m.hostName = a.hostName;
        m.gpus = a.gpus;
        ++m.allocations;
        m.usage += a.usage;
    }
    return machines.values();
}

QHash<qint64, UsageFigures> UsageService::byTenant(const QList<AllocationUsage> &allocations)
{
    QHash<qint64, UsageFigures> tenants;
    for (const AllocationUsage &a : allocations)
        tenants[a.tenantId] += a.usage;
    return tenants;
}

Result<UsageReport> UsageService::report(const ReportRange &requested,
                                         std::optional<qint64> tenantId, const QString &hostId,
                                         const QString &sort) const
{
    auto order = UsageOrder::parse(sort);
    if (!order)
        return order.error();
    const QDateTime now = m_clock.now();
    auto range = ReportRange::resolve(requested, StatisticsService::DefaultRangeSecs,
                                      StatisticsService::MaxRangeSecs, now);
    if (!range)
        return range.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto found = scan(*session, range->from, range->to, now, tenantId, hostId);
    if (!found)
        return found.error();

    UsageReport report;
    report.from = range->from;
    report.to = range->to;
    report.busyThresholdPercent = found->busyThresholdPercent;
    report.allocations = std::move(found->allocations);
    for (const AllocationUsage &a : std::as_const(report.allocations))
        report.totals += a.usage;
    report.machines = byMachine(report.allocations);
    // The renewal question first: who uses least of what it holds.
    const UsageOrder by = order->value_or(UsageOrder{});
    by.sort(report.allocations, [](const AllocationUsage &a) { return a.usage; });
    by.sort(report.machines, [](const MachineUsage &m) { return m.usage; });
    return report;
}

Result<UsageReport> UsageService::tenantReport(const Principal &principal,
                                               const ReportRange &requested,
                                               const QString &sort) const
{
    // A member sees its own machines, but what the whole tenant pays for and uses is the
    // owner's business (and the admins', who have their own route).
    if (principal.role != Role::CustomerOwner || principal.tenantId <= 0)
        return Error::forbidden(u"only a tenant's owner can see its usage"_s);
    return report(requested, principal.tenantId, QString(), sort);
}

} // namespace remotegpu
