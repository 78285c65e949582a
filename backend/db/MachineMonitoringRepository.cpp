#include "MachineMonitoringRepository.h"

#include "JsonWriter.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonValue numberOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toDouble());
}
} // namespace

Result<QJsonObject> MachineMonitoringRepository::recent(const QString &hostId,
                                                        const QDateTime &since,
                                                        const QDateTime &until)
{
    auto series =
        m_session.exec(u"SELECT "_s + sql::epochMs(u"collected_at"_s) +
                           u", cpu_usage_percent, memory_usage_percent, gpu_avg_utilization, "
                           "gpu_avg_temperature, gpu_avg_power FROM host_metrics "
                           "WHERE host_id = ? AND collected_at >= ? AND collected_at <= ? "
                           "ORDER BY collected_at LIMIT 5000"_s,
                       {hostId, since, until});
    if (!series)
        return series.error();
    QJsonArray points;
    while ((*series)->next()) {
        const QSqlQuery &r = **series;
        points.append(QJsonObject{{u"time"_s, json::timestamp(sql::utcFromEpochMs(r.value(0)))},
                                  {u"cpuUsagePercent"_s, numberOrNull(r.value(1))},
                                  {u"memoryUsagePercent"_s, numberOrNull(r.value(2))},
                                  {u"gpuAvgUtilization"_s, numberOrNull(r.value(3))},
                                  {u"gpuAvgTemperature"_s, numberOrNull(r.value(4))},
                                  {u"gpuAvgPower"_s, numberOrNull(r.value(5))}});
    }
    // Each GPU's newest sample in the window: one index probe per GPU (gpu_id, collected_at).
    auto gpus = m_session.exec(
        u"SELECT g.index, g.name, m.utilization_percent, m.memory_used, m.memory_usage_percent, "
        "m.temperature, m.power_draw, "_s +
            sql::epochMs(u"m.collected_at"_s) +
            u" FROM gpus g LEFT JOIN LATERAL (SELECT * FROM gpu_metrics x WHERE x.gpu_id = g.id "
            "AND x.collected_at >= ? AND x.collected_at <= ? ORDER BY x.collected_at DESC LIMIT 1) "
            "m ON true "
            "WHERE g.host_id = ? ORDER BY g.index"_s,
        {since, until, hostId});
    if (!gpus)
        return gpus.error();
    QJsonArray cards;
    while ((*gpus)->next()) {
        const QSqlQuery &r = **gpus;
        cards.append(
            QJsonObject{{u"index"_s, r.value(0).toInt()},
                        {u"name"_s, r.value(1).toString()},
                        {u"utilization"_s, numberOrNull(r.value(2))},
                        {u"memoryUsedMb"_s, numberOrNull(r.value(3))},
                        {u"memoryUsagePercent"_s, numberOrNull(r.value(4))},
                        {u"temperature"_s, numberOrNull(r.value(5))},
                        {u"powerDraw"_s, numberOrNull(r.value(6))},
                        {u"collectedAt"_s, json::timestamp(sql::utcFromEpochMs(r.value(7)))}});
    }
    return QJsonObject{{u"hostId"_s, hostId},
                       {u"from"_s, json::timestamp(since)},
                       {u"to"_s, json::timestamp(until)},
                       {u"series"_s, points},
                       {u"gpus"_s, cards}};
}

} // namespace remotegpu
