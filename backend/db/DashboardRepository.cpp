#include "DashboardRepository.h"

#include "Enums.h"
#include "JsonWriter.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject DashboardRepository::CustomerStats::toJson() const
{
    return QJsonObject{{u"activeAllocations"_s, activeAllocations},
                       {u"gpus"_s, gpus},
                       {u"expiringSoon"_s, expiringSoon},
                       {u"tasksRunning"_s, tasksRunning},
                       {u"tasksQueued"_s, tasksQueued},
                       {u"storageUsedBytes"_s, storageUsedBytes},
                       {u"unreadNotifications"_s, unreadNotifications}};
}

Result<DashboardRepository::AdminStats> DashboardRepository::adminStats()
{
    // One round trip; every count is an indexed scan of a small table (hosts, open alerts) or of
    // the active allocations. Since the exclusion constraint allows one active allocation per
    // host at a time, counting allocations counts machines.
    auto q = m_session.exec(
        u"WITH act AS (SELECT a.host_id, a.tenant_id, a.expiring, h.total_gpu "
        "FROM held_allocations(now()) a JOIN hosts h ON h.id = a.host_id) "
        "SELECT (SELECT count(*) FROM hosts), "
        "(SELECT count(*) FROM hosts WHERE status = ANY(?::text[])), "
        "(SELECT count(*) FROM hosts WHERE status = 'offline'), "
        "(SELECT count(*) FROM hosts WHERE status = 'maintenance'), "
        "(SELECT coalesce(sum(total_gpu), 0) FROM hosts), "
        "(SELECT count(DISTINCT host_id) FROM act), "
        "(SELECT coalesce(sum(total_gpu), 0) FROM act), "
        "(SELECT count(*) FROM act), "
        "(SELECT count(*) FROM act WHERE expiring), "
        "(SELECT count(*) FROM alert_records WHERE status IN ('firing', 'active')), "
        "(SELECT count(*) FROM customers WHERE role = 'customer_owner' AND deleted_at IS NULL), "
        "(SELECT count(DISTINCT tenant_id) FROM act), "
        "extract(day FROM allocation_expiring_window())::int"_s,
        // A V2.1 host stored as `allocated` counts as online (MachineStatus's aliases).
        {sql::textArray(sql::storedSpellings<MachineStatus>({toString(MachineStatus::Online)}))});
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next())
        return Error::internal(u"The dashboard counts returned no row"_s);
    AdminStats s;
    s.machines = r.value(0).toLongLong();
    s.online = r.value(1).toLongLong();
    s.offline = r.value(2).toLongLong();
    s.maintenance = r.value(3).toLongLong();
    s.gpus = r.value(4).toLongLong();
    s.allocatedMachines = r.value(5).toLongLong();
    s.allocatedGpus = r.value(6).toLongLong();
    s.activeAllocations = r.value(7).toLongLong();
    s.expiringSoon = r.value(8).toLongLong();
    s.activeAlerts = r.value(9).toLongLong();
    s.tenants = r.value(10).toLongLong();
    s.tenantsWithMachines = r.value(11).toLongLong();
    s.expiringWindowDays = r.value(12).toInt();
    return s;
}

Result<QList<DashboardRepository::TrendPoint>>
DashboardRepository::gpuTrend(const QDateTime &from, const QDateTime &to, int stepSecs)
{
    // The range condition on collected_at alone is served by the BRIN index (rows arrive in
    // time order); date_bin with origin `from` puts bucket k at exactly from + k·step.
    auto q = m_session.exec(
        u"SELECT b, avg(u), count(*) FROM ("
        "SELECT date_bin(make_interval(secs => ?::float8), collected_at, ?::timestamptz) AS b, "
        "gpu_id, avg(utilization_percent) AS u FROM gpu_metrics "
        "WHERE collected_at >= ?::timestamptz AND collected_at < ?::timestamptz "
        "AND utilization_percent IS NOT NULL GROUP BY 1, 2) per_gpu GROUP BY b ORDER BY b"_s,
        {stepSecs, from, from, to});
    if (!q)
        return q.error();
    QHash<qint64, TrendPoint> found;
    while ((*q)->next()) {
        TrendPoint p;
        p.time = sql::utcTime((*q)->value(0));
        p.averageUtilization = (*q)->value(1).toDouble();
        p.gpus = (*q)->value(2).toLongLong();
        found.insert(p.time.toMSecsSinceEpoch(), p);
    }
    QList<TrendPoint> points;
    const qint64 stepMs = qint64(stepSecs) * 1000;
    for (qint64 t = from.toMSecsSinceEpoch(); t < to.toMSecsSinceEpoch(); t += stepMs) {
        auto it = found.constFind(t);
        if (it != found.constEnd()) {
            points.append(*it);
        } else {
            TrendPoint empty;
            empty.time = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc());
            points.append(empty);
        }
    }
    return points;
}

Result<DashboardRepository::CustomerStats> DashboardRepository::customerStats(qint64 scopeTenant,
                                                                              qint64 customerId)
{
    auto q = m_session.exec(
        u"WITH act AS (SELECT a.expiring, h.total_gpu FROM held_allocations(now()) a "
        "JOIN hosts h ON h.id = a.host_id WHERE (?::bigint = 0 OR a.tenant_id = ?::bigint)) "
        "SELECT (SELECT count(*) FROM act), (SELECT coalesce(sum(total_gpu), 0) FROM act), "
        "(SELECT count(*) FROM act WHERE expiring), "
        "(SELECT count(*) FROM tasks WHERE deleted_at IS NULL AND status = 'running' "
        "AND (?::bigint = 0 OR tenant_id = ?::bigint)), "
        "(SELECT count(*) FROM tasks WHERE deleted_at IS NULL AND status = 'queued' "
        "AND (?::bigint = 0 OR tenant_id = ?::bigint)), "
        "(SELECT coalesce(sum(total_size), 0)::bigint FROM datasets WHERE deleted_at IS NULL "
        "AND (?::bigint = 0 OR tenant_id = ?::bigint)), "
        "(SELECT count(*) FROM notifications WHERE customer_id = ?::bigint AND NOT is_read)"_s,
        {scopeTenant, scopeTenant, scopeTenant, scopeTenant, scopeTenant, scopeTenant, scopeTenant,
         scopeTenant, customerId});
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next())
        return Error::internal(u"The dashboard counts returned no row"_s);
    CustomerStats s;
    s.activeAllocations = r.value(0).toLongLong();
    s.gpus = r.value(1).toLongLong();
    s.expiringSoon = r.value(2).toLongLong();
    s.tasksRunning = r.value(3).toLongLong();
    s.tasksQueued = r.value(4).toLongLong();
    s.storageUsedBytes = r.value(5).toLongLong();
    s.unreadNotifications = r.value(6).toLongLong();
    return s;
}

} // namespace remotegpu
