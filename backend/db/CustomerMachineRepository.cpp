#include "CustomerMachineRepository.h"

#include "ListFields.h"

#include "JsonWriter.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Allocated now, limited to a tenant unless the scope is 0. Binds: scope, scope.
const QString kHeldWhere = u"a.status = 'active' AND a.start_time <= now() AND a.end_time > now() "
                           "AND (?::bigint = 0 OR a.tenant_id = ?::bigint)"_s;

// Columns of MachineView in fromRow order. Binds: the expiring window in seconds.
// A V2.1 `allocated` host status is reported as online (see MachineStatus).
const QString kSelect =
    u"SELECT h.id, h.name, coalesce(h.region, ''), coalesce(gm.model, ''), h.total_gpu, "
    "coalesce(h.public_ip, ''), coalesce(h.ssh_host, ''), h.ssh_port, coalesce(h.ssh_username, "
    "''), "
    "CASE WHEN h.status = 'allocated' THEN 'online' ELSE h.status END, h.health_status, "
    "h.os_type, coalesce(h.os_version, ''), h.total_cpu, h.total_memory_gb, a.tenant_id, "
    "a.id, a.start_time, a.end_time, "
    "a.end_time <= now() + make_interval(secs => ?::float8), lu.util, lu.at "
    "FROM allocations a JOIN hosts h ON h.id = a.host_id "
    "LEFT JOIN LATERAL (SELECT g.name AS model FROM gpus g WHERE g.host_id = h.id "
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
    m.status = r.value(9).toString();
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
CustomerMachineRepository::list(const PageRequest &request, qint64 scopeTenant,
                                qint64 expiringWindowSecs)
{
    // Only whitelisted column names reach the SQL text; every value is a bound parameter.
    static const QHash<QString, QString> columns = {
        {u"id"_s, u"h.id"_s},
        {u"name"_s, u"h.name"_s},
        {u"region"_s, u"h.region"_s},
        {u"startTime"_s, u"a.start_time"_s},
        {u"endTime"_s, u"a.end_time"_s},
        {u"status"_s, u"CASE WHEN h.status = 'allocated' THEN 'online' ELSE h.status END"_s},
        {u"gpuModel"_s, u"gm.model"_s},
    };
    sql::WhereClause filter;
    filter.add(kHeldWhere, {scopeTenant, scopeTenant});
    for (const QString &field : filterableFields())
        filter.addIn(columns.value(field), request.filterStrings(field));
    const QString where = filter.sql();
    const QVariantList &filterBinds = filter.binds();
    const QString modelJoin =
        u" LEFT JOIN LATERAL (SELECT g.name AS model FROM gpus g WHERE g.host_id = h.id "
        "AND g.name IS NOT NULL GROUP BY g.name ORDER BY count(*) DESC, g.name LIMIT 1) gm ON true"_s;
    auto count =
        m_session.exec(u"SELECT count(*) FROM allocations a JOIN hosts h ON h.id = a.host_id"_s +
                           modelJoin + where,
                       filterBinds);
    if (!count)
        return count.error();
    (*count)->next();
    const qint64 total = (*count)->value(0).toLongLong();

    const QString sortColumn = columns.value(request.sortBy, u"h.name"_s);
    const bool descending = request.order == SortOrder::Desc;
    QVariantList binds{expiringWindowSecs};
    binds << filterBinds << request.pageSize << request.offset();
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
CustomerMachineRepository::find(const QString &id, qint64 scopeTenant, qint64 expiringWindowSecs)
{
    auto q = m_session.exec(kSelect + u" WHERE h.id = ? AND "_s + kHeldWhere,
                            {expiringWindowSecs, id, scopeTenant, scopeTenant});
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

Result<CustomerMachineRepository::Summary>
CustomerMachineRepository::summary(qint64 scopeTenant, qint64 expiringWindowSecs)
{
    auto q = m_session.exec(
        u"WITH act AS (SELECT a.host_id, a.start_time, a.end_time, h.total_gpu FROM allocations a "
        "JOIN hosts h ON h.id = a.host_id WHERE "_s +
            kHeldWhere +
            u") SELECT (SELECT count(*) FROM act), (SELECT coalesce(sum(total_gpu), 0) FROM act), "
            "(SELECT count(*) FROM act WHERE end_time <= now() + make_interval(secs => "
            "?::float8)), "
            "(SELECT avg(m.utilization_percent) FROM act JOIN gpu_metrics m ON m.host_id = "
            "act.host_id "
            "AND m.collected_at >= greatest(act.start_time, now() - interval '24 hours') "
            "AND m.collected_at <= now())"_s,
        {scopeTenant, scopeTenant, expiringWindowSecs});
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
