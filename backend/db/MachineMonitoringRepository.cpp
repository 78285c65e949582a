#include "MachineMonitoringRepository.h"

#include "MachineMonitoring.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The table, its time column and how a column is averaged over a step. Raw rows are averaged
// plainly; rollup rows are weighted by how many samples went into each (a minute the agent
// reported once weighs less than a full one), counting only rows where the column has a value.
struct Source
{
    QString host;
    QString gpu;
    QString time;
    bool rollup = false;

    QString mean(const QString &column) const
    {
        if (!rollup)
            return u"avg("_s + column + u')';
        return u"sum("_s + column + u" * samples) / nullif(sum(CASE WHEN "_s + column +
               u" IS NOT NULL THEN samples END), 0)"_s;
    }
    // The peak of a column: raw rows have no *_max column, their own value is the peak.
    QString peak(const QString &rawColumn, const QString &rollupColumn) const
    {
        const QString &column = rollup ? rollupColumn : rawColumn;
        return QString(u"max(%1)"_s).arg(column);
    }
};

Source sourceOf(const QString &resolution)
{
    if (resolution == MachineMonitoring::OneMinute)
        return {u"host_metrics_1m"_s, u"gpu_metrics_1m"_s, u"bucket"_s, true};
    if (resolution == MachineMonitoring::OneHour)
        return {u"host_metrics_1h"_s, u"gpu_metrics_1h"_s, u"bucket"_s, true};
    return {u"host_metrics"_s, u"gpu_metrics"_s, u"collected_at"_s, false};
}

// The step's start containing `column`, steps counted from the epoch so that every request at a
// step sees the same boundaries; bound to the step as an interval.
QString stepStart(const QString &column)
{
    return u"date_bin(?::interval, "_s + column + u", TIMESTAMPTZ '1970-01-01 00:00:00+00')"_s;
}

QString stepInterval(int seconds)
{
    return u"%1 seconds"_s.arg(seconds);
}

} // namespace

Result<QList<MachineMonitoringPoint>> MachineMonitoringRepository::hostSeries(const Window &window)
{
    const Source s = sourceOf(window.resolution);
    const QString t = u"m."_s + s.time;
    auto q = m_session.exec(
        u"SELECT "_s + sql::epochMs(stepStart(t)) + u" AS step, "_s +
            s.mean(u"m.cpu_usage_percent"_s) + u", "_s + s.mean(u"m.memory_usage_percent"_s) +
            u", "_s + s.mean(u"m.gpu_avg_utilization"_s) + u", "_s +
            s.mean(u"m.gpu_avg_temperature"_s) + u", "_s + s.mean(u"m.gpu_avg_power"_s) +
            u" FROM "_s + s.host + u" m WHERE m.host_id = ? AND "_s + t + u" >= ? AND "_s + t +
            u" <= ? GROUP BY 1 ORDER BY 1"_s,
        {stepInterval(window.stepSeconds), window.hostId, window.from, window.to});
    if (!q)
        return q.error();
    QList<MachineMonitoringPoint> points;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        MachineMonitoringPoint p;
        p.time = sql::utcFromEpochMs(r.value(0));
        p.cpuUsagePercent = sql::optional<double>(r.value(1));
        p.memoryUsagePercent = sql::optional<double>(r.value(2));
        p.gpuAvgUtilization = sql::optional<double>(r.value(3));
        p.gpuAvgTemperature = sql::optional<double>(r.value(4));
        p.gpuAvgPower = sql::optional<double>(r.value(5));
        points.append(p);
    }
    return points;
}

