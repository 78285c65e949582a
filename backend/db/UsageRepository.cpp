#include "UsageRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QList<AllocationUsage>> UsageRepository::allocationUsage(const Query &query)
{
    // One set-based statement, whatever the period: `held` clips each allocation to the period
    // (idx_allocations_start_time / the tenant or host index pick them), and the lateral count
    // reads only the rollup rows of that machine inside that interval, an index-only range scan
    // of idx_gpu_metrics_1m_host_bucket_util (host_id, bucket) INCLUDE (utilization_percent)
    // (0025) in the daily partitions the interval touches (pruned at run time). No minute is ever
    // generated: 1,000 allocations × 8 GPUs × 30 days costs the rollup rows that exist, and a
    // silent agent's minutes cost nothing.
    const QString sql =
        u"WITH p AS (SELECT ?::timestamptz AS f, ?::timestamptz AS t, ?::float8 AS busy, "
        "?::bigint AS tenant, ?::varchar AS host), "
        "ends AS (SELECT a.*, CASE WHEN a.status = 'reclaimed' THEN least(a.end_time, "
        "coalesce(a.reclaimed_at, a.end_time)) ELSE a.end_time END AS ended_at "
        "FROM allocations a CROSS JOIN p "
        "WHERE a.status IN ('active', 'expired', 'reclaimed') AND a.start_time < p.t "
        "AND (p.tenant IS NULL OR a.tenant_id = p.tenant) "
        "AND (p.host IS NULL OR a.host_id = p.host)), "
        "held AS (SELECT e.id, e.tenant_id, e.host_id, e.status, e.start_time, e.ended_at, "
        "greatest(e.start_time, p.f) AS s, least(e.ended_at, p.t) AS u "
        "FROM ends e CROSS JOIN p WHERE e.ended_at > p.f) "
        "SELECT held.id, held.tenant_id, "
        "tenant_display_name(c.company, c.display_name, c.username), held.host_id, h.name, "
        "h.total_gpu, held.status, held.start_time, held.ended_at, "
        "extract(epoch FROM held.u - held.s)::float8, coalesce(m.reported, 0), "
        "coalesce(m.busy, 0) "
        "FROM held JOIN hosts h ON h.id = held.host_id JOIN customers c ON c.id = held.tenant_id "
        "CROSS JOIN p "
        "LEFT JOIN LATERAL (SELECT count(g.utilization_percent) AS reported, "
        "count(*) FILTER (WHERE g.utilization_percent > p.busy) AS busy "
        "FROM gpu_metrics_1m g WHERE g.host_id = held.host_id AND g.bucket >= held.s "
        "AND g.bucket < held.u) m ON true "
        "ORDER BY held.start_time, held.id"_s;
    auto q =
        m_session.exec(sql, {query.from, query.to, query.busyThresholdPercent,
                             sql::nullableId(query.tenantId), sql::nullableText(query.hostId)});
    if (!q)
        return q.error();
    QList<AllocationUsage> rows;
    while ((*q)->next()) {
        QSqlQuery &r = **q;
        AllocationUsage a;
        a.allocationId = r.value(0).toString();
        a.tenantId = r.value(1).toLongLong();
        a.tenantName = r.value(2).toString();
        a.hostId = r.value(3).toString();
        a.hostName = r.value(4).toString();
        a.gpus = r.value(5).toLongLong();
        a.status = r.value(6).toString();
        a.startTime = r.value(7).toDateTime().toUTC();
        a.endTime = r.value(8).toDateTime().toUTC();
        const double heldGpuMinutes = r.value(9).toDouble() / 60.0 * double(a.gpus);
        const double reportedGpuMinutes = r.value(10).toDouble();
        a.usage.heldGpuHours = heldGpuMinutes / 60.0;
        a.usage.busyGpuHours = r.value(11).toDouble() / 60.0;
        // More rollup rows than held GPU-minutes (a machine with more GPU rows than its
        // total_gpu says) never makes the unknown part negative.
        a.usage.unreportedGpuHours = std::max(0.0, heldGpuMinutes - reportedGpuMinutes) / 60.0;
        rows.append(a);
    }
    return rows;
}

} // namespace remotegpu
