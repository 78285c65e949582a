#include "MachineService.h"

#include "AuditRepository.h"
#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

AuditEntry auditOf(const ClientInfo &client, const QString &action, const Principal &actor,
                   const QString &machineId, int status)
{
    AuditEntry e = client.auditBy(actor, action, u"machine"_s, machineId);
    e.tenantId = actor.tenantId ? std::optional<qint64>(actor.tenantId) : std::nullopt;
    e.statusCode = status;
    return e;
}

Error notFound(const QString &id)
{
    return Error::notFound(u"No machine with id %1"_s.arg(id));
}

QJsonObject summaryOf(const Machine &m)
{
    return QJsonObject{{u"name"_s, m.name},           {u"ipAddress"_s, m.ipAddress},
                       {u"sshHost"_s, m.sshHost},     {u"sshPort"_s, m.sshPort},
                       {u"region"_s, m.region},       {u"totalGpu"_s, m.totalGpu},
                       {u"gpuCount"_s, m.gpus.size()}};
}

} // namespace

Result<Machine> MachineService::checked(const MachineInput &input, const QString &id)
{
    Machine m = input.machine;
    if (!id.isEmpty())
        m.id = id; // PUT: the path names the machine; an id in the body is ignored
    else if (m.id.isEmpty())
        m.id = Machine::generateId();
    QList<FieldError> errors = m.validate();
    // totalGpu defaults to the number of cards given; a different figure is a typo to fix.
    if (!m.gpus.isEmpty()) {
        if (!input.totalGpuGiven)
            m.totalGpu = int(m.gpus.size());
        else if (m.totalGpu != m.gpus.size())
            errors.append(
                {u"totalGpu"_s,
                 u"totalGpu is %1 but %2 GPUs are listed"_s.arg(m.totalGpu).arg(m.gpus.size())});
    }
    if (!errors.isEmpty())
        return Error::invalidFields(errors);
    return m;
}

Error MachineService::conflictFor(SqlSession &session, const Machine &machine,
                                  const QString &excludeId, Error original)
{
    if (original.kind != ErrorKind::Conflict)
        return original;
    auto clash = MachineRepository(session).findClash(machine, excludeId);
    if (clash && *clash)
        return **clash;
    return original;
}

Result<Page<MachineListItem>> MachineService::list(const PageRequest &request)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return MachineRepository(*session).list(request);
}

Result<MachineDetail> MachineService::detailIn(SqlSession &session, const QString &id)
{
    auto d = MachineRepository(session).detail(id);
    if (!d)
        return d.error();
    if (!*d)
        return notFound(id);
    return std::move(**d);
}

Result<MachineDetail> MachineService::detail(const QString &id)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return detailIn(*session, id);
}

Result<MachineDetail> MachineService::create(const MachineInput &input, const Principal &actor,
                                             const ClientInfo &client)
{
    auto parsed = checked(input, {});
    if (!parsed)
        return parsed.error();
    Machine m = std::move(*parsed);
    // A new machine is offline until its agent reports; an admin may register it straight
    // into maintenance.
    if (m.status != MachineStatus::Maintenance)
        m.status = MachineStatus::Offline;
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    MachineRepository repo(*session);
    // A taken id, address or ssh host:port fails the insert on its unique constraint; the
    // clash is looked up only then (conflictFor), after the transaction has ended (rolled
    // back), since a statement in an aborted transaction fails.
    auto written = [&]() -> Result<void> {
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r;
        if (auto r = repo.insert(m); !r)
            return r;
        if (!m.gpus.isEmpty())
            if (auto r = repo.replaceGpus(m.id, m.gpus); !r)
                return r;
        AuditEntry e = auditOf(client, u"machine.create"_s, actor, m.id, 201);
        e.detail = summaryOf(m);
        if (auto r = AuditRepository(*session).insert(e); !r)
            return r.error();
        return tx.commit();
    }();
    if (!written)
        return conflictFor(*session, m, {}, written.error());
    return detailIn(*session, m.id);
}

Result<MachineDetail> MachineService::update(const QString &id, const MachineInput &input,
                                             const Principal &actor, const ClientInfo &client)
{
    auto parsed = checked(input, id);
    if (!parsed)
        return parsed.error();
    Machine m = std::move(*parsed);
    const bool replaceGpus = input.gpusGiven;
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    MachineRepository repo(*session);
    auto written = [&]() -> Result<void> {
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r;
        auto status = repo.lockStatus(id);
        if (!status)
            return status.error();
        if (!*status)
            return notFound(id);
        if (!input.totalGpuGiven && !replaceGpus) {
            // Keep the stored GPU count when the body says nothing about GPUs.
            auto found = repo.find(id);
            if (!found)
                return found.error();
            m.totalGpu = (*found)->machine.totalGpu;
        }
        if (auto r = repo.update(m); !r)
            return r.error();
        if (replaceGpus)
            if (auto r = repo.replaceGpus(id, m.gpus); !r)
                return r;
        AuditEntry e = auditOf(client, u"machine.update"_s, actor, id, 200);
        e.detail = summaryOf(m);
        e.detail.insert(u"gpusReplaced"_s, replaceGpus);
        if (auto r = AuditRepository(*session).insert(e); !r)
            return r.error();
        return tx.commit();
    }();
    if (!written)
        return conflictFor(*session, m, id, written.error());
    return detailIn(*session, id);
}

Result<void> MachineService::remove(const QString &id, const Principal &actor,
                                    const ClientInfo &client)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    MachineRepository repo(*session);
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r;
    auto found = repo.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return notFound(id);
    auto status = repo.lockStatus(id);
    if (!status)
        return status.error();
    auto blocking = repo.blockingAllocation(id);
    if (!blocking)
        return blocking.error();
    if (*blocking) {
        const CurrentAllocation &a = **blocking;
        return Error::conflict(
            u"Machine %1 is allocated: allocation %2 (%3) to tenant %4 (id %5); reclaim or "
            "cancel it before deleting the machine"_s.arg(id, a.id, a.status, a.tenantName)
                .arg(a.tenantId));
    }
    auto history = repo.hasAllocationHistory(id);
    if (!history)
        return history.error();
    if (*history)
        return Error::conflict(u"Machine %1 has allocation history; set it to maintenance "
                               "instead of deleting it"_s.arg(id));
    auto removed = repo.remove(id);
    if (!removed)
        return removed.error();
    AuditEntry e = auditOf(client, u"machine.delete"_s, actor, id, 200);
    e.detail = summaryOf((*found)->machine);
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    return tx.commit();
}

Result<MachineDetail> MachineService::setMaintenance(const QString &id, bool enabled,
                                                     const QString &reasonIn,
                                                     const Principal &actor,
                                                     const ClientInfo &client)
{
    const QString reason = reasonIn.trimmed();
    if (reason.size() > 1000)
        return Error::badRequest(u"reason must be at most 1000 characters"_s,
                                 {{u"reason"_s, u"reason must be at most 1000 characters"_s}});
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    MachineRepository repo(*session);
    {
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto previous = repo.lockStatus(id);
        if (!previous)
            return previous.error();
        if (!*previous)
            return notFound(id);
        auto now = repo.setMaintenance(id, enabled);
        if (!now)
            return now.error();
        AuditEntry e = auditOf(client, u"machine.maintenance"_s, actor, id, 200);
        e.detail = QJsonObject{{u"enabled"_s, enabled},
                               {u"reason"_s, reason},
                               {u"previousStatus"_s, **previous},
                               {u"status"_s, *now}};
        if (auto r = AuditRepository(*session).insert(e); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    return detailIn(*session, id);
}

} // namespace remotegpu
