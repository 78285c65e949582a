#include "CustomerMachineRepository.h"

#include "Enums.h"
#include "ListFields.h"

#include "JsonWriter.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The machines held now (held_allocations, 0020, at the database's now()), with their hosts.
const QString kHeldFrom = u" FROM held_allocations(now()) a JOIN hosts h ON h.id = a.host_id"_s;

// Limited to a tenant unless the scope is 0. Binds: scope, scope.
const QString kTenantWhere = u"(?::bigint = 0 OR a.tenant_id = ?::bigint)"_s;

// Columns of MachineView in fromRow order.
const QString kSelect =
    u"SELECT h.id, h.name, coalesce(h.region, ''), coalesce(gm.model, ''), h.total_gpu, "
    "coalesce(h.public_ip, ''), coalesce(h.ssh_host, ''), h.ssh_port, coalesce(h.ssh_username, "
    "''), "
    "h.status, h.health_status, "
    "h.os_type, coalesce(h.os_version, ''), h.total_cpu, h.total_memory_gb, a.tenant_id, "
    "a.id, a.start_time, a.end_time, "
    "a.expiring, lu.util, lu.at"_s +
    kHeldFrom +
    u" LEFT JOIN LATERAL (SELECT g.name AS model FROM gpus g WHERE g.host_id = h.id "
    "AND g.name IS NOT NULL GROUP BY g.name ORDER BY count(*) DESC, g.name LIMIT 1) gm ON true "
    // Each GPU's newest sample through idx_gpu_metrics_gpu_collected (gpu_id, collected_at),
    // counted only if taken during this allocation.
    "LEFT JOIN LATERAL (SELECT avg(l.u) AS util, max(l.at) AS at FROM gpus g "
    "CROSS JOIN LATERAL (SELECT m.utilization_percent AS u, m.collected_at AS at FROM gpu_metrics "
    "m "
    "WHERE m.gpu_id = g.id AND m.collected_at >= a.start_time "
    "ORDER BY m.collected_at DESC LIMIT 1) l WHERE g.host_id = h.id) lu ON true "_s;

CustomerMachineRepository::MachineView fromRow(const QSqlQuery &r)
{
    CustomerMachineRepository::MachineView m;
    m.id = r.value(0).toString();
    m.name = r.value(1).toString();
    m.region = r.value(2).toString();
    m.gpuModel = r.value(3).toString();
    m.gpuCount = r.value(4).toInt();
    m.publicIp = r.value(5).toString();
    m.sshHost = r.value(6).toString();
    if (!r.value(7).isNull())
        m.sshPort = r.value(7).toInt();
    m.sshUsername = r.value(8).toString();
    // A V2.1 `allocated` is reported as online (MachineStatus's aliases).
    const QString status = r.value(9).toString();
    const std::optional<MachineStatus> known = fromString<MachineStatus>(status);
    m.status = known ? toString(*known) : status;
    m.healthStatus = r.value(10).toString();
    m.osType = r.value(11).toString();
    m.osVersion = r.value(12).toString();
    m.totalCpu = r.value(13).toInt();
    m.totalMemoryGb = r.value(14).toLongLong();
    m.tenantId = r.value(15).toLongLong();
    m.allocationId = r.value(16).toString();
    m.allocationStart = sql::utcTime(r.value(17));
    m.allocationEnd = sql::utcTime(r.value(18));
    m.expiring = r.value(19).toBool();
    m.latestGpuUtilization = sql::optional<double>(r.value(20));
    m.latestMetricsAt = sql::utcTime(r.value(21));
    return m;
}

} // namespace

const QStringList &CustomerMachineRepository::sortableFields()
{
    return ListFields::customerMachines().sortable;
}

const QStringList &CustomerMachineRepository::filterableFields()
{
    return ListFields::customerMachines().filterable;
}

