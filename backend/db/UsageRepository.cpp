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
    // (idx_allocations_start_time / the tenant or host index pick them). Its interval is cut into
    // hours: a whole hour whose one-hour rollup rows carry busy and reported minutes at this
    // threshold (0028) is read from them, one row per GPU-hour (idx_gpu_metrics_1h_host_bucket);
    // the partial first and last hours, and hours without such counts (the current hour, a
    // changed threshold), count the one-minute rows of that hour (an index-only range scan of
    // idx_gpu_metrics_1m_host_bucket_util, 0025), skipped by a one-time filter where the hour
    // has counts. A 30-day report reads 60 times fewer rows than counting every minute
    // (bench/usage, docs/benchmarks.md), with the same figures.
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
        "LEFT JOIN LATERAL (SELECT sum(coalesce(hc.reported, mc.reported)) AS reported, "
        "sum(coalesce(hc.busy, mc.busy)) AS busy "
        "FROM (SELECT b, greatest(b, held.s) AS f, least(b + interval '1 hour', held.u) AS t, "
        "b >= held.s AND b + interval '1 hour' <= held.u AS whole "
        "FROM generate_series(remotegpu_partition_floor(held.s, 'hour'), "
        "held.u - interval '1 microsecond', interval '1 hour') b) sl "
        "LEFT JOIN (SELECT h1.bucket, sum(h1.reported_minutes) AS reported, "
        "sum(h1.busy_minutes) AS busy FROM gpu_metrics_1h h1 "
        "WHERE h1.host_id = held.host_id AND h1.bucket >= held.s AND h1.bucket < held.u "
        "AND h1.busy_threshold = p.busy GROUP BY h1.bucket) hc ON hc.bucket = sl.b AND sl.whole "
        "LEFT JOIN LATERAL (SELECT count(g.utilization_percent) AS reported, "
        "count(*) FILTER (WHERE g.utilization_percent > p.busy) AS busy "
        "FROM gpu_metrics_1m g WHERE hc.bucket IS NULL AND g.host_id = held.host_id "
        "AND g.bucket >= sl.f AND g.bucket < sl.t) mc ON true) m ON true "
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

Result<int> UsageRepository::busyThresholdPercent()
{
    auto q = m_session.exec(u"SELECT remotegpu_busy_threshold()::int"_s);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::internal(u"remotegpu_busy_threshold() gave no row"_s);
    return (*q)->value(0).toInt();
}

} // namespace remotegpu
