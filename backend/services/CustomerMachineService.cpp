#include "CustomerMachineService.h"

#include "CustomerMachineRepository.h"
#include "HostProcessRepository.h"
#include "MonitoringService.h"
#include "SessionRead.h"
#include "SqlSession.h"
#include "StatisticsService.h"
#include "TaskRepository.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

Error notHeld(const QString &hostId)
{
    return Error::notFound(u"No machine %1 is allocated to your account now"_s.arg(hostId));
}

// The held allocation's start, or 404 in the same words as the machine detail.
Result<QDateTime> heldSince(SqlSession &session, const Principal &principal, const QString &hostId)
{
    auto machine = CustomerMachineRepository(session).find(hostId, principal.scopeTenant());
    if (!machine)
        return machine.error();
    if (!*machine)
        return notHeld(hostId);
    return (*machine)->allocationStart;
}

} // namespace

Result<Page<CustomerMachine>> CustomerMachineService::list(const Principal &principal,
                                                           const PageRequest &request) const
{
    return readInSession(m_pool, [&](SqlSession &session) {
        return CustomerMachineRepository(session).list(request, principal.scopeTenant());
    });
}

Result<CustomerMachine> CustomerMachineService::machine(const Principal &principal,
                                                        const QString &id) const
{
    return readInSession(m_pool, [&](SqlSession &session) -> Result<CustomerMachine> {
        auto machine = CustomerMachineRepository(session).find(id, principal.scopeTenant());
        if (!machine)
            return machine.error();
        if (!*machine)
            return notHeld(id);
        return **machine;
    });
}

Result<CustomerMachineSummary> CustomerMachineService::summary(const Principal &principal) const
{
    return readInSession(m_pool, [&](SqlSession &session) -> Result<CustomerMachineSummary> {
        auto summary = CustomerMachineRepository(session).summary(principal.scopeTenant());
        if (!summary)
            return summary.error();
        summary->averageGpuUtilization24h =
            StatisticsService::rounded(summary->averageGpuUtilization24h);
        return summary;
    });
}

Result<MachineMonitoring> CustomerMachineService::monitoring(const Principal &principal,
                                                             const QString &hostId,
                                                             MetricHistoryPlan plan) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto since = heldSince(*session, principal, hostId);
    if (!since)
        return since.error();
    // What ran before the allocation was the previous tenant's.
    if (since->isValid() && *since > plan.from)
        plan.from = *since;
    return MonitoringService::readHistory(*session, hostId, plan);
}

Result<GpuProcessSnapshot> CustomerMachineService::processes(const Principal &principal,
                                                             const QString &hostId) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto since = heldSince(*session, principal, hostId);
    if (!since)
        return since.error();
    // A report from before the allocation began is the previous tenant's: not shown.
    return HostProcessRepository(*session).snapshotForHost(hostId, *since);
}

Result<Page<Task>> CustomerMachineService::tasks(const Principal &principal, const QString &hostId,
                                                 const PageRequest &request) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    if (auto held = heldSince(*session, principal, hostId); !held)
        return held.error();
    return TaskRepository(*session).forHost(hostId, principal.scopeTenant(), request);
}

} // namespace remotegpu