Result<Page<CustomerMachineRepository::MachineView>>
CustomerMachineRepository::list(const PageRequest &request, qint64 scopeTenant)
{
    // Only whitelisted column names reach the SQL text; every value is a bound parameter.
    const ListFields &fields = ListFields::customerMachines();
    sql::WhereClause filter;
    filter.add(kTenantWhere, {scopeTenant, scopeTenant});
    for (const QString &field : fields.filterable) {
        const QStringList values = request.filterStrings(field);
        filter.addIn(fields.column(field),
                     field == u"status"_s ? sql::storedSpellings<MachineStatus>(values) : values);
    }
    const QString where = filter.sql();
    const QVariantList &filterBinds = filter.binds();
    const QString modelJoin =
        u" LEFT JOIN LATERAL (SELECT g.name AS model FROM gpus g WHERE g.host_id = h.id "
        "AND g.name IS NOT NULL GROUP BY g.name ORDER BY count(*) DESC, g.name LIMIT 1) gm ON true"_s;
    auto count = m_session.exec(u"SELECT count(*)"_s + kHeldFrom + modelJoin + where, filterBinds);
    if (!count)
        return count.error();
    (*count)->next();
    const qint64 total = (*count)->value(0).toLongLong();

    const QString sortBy = fields.column(request.sortBy);
    const QString sortColumn = sortBy.isEmpty() ? u"h.name"_s : sortBy;
    const bool descending = request.order == SortOrder::Desc;
    QVariantList binds = filterBinds;
    binds << request.pageSize << request.offset();
    auto q =
        m_session.exec(kSelect + where + u" ORDER BY "_s + sortColumn +
                           (descending ? u" DESC"_s : u" ASC"_s) + u", h.id LIMIT ? OFFSET ?"_s,
                       binds);
    if (!q)
        return q.error();
    QList<MachineView> list;
    while ((*q)->next())
        list.append(fromRow(**q));
    return Page<MachineView>::of(list, total, request);
}

Result<std::optional<CustomerMachineRepository::MachineView>>
CustomerMachineRepository::find(const QString &id, qint64 scopeTenant)
{
    auto q = m_session.exec(kSelect + u" WHERE h.id = ? AND "_s + kTenantWhere,
                            {id, scopeTenant, scopeTenant});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<MachineView>();
    MachineView m = fromRow(**q);
    auto g = m_session.exec(
        u"SELECT g.index, coalesce(g.name, ''), g.memory_total_mb, l.u, l.at FROM gpus g "
        "LEFT JOIN LATERAL (SELECT m.utilization_percent AS u, m.collected_at AS at "
        "FROM gpu_metrics m WHERE m.gpu_id = g.id AND m.collected_at >= ?::timestamptz "
        "ORDER BY m.collected_at DESC LIMIT 1) l ON true WHERE g.host_id = ? ORDER BY g.index"_s,
        {m.allocationStart, m.id});
    if (!g)
        return g.error();
    while ((*g)->next()) {
        QSqlQuery &r = **g;
        GpuView v;
        v.index = r.value(0).toInt();
        v.name = r.value(1).toString();
        if (!r.value(2).isNull())
            v.memoryTotalMb = r.value(2).toInt();
        v.utilization = sql::optional<double>(r.value(3));
        v.collectedAt = sql::utcTime(r.value(4));
        m.gpus.append(v);
    }
    return std::optional<MachineView>(std::move(m));
}

Result<CustomerMachineRepository::Summary> CustomerMachineRepository::summary(qint64 scopeTenant)
{
    auto q = m_session.exec(
        u"WITH act AS (SELECT a.host_id, a.start_time, a.expiring, h.total_gpu"_s + kHeldFrom +
            u" WHERE "_s + kTenantWhere +
            u") SELECT (SELECT count(*) FROM act), (SELECT coalesce(sum(total_gpu), 0) FROM act), "
            "(SELECT count(*) FROM act WHERE expiring), "
            "(SELECT avg(m.utilization_percent) FROM act JOIN gpu_metrics m ON m.host_id = "
            "act.host_id "
            "AND m.collected_at >= greatest(act.start_time, now() - interval '24 hours') "
            "AND m.collected_at <= now())"_s,
        {scopeTenant, scopeTenant});
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next())
        return Error::internal(u"The machine summary returned no row"_s);
    Summary s;
    s.machines = r.value(0).toLongLong();
    s.gpus = r.value(1).toLongLong();
    s.expiringSoon = r.value(2).toLongLong();
    s.averageGpuUtilization24h = sql::optional<double>(r.value(3));
    return s;
}

} // namespace remotegpu
