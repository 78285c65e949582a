#include "WorkbenchService.h"

#include "AlertRepository.h"
#include "CustomerMachineRepository.h"
#include "HostProcessRepository.h"
#include "JsonWriter.h"
#include "MachineMonitoringRepository.h"
#include "QueryParameters.h"
#include "SqlSession.h"
#include "TaskRepository.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The held allocation's start, or 404 in the same words as the machine detail.
Result<QDateTime> heldSince(SqlSession &session, const Principal &principal, const QString &hostId)
{
    auto machine = CustomerMachineRepository(session).find(hostId, principal.scopeTenant());
    if (!machine)
        return machine.error();
    if (!*machine)
        return Error::notFound(u"No machine %1 is allocated to your account now"_s.arg(hostId));
    return (*machine)->allocationStart;
}

} // namespace

Result<QJsonObject> WorkbenchService::machineMonitoring(const Principal &principal,
                                                        const QString &hostId,
                                                        const QUrlQuery &query) const
{
    auto minutes = integerParameter(query, u"minutes"_s, 60, 1, 1440);
    if (!minutes)
        return minutes.error();
    auto session = SqlSession::open(*m_pool);
    if (!session)
        return session.error();
    auto since = heldSince(*session, principal, hostId);
    if (!since)
        return since.error();
    const QDateTime now = m_clock->now();
    QDateTime from = now.addSecs(-60LL * *minutes);
    if (since->isValid() && *since > from)
        from = *since;
    return MachineMonitoringRepository(*session).recent(hostId, from, now);
}

Result<QJsonObject> WorkbenchService::machineProcesses(const Principal &principal,
                                                       const QString &hostId) const
{
    auto session = SqlSession::open(*m_pool);
    if (!session)
        return session.error();
    auto since = heldSince(*session, principal, hostId);
    if (!since)
        return since.error();
    // A report from before the allocation began is the previous tenant's: not shown.
    auto snapshot = HostProcessRepository(*session).snapshotForHost(hostId, *since);
    if (!snapshot)
        return snapshot.error();
    return snapshot->toJson();
}

Result<QJsonObject> WorkbenchService::machineTasks(const Principal &principal,
                                                   const QString &hostId,
                                                   const QUrlQuery &query) const
{
    auto request = PageRequest::fromQuery(query, {}, {u"status"_s});
    if (!request)
        return request.error();
    auto session = SqlSession::open(*m_pool);
    if (!session)
        return session.error();
    if (auto held = heldSince(*session, principal, hostId); !held)
        return held.error();
    auto page = TaskRepository(*session).forHost(hostId, principal.scopeTenant(), *request);
    if (!page)
        return page.error();
    return page->toJson();
}

Result<QJsonArray> WorkbenchService::recentTasks(const Principal &principal) const
{
    auto session = SqlSession::open(*m_pool);
    if (!session)
        return session.error();
    auto tasks = TaskRepository(*session).recent(principal.scopeTenant(), 10);
    if (!tasks)
        return tasks.error();
    return json::objects(*tasks);
}

Result<QJsonArray> WorkbenchService::activeAlerts(const Principal &principal) const
{
    auto session = SqlSession::open(*m_pool);
    if (!session)
        return session.error();
    auto alerts = AlertRepository(*session).active(principal.scopeTenant(), 50);
    if (!alerts)
        return alerts.error();
    return json::objects(*alerts);
}

} // namespace remotegpu
