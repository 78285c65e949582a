#include "ReportSerializer.h"

#include "CsvWriter.h"
#include "JsonWriter.h"
#include "StatisticsService.h"

#include <QJsonArray>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue optionalRounded(const std::optional<double> &v)
{
    return json::optional(StatisticsService::rounded(v));
}

QVariant csvOptional(const std::optional<double> &v)
{
    return v ? QVariant(StatisticsService::rounded(*v)) : QVariant();
}

QJsonObject usageJson(const ResourceUsage &g, const QString &keyName, const QString &key,
                      int intervalSecs)
{
    QJsonObject o{{u"machines"_s, g.machines},
                  {u"gpus"_s, g.gpus},
                  {u"allocatedGpus"_s, g.allocatedGpus},
                  {u"averageUtilization"_s, optionalRounded(g.averageUtilization())},
                  {u"gpuHoursAllocated"_s, StatisticsService::rounded(g.gpuHoursAllocated)},
                  {u"gpuHoursUsed"_s, StatisticsService::rounded(g.gpuHoursUsed(intervalSecs))}};
    if (!keyName.isEmpty())
        o.insert(keyName, json::nullable(key));
    g.usage.writeTo(o);
    return o;
}

QVariantList usageCsvValues(const ResourceUsage &g, int intervalSecs)
{
    return {g.machines,
            g.gpus,
            g.allocatedGpus,
            csvOptional(g.averageUtilization()),
            StatisticsService::rounded(g.gpuHoursAllocated),
            StatisticsService::rounded(g.gpuHoursUsed(intervalSecs))};
}

} // namespace

QByteArray ReportSerializer::adminStatsCsv(const DashboardStats &stats)
{
    // Two columns, one figure a line, in the order of the JSON answer.
    CsvWriter w;
    w.addRow({u"metric"_s, u"value"_s});
    const QJsonObject j = stats.toJson();
    for (const QString &group : {u"machines"_s, u"gpus"_s}) {
        const QJsonObject o = j.value(group).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            w.addValues({QString(group + u'.' + it.key()), it.value().toInteger()});
    }
    for (const QString &key : {u"activeAllocations"_s, u"expiringSoon"_s, u"activeAlerts"_s,
                               u"tenants"_s, u"tenantsWithMachines"_s, u"expiringWindowDays"_s})
        w.addValues({key, j.value(key).toInteger()});
    return w.data();
}

QByteArray ReportSerializer::gpuTrendCsv(const GpuTrend &trend)
{
    CsvWriter w;
    w.addRow({u"time"_s, u"averageUtilization"_s, u"gpus"_s});
    for (const auto &p : trend.points)
        w.addValues(
            {json::timestamp(p.time).toString(), csvOptional(p.averageUtilization), p.gpus});
    return w.data();
}

QJsonObject ReportSerializer::resourcesJson(const ResourceStatistics &report)
{
    const int interval = report.sampleIntervalSeconds;
    QJsonArray regions, models;
    for (auto it = report.byRegion.cbegin(); it != report.byRegion.cend(); ++it)
        regions.append(usageJson(*it, u"region"_s, it.key(), interval));
    for (auto it = report.byGpuModel.cbegin(); it != report.byGpuModel.cend(); ++it)
        models.append(usageJson(*it, u"gpuModel"_s, it.key(), interval));
    return QJsonObject{{u"from"_s, json::timestamp(report.range.from)},
                       {u"to"_s, json::timestamp(report.range.to)},
                       {u"sampleIntervalSeconds"_s, interval},
                       {u"totals"_s, usageJson(report.total, {}, {}, interval)},
                       {u"byRegion"_s, regions},
                       {u"byGpuModel"_s, models},
                       {u"busyThresholdPercent"_s, report.busyThresholdPercent},
                       {u"byMachine"_s, json::objects(report.byMachine)}};
}

QByteArray ReportSerializer::resourcesCsv(const ResourceStatistics &report)
{
    CsvWriter w;
    w.addRow({u"dimension"_s, u"key"_s, u"machines"_s, u"gpus"_s, u"allocatedGpus"_s,
              u"averageUtilization"_s, u"gpuHoursAllocated"_s, u"gpuHoursUsed"_s});
    auto addGroup = [&](const QString &dimension, const QString &key, const ResourceUsage &g) {
        QVariantList row{dimension, key};
        row << usageCsvValues(g, report.sampleIntervalSeconds);
        w.addValues(row);
    };
    for (auto it = report.byRegion.cbegin(); it != report.byRegion.cend(); ++it)
        addGroup(u"region"_s, it.key(), *it);
    for (auto it = report.byGpuModel.cbegin(); it != report.byGpuModel.cend(); ++it)
        addGroup(u"gpuModel"_s, it.key(), *it);
    addGroup(u"total"_s, QString(), report.total);
    return w.data();
}

QByteArray ReportSerializer::tenantsCsv(const TenantStatisticsReport &report)
{
    CsvWriter w;
    w.addRow({u"tenantId"_s, u"tenantName"_s, u"machines"_s, u"gpus"_s, u"gpuHoursAllocated"_s,
              u"gpuHoursUsed"_s, u"utilizationRatio"_s});
    for (const TenantStatistics &t : report.list)
        w.addValues({t.tenantId, t.tenantName, t.machines, t.gpus, t.gpuHoursAllocated,
                     t.gpuHoursUsed, csvOptional(t.utilizationRatio)});
    return w.data();
}

QString ReportSerializer::fileStamp(const QDateTime &from, const QDateTime &to)
{
    return from.toUTC().toString(u"yyyyMMdd'T'HHmm"_s) + u'-' +
           to.toUTC().toString(u"yyyyMMdd'T'HHmm"_s);
}

} // namespace remotegpu