Result<QList<GpuMonitoringSeries>>
MachineMonitoringRepository::gpuSeries(const Window &window, std::optional<int> gpuIndex)
{
    // The cards first, so a GPU without samples in the window still has its (empty) series.
    auto cards = m_session.exec(
        u"SELECT index, name, uuid FROM gpus WHERE host_id = ? AND (?::int IS NULL OR index = ?) "
        "ORDER BY index"_s,
        {window.hostId, sql::nullableInt(gpuIndex), sql::nullableInt(gpuIndex)});
    if (!cards)
        return cards.error();
    QList<GpuMonitoringSeries> series;
    QHash<int, qsizetype> positionOf;
    while ((*cards)->next()) {
        GpuMonitoringSeries one;
        one.index = (*cards)->value(0).toInt();
        one.name = (*cards)->value(1).toString();
        one.uuid = (*cards)->value(2).toString();
        positionOf.insert(one.index, series.size());
        series.append(one);
    }
    if (series.isEmpty())
        return series;

    const Source s = sourceOf(window.resolution);
    const QString t = u"m."_s + s.time;
    auto q = m_session.exec(
        u"SELECT g.index, "_s + sql::epochMs(stepStart(t)) + u" AS step, "_s +
            s.mean(u"m.utilization_percent"_s) + u", "_s +
            s.peak(u"m.utilization_percent"_s, u"m.utilization_max"_s) + u", "_s +
            s.mean(u"m.memory_used"_s) + u", "_s + s.mean(u"m.memory_usage_percent"_s) + u", "_s +
            s.mean(u"m.temperature"_s) + u", "_s +
            s.peak(u"m.temperature"_s, u"m.temperature_max"_s) + u", "_s +
            s.mean(u"m.power_draw"_s) + u" FROM "_s + s.gpu +
            u" m JOIN gpus g ON g.id = m.gpu_id WHERE m.host_id = ? AND "_s + t + u" >= ? AND "_s +
            t + u" <= ? AND (?::int IS NULL OR g.index = ?) GROUP BY 1, 2 ORDER BY 1, 2"_s,
        {stepInterval(window.stepSeconds), window.hostId, window.from, window.to,
         sql::nullableInt(gpuIndex), sql::nullableInt(gpuIndex)});
    if (!q)
        return q.error();
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        const auto position = positionOf.constFind(r.value(0).toInt());
        if (position == positionOf.cend())
            continue;
        GpuMonitoringPoint p;
        p.time = sql::utcFromEpochMs(r.value(1));
        p.utilizationPercent = sql::optional<double>(r.value(2));
        p.utilizationMax = sql::optional<double>(r.value(3));
        p.memoryUsedMb = sql::optional<double>(r.value(4));
        p.memoryUsagePercent = sql::optional<double>(r.value(5));
        p.temperature = sql::optional<double>(r.value(6));
        p.temperatureMax = sql::optional<double>(r.value(7));
        p.powerDraw = sql::optional<double>(r.value(8));
        series[*position].points.append(p);
    }
    return series;
}

Result<QList<MachineMonitoringGpu>>
MachineMonitoringRepository::newestGpuSamples(const QString &hostId, const QDateTime &from,
                                              const QDateTime &to)
{
    // One index probe per GPU (gpu_id, collected_at) rather than a scan of the window.
    auto gpus = m_session.exec(
        u"SELECT g.index, g.name, m.utilization_percent, m.memory_used, m.memory_usage_percent, "
        "m.temperature, m.power_draw, "_s +
            sql::epochMs(u"m.collected_at"_s) +
            u" FROM gpus g LEFT JOIN LATERAL (SELECT * FROM gpu_metrics x WHERE x.gpu_id = g.id "
            "AND x.collected_at >= ? AND x.collected_at <= ? ORDER BY x.collected_at DESC LIMIT 1) "
            "m ON true "
            "WHERE g.host_id = ? ORDER BY g.index"_s,
        {from, to, hostId});
    if (!gpus)
        return gpus.error();
    QList<MachineMonitoringGpu> cards;
    while ((*gpus)->next()) {
        const QSqlQuery &r = **gpus;
        MachineMonitoringGpu g;
        g.index = r.value(0).toInt();
        g.name = r.value(1).toString();
        g.utilization = sql::optional<double>(r.value(2));
        g.memoryUsedMb = sql::optional<double>(r.value(3));
        g.memoryUsagePercent = sql::optional<double>(r.value(4));
        g.temperature = sql::optional<double>(r.value(5));
        g.powerDraw = sql::optional<double>(r.value(6));
        g.collectedAt = sql::utcFromEpochMs(r.value(7));
        cards.append(g);
    }
    return cards;
}

} // namespace remotegpu
