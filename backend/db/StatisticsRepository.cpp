#include "StatisticsRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The instant an allocation stopped holding its machine.
const QString kAllocationEnd = u"CASE WHEN a.status = 'reclaimed' THEN least(a.end_time, "
                               u"coalesce(a.reclaimed_at, a.end_time)) "
                               "ELSE a.end_time END"_s;

} // namespace

Result<QList<StatisticsRepository::HostUsage>>
StatisticsRepository::hostUsage(const QDateTime &from, const QDateTime &to)
{
    // Per host: the metric sums use idx_gpu_metrics_host_collected (host_id, collected_at), the
    // allocation overlap idx_allocations_host_id.
    const QString sql =
        u"WITH p AS (SELECT ?::timestamptz AS f, least(?::timestamptz, now()) AS t) "
        "SELECT h.id, h.name, coalesce(h.region, ''), coalesce(gm.model, ''), h.total_gpu, "
        "EXISTS (SELECT 1 FROM held_allocations(now()) a WHERE a.host_id = h.id), "
        "coalesce((SELECT sum(extract(epoch FROM least("_s +
        kAllocationEnd +
        u", p.t) - greatest(a.start_time, p.f))) FROM allocations a "
        "WHERE a.host_id = h.id AND a.status IN ('active', 'expired', 'reclaimed') "
        "AND a.start_time < p.t AND "_s +
        kAllocationEnd +
        u" > p.f), 0)::float8 / 3600.0, "
        "coalesce(mu.s, 0)::float8, coalesce(mu.n, 0) "
        "FROM hosts h CROSS JOIN p "
        "LEFT JOIN LATERAL (SELECT g.name AS model FROM gpus g WHERE g.host_id = h.id "
        "AND g.name IS NOT NULL GROUP BY g.name ORDER BY count(*) DESC, g.name LIMIT 1) gm ON true "
        "LEFT JOIN LATERAL (SELECT sum(m.utilization_percent) AS s, count(m.utilization_percent) "
        "AS n "
        "FROM gpu_metrics m WHERE m.host_id = h.id AND m.collected_at >= p.f "
        "AND m.collected_at < p.t) mu ON true "
        "ORDER BY h.id"_s;
    auto q = m_session.exec(sql, {from, to});
    if (!q)
        return q.error();
    QList<HostUsage> rows;
    while ((*q)->next()) {
        QSqlQuery &r = **q;
        HostUsage u;
        u.hostId = r.value(0).toString();
        u.hostName = r.value(1).toString();
        u.region = r.value(2).toString();
        u.gpuModel = r.value(3).toString();
        u.gpus = r.value(4).toLongLong();
        u.allocatedNow = r.value(5).toBool();
        u.allocatedHours = r.value(6).toDouble();
        u.utilizationSum = r.value(7).toDouble();
        u.samples = r.value(8).toLongLong();
        rows.append(u);
    }
    return rows;
}

Result<QList<StatisticsRepository::TenantUsage>>
StatisticsRepository::tenantUsage(const QDateTime &from, const QDateTime &to,
                                  std::optional<qint64> tenantId)
{
    // `periods`: each allocation clipped to the range. The metrics join runs per period on
    // (host_id, collected_at), so it reads only the samples inside a tenant's own periods.
    // `p.tenant` (NULL: every tenant) narrows the periods, the held machines and the tenants
    // themselves, so one tenant's answer reads only that tenant's allocations and samples.
    const QString sql =
        u"WITH p AS (SELECT ?::timestamptz AS f, least(?::timestamptz, now()) AS t, "
        "?::bigint AS tenant), "
        "periods AS (SELECT a.tenant_id, a.host_id, h.total_gpu, greatest(a.start_time, p.f) AS s, "
        "least("_s +
        kAllocationEnd +
        u", p.t) AS e FROM allocations a JOIN hosts h ON h.id = a.host_id CROSS JOIN p "
        "WHERE a.status IN ('active', 'expired', 'reclaimed') AND a.start_time < p.t "
        "AND (p.tenant IS NULL OR a.tenant_id = p.tenant) AND "_s +
        kAllocationEnd +
        u" > p.f), "
        "alloc AS (SELECT tenant_id, sum(extract(epoch FROM e - s)::float8 / 3600.0 * total_gpu) "
        "AS gh "
        "FROM periods GROUP BY tenant_id), "
        "used AS (SELECT pr.tenant_id, sum(m.utilization_percent) AS us, "
        "count(m.utilization_percent) AS n FROM periods pr JOIN gpu_metrics m "
        "ON m.host_id = pr.host_id AND m.collected_at >= pr.s AND m.collected_at < pr.e "
        "GROUP BY pr.tenant_id), "
        "held AS (SELECT a.tenant_id, count(*) AS machines, sum(h.total_gpu) AS gpus "
        "FROM held_allocations(now()) a JOIN hosts h ON h.id = a.host_id CROSS JOIN p "
        "WHERE p.tenant IS NULL OR a.tenant_id = p.tenant GROUP BY a.tenant_id) "
        "SELECT c.id, tenant_display_name(c.company, c.display_name, c.username), "
        "coalesce(held.machines, 0), coalesce(held.gpus, 0), coalesce(alloc.gh, 0)::float8, "
        "coalesce(used.us, 0)::float8, coalesce(used.n, 0) "
        "FROM customers c LEFT JOIN held ON held.tenant_id = c.id "
        "LEFT JOIN alloc ON alloc.tenant_id = c.id LEFT JOIN used ON used.tenant_id = c.id "
        "CROSS JOIN p WHERE c.role = 'customer_owner' AND c.deleted_at IS NULL "
        "AND (p.tenant IS NULL OR c.id = p.tenant) "
        "ORDER BY coalesce(alloc.gh, 0) DESC, c.id"_s;
    auto q = m_session.exec(sql, {from, to, sql::nullableId(tenantId)});
    if (!q)
        return q.error();
    QList<TenantUsage> rows;
    while ((*q)->next()) {
        QSqlQuery &r = **q;
        TenantUsage u;
        u.tenantId = r.value(0).toLongLong();
        u.tenantName = r.value(1).toString();
        u.machines = r.value(2).toLongLong();
        u.gpus = r.value(3).toLongLong();
        u.gpuHoursAllocated = r.value(4).toDouble();
        u.utilizationSum = r.value(5).toDouble();
        u.samples = r.value(6).toLongLong();
        rows.append(u);
    }
    return rows;
}

} // namespace remotegpu
