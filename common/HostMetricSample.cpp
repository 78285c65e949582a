#include "HostMetricSample.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject HostMetricSample::toJson() const
{
    return QJsonObject{
        {u"hostId"_s, hostId},
        {u"collectedAt"_s, json::timestamp(collectedAt)},
        {u"cpuUsagePercent"_s, json::optional(cpuUsagePercent)},
        {u"cpuLoad1m"_s, json::optional(cpuLoad1m)},
        {u"cpuLoad5m"_s, json::optional(cpuLoad5m)},
        {u"cpuLoad15m"_s, json::optional(cpuLoad15m)},
        {u"memoryUsed"_s, json::optional(memoryUsed)},
        {u"memoryAvailable"_s, json::optional(memoryAvailable)},
        {u"memoryUsagePercent"_s, json::optional(memoryUsagePercent)},
        {u"diskUsed"_s, json::optional(diskUsed)},
        {u"diskAvailable"_s, json::optional(diskAvailable)},
        {u"diskUsagePercent"_s, json::optional(diskUsagePercent)},
        {u"diskIoReadBytes"_s, json::optional(diskIoReadBytes)},
        {u"diskIoWriteBytes"_s, json::optional(diskIoWriteBytes)},
        {u"networkRxBytes"_s, json::optional(networkRxBytes)},
        {u"networkTxBytes"_s, json::optional(networkTxBytes)},
        {u"networkRxPackets"_s, json::optional(networkRxPackets)},
        {u"networkTxPackets"_s, json::optional(networkTxPackets)},
        {u"gpuAvgUtilization"_s, json::optional(gpuAvgUtilization)},
        {u"gpuAvgMemoryUsed"_s, json::optional(gpuAvgMemoryUsed)},
        {u"gpuAvgTemperature"_s, json::optional(gpuAvgTemperature)},
        {u"gpuAvgPower"_s, json::optional(gpuAvgPower)},
    };
}

Result<HostMetricSample> HostMetricSample::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    HostMetricSample s;
    s.hostId = r.string(u"hostId"_s);
    s.collectedAt = r.timestamp(u"collectedAt"_s);
    s.cpuUsagePercent = r.optionalNumber(u"cpuUsagePercent"_s);
    s.cpuLoad1m = r.optionalNumber(u"cpuLoad1m"_s);
    s.cpuLoad5m = r.optionalNumber(u"cpuLoad5m"_s);
    s.cpuLoad15m = r.optionalNumber(u"cpuLoad15m"_s);
    s.memoryUsed = r.optionalInt64(u"memoryUsed"_s);
    s.memoryAvailable = r.optionalInt64(u"memoryAvailable"_s);
    s.memoryUsagePercent = r.optionalNumber(u"memoryUsagePercent"_s);
    s.diskUsed = r.optionalInt64(u"diskUsed"_s);
    s.diskAvailable = r.optionalInt64(u"diskAvailable"_s);
    s.diskUsagePercent = r.optionalNumber(u"diskUsagePercent"_s);
    s.diskIoReadBytes = r.optionalInt64(u"diskIoReadBytes"_s);
    s.diskIoWriteBytes = r.optionalInt64(u"diskIoWriteBytes"_s);
    s.networkRxBytes = r.optionalInt64(u"networkRxBytes"_s);
    s.networkTxBytes = r.optionalInt64(u"networkTxBytes"_s);
    s.networkRxPackets = r.optionalInt64(u"networkRxPackets"_s);
    s.networkTxPackets = r.optionalInt64(u"networkTxPackets"_s);
    s.gpuAvgUtilization = r.optionalNumber(u"gpuAvgUtilization"_s);
    s.gpuAvgMemoryUsed = r.optionalInt64(u"gpuAvgMemoryUsed"_s);
    s.gpuAvgTemperature = r.optionalNumber(u"gpuAvgTemperature"_s);
    s.gpuAvgPower = r.optionalNumber(u"gpuAvgPower"_s);
    return r.finish(std::move(s));
}

QList<FieldError> HostMetricSample::validate() const
{
    Validator v;
    v.required(u"hostId"_s, hostId)
        .identifier(u"hostId"_s, hostId, 64)
        .requiredTime(u"collectedAt"_s, collectedAt)
        .percent(u"cpuUsagePercent"_s, cpuUsagePercent)
        .atLeast(u"cpuLoad1m"_s, cpuLoad1m, 0.0)
        .atLeast(u"cpuLoad5m"_s, cpuLoad5m, 0.0)
        .atLeast(u"cpuLoad15m"_s, cpuLoad15m, 0.0)
        .atLeast(u"memoryUsed"_s, memoryUsed, 0)
        .atLeast(u"memoryAvailable"_s, memoryAvailable, 0)
        .percent(u"memoryUsagePercent"_s, memoryUsagePercent)
        .atLeast(u"diskUsed"_s, diskUsed, 0)
        .atLeast(u"diskAvailable"_s, diskAvailable, 0)
        .percent(u"diskUsagePercent"_s, diskUsagePercent)
        .atLeast(u"diskIoReadBytes"_s, diskIoReadBytes, 0)
        .atLeast(u"diskIoWriteBytes"_s, diskIoWriteBytes, 0)
        .atLeast(u"networkRxBytes"_s, networkRxBytes, 0)
        .atLeast(u"networkTxBytes"_s, networkTxBytes, 0)
        .atLeast(u"networkRxPackets"_s, networkRxPackets, 0)
        .atLeast(u"networkTxPackets"_s, networkTxPackets, 0)
        .percent(u"gpuAvgUtilization"_s, gpuAvgUtilization)
        .atLeast(u"gpuAvgMemoryUsed"_s, gpuAvgMemoryUsed, 0)
        .atLeast(u"gpuAvgPower"_s, gpuAvgPower, 0.0);
    return v.errors();
}

} // namespace remotegpu
