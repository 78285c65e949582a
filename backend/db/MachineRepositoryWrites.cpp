// MachineRepository's writes (insert, update, GPUs, delete, maintenance) and the checks that
// guard them; the reads and the list query are in MachineRepository.cpp.
#include "MachineRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

CurrentAllocation allocationFrom(const QSqlQuery &q, int first)
{
    CurrentAllocation a;
    a.id = q.value(first).toString();
    a.tenantId = q.value(first + 1).toLongLong();
    a.tenantName = q.value(first + 2).toString();
    a.startTime = sql::utcTime(q.value(first + 3));
    a.endTime = sql::utcTime(q.value(first + 4));
    a.status = q.value(first + 5).toString();
    return a;
}

// The columns an admin edits, in the order of kEditedColumns, shared by insert and update so the
// two cannot drift apart.
const QString kEditedColumns =
    u"name, hostname, ip_address, public_ip, ssh_host, ssh_port, winrm_port, agent_port, "
    "os_type, os_version, arch, deployment_mode, k8s_node_name, region, total_cpu, "
    "total_memory_gb, total_disk_gb, total_gpu, labels, tags"_s;
const QString kEditedValues = u"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, "
                              "ARRAY(SELECT json_array_elements_text(?::json))"_s;

QVariantList editedBinds(const Machine &m)
{
    return {m.name,
            sql::nullableText(m.hostname),
            m.ipAddress,
            sql::nullableText(m.publicIp),
            sql::nullableText(m.sshHost),
            m.sshPort,
            sql::nullableInt(m.winrmPort),
            m.agentPort,
            m.osType,
            sql::nullableText(m.osVersion),
            m.arch,
            m.deploymentMode,
            sql::nullableText(m.k8sNodeName),
            sql::nullableText(m.region),
            m.totalCpu,
            m.totalMemoryGb,
            m.totalDiskGb,
            m.totalGpu,
            sql::jsonText(m.labels),
            sql::jsonText(QJsonArray::fromStringList(m.tags))};
}

} // namespace

Result<void> MachineRepository::insert(const Machine &m)
{
    auto q = m_session.exec(u"INSERT INTO hosts (id, status, "_s + kEditedColumns +
                                u") VALUES (?, ?, "_s + kEditedValues + u")"_s,
                            QVariantList{m.id, toString(m.status)} + editedBinds(m));
    if (!q)
        return q.error();
    return {};
}

