#include "MonitoringRepository.h"

#include "MachineRepository.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The hosts the filter picks, as FROM + WHERE over `hosts h` and its current allocation `a`.
struct HostSelection
{
    QString joins; // the allocation lateral
    QString where;
    QVariantList binds;
    QString fromWhere() const { return u" FROM hosts h"_s + joins + where; }
};

HostSelection selectionOf(const MonitoringRepository::RealtimeFilter &filter)
{
    sql::WhereClause where;
    if (!filter.hostIds.isEmpty())
        where.addIn(u"h.id"_s, filter.hostIds);
    if (!filter.statuses.isEmpty())
        where.addIn(u"h.status"_s, filter.statuses);
    if (filter.tenantId)
        where.add(u"a.tenant_id = ?"_s, {*filter.tenantId});
    return {MachineRepository::currentAllocationJoin(), where.sql(), where.binds()};
}

} // namespace

Result<FleetRealtime> MonitoringRepository::realtime(const RealtimeFilter &filter)
{
    const HostSelection selection = selectionOf(filter);
    auto hosts = m_session.exec(
        u"SELECT h.id, h.name, h.status, "_s + sql::epochMs(u"h.last_heartbeat"_s) +
            u", h.offline_reason, "_s + sql::epochMs(u"h.flapping_since"_s) +
            u", a.tenant_id, tenant_display_name(t.company, t.display_name, t.username), "_s +
            sql::epochMs(u"l.collected_at"_s) +
            u", l.cpu_usage_percent, l.cpu_load_1m, l.memory_usage_percent, "
            "l.disk_usage_percent, l.gpu_avg_utilization, l.gpu_avg_temperature, "
            "l.gpu_avg_power, l.memory_used, l.memory_available, l.network_rx_bytes, "
            "l.network_tx_bytes FROM hosts h"_s +
            selection.joins +
            u" LEFT JOIN customers t ON t.id = a.tenant_id "
            "LEFT JOIN host_metrics_latest l ON l.host_id = h.id"_s +
            selection.where + u" ORDER BY h.id"_s,
        selection.binds);
    if (!hosts)
        return hosts.error();
    FleetRealtime fleet;
    QHash<QString, qsizetype> positionOf;
    while ((*hosts)->next()) {
        const QSqlQuery &r = **hosts;
        RealtimeHost h;
        h.hostId = r.value(0).toString();
        h.name = r.value(1).toString();
        h.status = r.value(2).toString() == u"allocated" ? u"online"_s : r.value(2).toString();
        h.lastHeartbeat = sql::utcFromEpochMs(r.value(3));
        h.offlineReason = r.value(4).toString();
        h.flappingSince = sql::utcFromEpochMs(r.value(5));
        h.tenantId = sql::optional<qint64>(r.value(6));
        h.tenantName = r.value(7).toString();
        h.collectedAt = sql::utcFromEpochMs(r.value(8));
        h.cpuUsagePercent = sql::optional<double>(r.value(9));
        h.cpuLoad1m = sql::optional<double>(r.value(10));
        h.memoryUsagePercent = sql::optional<double>(r.value(11));
        h.diskUsagePercent = sql::optional<double>(r.value(12));
        h.gpuAvgUtilization = sql::optional<double>(r.value(13));
        h.gpuAvgTemperature = sql::optional<double>(r.value(14));
        h.gpuAvgPower = sql::optional<double>(r.value(15));
        h.memoryUsed = sql::optional<qint64>(r.value(16));
        h.memoryAvailable = sql::optional<qint64>(r.value(17));
        h.networkRxBytes = sql::optional<qint64>(r.value(18));
        h.networkTxBytes = sql::optional<qint64>(r.value(19));
        positionOf.insert(h.hostId, fleet.hosts.size());
        fleet.hosts.append(std::move(h));
    }
    if (fleet.hosts.isEmpty())
        return fleet;

    auto gpus = m_session.exec(
        u"SELECT g.host_id, g.index, g.uuid, g.name, m.utilization_percent, m.memory_used, "
        "m.memory_usage_percent, m.temperature, m.power_draw, m.sm_clock, m.memory_clock, "_s +
            sql::epochMs(u"m.collected_at"_s) +
            u", g.health_status, g.health_reason, array_to_json(g.xid_errors)::text, "
            "g.ecc_uncorrected_errors, g.row_remap_failure FROM gpus g "
            "LEFT JOIN gpu_metrics_latest m ON m.gpu_id = g.id "
            "WHERE g.host_id IN (SELECT h.id"_s +
            selection.fromWhere() + u") ORDER BY g.host_id, g.index"_s,
        selection.binds);
    if (!gpus)
        return gpus.error();
    while ((*gpus)->next()) {
        const QSqlQuery &r = **gpus;
        const auto position = positionOf.constFind(r.value(0).toString());
        if (position == positionOf.cend())
            continue;
        RealtimeGpu g;
        g.index = r.value(1).toInt();
        g.uuid = r.value(2).toString();
        g.name = r.value(3).toString();
        g.utilizationPercent = sql::optional<double>(r.value(4));
        g.memoryUsedMb = sql::optional<qint64>(r.value(5));
        g.memoryUsagePercent = sql::optional<double>(r.value(6));
        g.temperature = sql::optional<double>(r.value(7));
        g.powerDraw = sql::optional<double>(r.value(8));
        g.smClock = sql::optional<int>(r.value(9));
        g.memoryClock = sql::optional<int>(r.value(10));
        g.collectedAt = sql::utcFromEpochMs(r.value(11));
        g.healthStatus = r.value(12).toString();
        g.healthReason = r.value(13).toString();
        const QString xids = r.value(14).toString();
        if (xids.size() > 2) {
            for (const QJsonValue &v : QJsonDocument::fromJson(xids.toUtf8()).array())
                g.xidErrors.append(v.toInt());
        }
        g.eccUncorrectedErrors = sql::optional<qint64>(r.value(15));
        g.rowRemapFailure = r.value(16).toBool();
        RealtimeHost &host = fleet.hosts[*position];
        if (g.isUnhealthy())
            ++host.unhealthyGpus;
        host.gpus.append(std::move(g));
    }
    return fleet;
}

Result<QList<HostStatusChange>> MonitoringRepository::statusHistory(const QString &hostId,
                                                                    int limit)
{
    auto q = m_session.exec(u"SELECT id, host_id, from_status, to_status, reason, "_s +
                                sql::epochMs(u"changed_at"_s) +
                                u" FROM host_status_changes WHERE host_id = ? "
                                "ORDER BY changed_at DESC, id DESC LIMIT ?"_s,
                            {hostId, limit});
    if (!q)
        return q.error();
    QList<HostStatusChange> changes;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        HostStatusChange c;
        c.id = r.value(0).toLongLong();
        c.hostId = r.value(1).toString();
        c.fromStatus = r.value(2).toString();
        c.toStatus = r.value(3).toString();
        c.reason = r.value(4).toString();
        c.changedAt = sql::utcFromEpochMs(r.value(5));
        changes.append(c);
    }
    return changes;
}

Result<bool> MonitoringRepository::hostExists(const QString &hostId)
{
    auto q = m_session.exec(u"SELECT 1 FROM hosts WHERE id = ?"_s, {hostId});
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<QString> MonitoringRepository::metricsToken()
{
    auto q = m_session.exec(
        u"SELECT config_value FROM system_configs WHERE config_key = 'metrics_token'"_s);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return QString();
    return (*q)->value(0).toString().trimmed();
}

} // namespace remotegpu