Result<bool> MachineRepository::update(const Machine &m)
{
    // The whole edited set at once: (columns) = (values) keeps one list for both statements.
    auto q = m_session.exec(u"UPDATE hosts SET ("_s + kEditedColumns + u") = ROW("_s +
                                kEditedValues + u") WHERE id = ? RETURNING id"_s,
                            editedBinds(m) << m.id);
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<void> MachineRepository::replaceGpus(const QString &hostId, const QList<Gpu> &gpus)
{
    // Upsert by (host, index) so a card that stays keeps its id and its metric history; cards
    // no longer listed go (their metrics cascade).
    QStringList indexes;
    for (const Gpu &g : gpus)
        indexes << QString::number(g.index);
    auto del =
        m_session.exec(u"DELETE FROM gpus WHERE host_id = ? AND NOT (index = ANY (?::int[]))"_s,
                       {hostId, QString(u"{"_s + indexes.join(u',') + u"}"_s)});
    if (!del)
        return del.error();
    for (const Gpu &g : gpus) {
        auto q = m_session.exec(
            u"INSERT INTO gpus (host_id, index, uuid, name, brand, architecture, memory_total_mb, "
            "cuda_cores, compute_capability, power_limit, temperature_limit) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (host_id, index) DO UPDATE SET "
            "uuid = EXCLUDED.uuid, name = EXCLUDED.name, brand = EXCLUDED.brand, "
            "architecture = EXCLUDED.architecture, memory_total_mb = EXCLUDED.memory_total_mb, "
            "cuda_cores = EXCLUDED.cuda_cores, compute_capability = EXCLUDED.compute_capability, "
            "power_limit = EXCLUDED.power_limit, temperature_limit = EXCLUDED.temperature_limit"_s,
            {hostId, g.index, sql::nullableText(g.uuid), sql::nullableText(g.name),
             sql::nullableText(g.brand), sql::nullableText(g.architecture), g.memoryTotalMb,
             sql::nullableInt(g.cudaCores), sql::nullableText(g.computeCapability),
             sql::nullableInt(g.powerLimit), sql::nullableInt(g.temperatureLimit)});
        if (!q)
            return q.error();
    }
    return {};
}

Result<bool> MachineRepository::remove(const QString &id)
{
    auto q = m_session.exec(u"DELETE FROM hosts WHERE id = ? RETURNING id"_s, {id});
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<std::optional<QString>> MachineRepository::lockStatus(const QString &id)
{
    auto q = m_session.exec(u"SELECT status FROM hosts WHERE id = ? FOR UPDATE"_s, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>((*q)->value(0).toString());
}

Result<QString> MachineRepository::setMaintenance(const QString &id, bool enabled)
{
    // Leaving maintenance: online if the agent is still reporting by the offline detector's own
    // rule (remotegpu_host_reporting, sql/0024), else offline until it does.
    auto q =
        m_session.exec(u"UPDATE hosts SET status = CASE WHEN ?::boolean THEN 'maintenance' "
                       "WHEN remotegpu_host_reporting(last_heartbeat, agent_interval_seconds, "
                       "now()) THEN 'online' ELSE 'offline' END WHERE id = ? RETURNING status"_s,
                       {enabled, id});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toString();
}

Result<std::optional<CurrentAllocation>>
MachineRepository::blockingAllocation(const QString &hostId)
{
    auto q = m_session.exec(
        u"SELECT a.id, a.tenant_id, tenant_display_name(t.company, t.display_name, t.username)"
        u", a.start_time, a.end_time, a.status FROM allocations a "
        "JOIN customers t ON t.id = a.tenant_id WHERE a.host_id = ? "
        "AND a.status IN ('active', 'pending') ORDER BY a.start_time "
        "LIMIT 1"_s,
        {hostId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<CurrentAllocation>();
    return std::optional<CurrentAllocation>(allocationFrom(**q, 0));
}

Result<bool> MachineRepository::hasAllocationHistory(const QString &hostId)
{
    auto q =
        m_session.exec(u"SELECT EXISTS (SELECT 1 FROM allocations WHERE host_id = ?)"_s, {hostId});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toBool();
}

Result<std::optional<Error>> MachineRepository::findClash(const Machine &m,
                                                          const QString &excludeId)
{
    auto clash = [](const QString &field, const QString &what, const QSqlQuery &r) {
        const QString message = u"%1 is already used by %2 (%3)"_s.arg(what, r.value(0).toString(),
                                                                       r.value(1).toString());
        Error e = Error::conflict(message);
        e.fieldErrors = {{field, message}};
        return std::optional<Error>(e);
    };
    if (excludeId.isEmpty()) {
        auto q = m_session.exec(u"SELECT id, name FROM hosts WHERE id = ?"_s, {m.id});
        if (!q)
            return q.error();
        if ((*q)->next())
            return clash(u"id"_s, u"id "_s + m.id, **q);
    }
    {
        auto q = m_session.exec(
            u"SELECT id, name FROM hosts WHERE ip_address = ? AND id IS DISTINCT FROM ?"_s,
            {m.ipAddress, excludeId});
        if (!q)
            return q.error();
        if ((*q)->next())
            return clash(u"ipAddress"_s, u"ipAddress "_s + m.ipAddress, **q);
    }
    if (!m.sshHost.isEmpty()) {
        auto q = m_session.exec(
            u"SELECT id, name FROM hosts WHERE ssh_host = ? AND ssh_port = ? AND id IS DISTINCT FROM ?"_s,
            {m.sshHost, m.sshPort, excludeId});
        if (!q)
            return q.error();
        if ((*q)->next())
            return clash(u"sshHost"_s, u"sshHost:sshPort %1:%2"_s.arg(m.sshHost).arg(m.sshPort),
                         **q);
    }
    return std::optional<Error>();
}

} // namespace remotegpu
