#include "GpuMetricSample.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject GpuMetricSample::toJson() const
{
    return QJsonObject{
        {u"gpuId"_s, json::optional(gpuId)},
        {u"hostId"_s, hostId},
        {u"gpuIndex"_s, gpuIndex},
        {u"collectedAt"_s, json::timestamp(collectedAt)},
        {u"utilizationPercent"_s, json::optional(utilizationPercent)},
        {u"memoryUsed"_s, json::optional(memoryUsed)},
        {u"memoryUsagePercent"_s, json::optional(memoryUsagePercent)},
        {u"temperature"_s, json::optional(temperature)},
        {u"powerDraw"_s, json::optional(powerDraw)},
        {u"fanSpeedPercent"_s, json::optional(fanSpeedPercent)},
        {u"smClock"_s, json::optional(smClock)},
        {u"memoryClock"_s, json::optional(memoryClock)},
        {u"processCount"_s, json::optional(processCount)},
    };
}

Result<GpuMetricSample> GpuMetricSample::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GpuMetricSample s;
    s.gpuId = r.optionalInt64(u"gpuId"_s);
    s.hostId = r.string(u"hostId"_s);
    s.gpuIndex = r.integer(u"gpuIndex"_s);
    s.collectedAt = r.timestamp(u"collectedAt"_s);
    s.utilizationPercent = r.optionalNumber(u"utilizationPercent"_s);
    s.memoryUsed = r.optionalInt64(u"memoryUsed"_s);
    s.memoryUsagePercent = r.optionalNumber(u"memoryUsagePercent"_s);
    s.temperature = r.optionalNumber(u"temperature"_s);
    s.powerDraw = r.optionalNumber(u"powerDraw"_s);
    s.fanSpeedPercent = r.optionalNumber(u"fanSpeedPercent"_s);
    s.smClock = r.optionalInteger(u"smClock"_s);
    s.memoryClock = r.optionalInteger(u"memoryClock"_s);
    s.processCount = r.optionalInteger(u"processCount"_s);
    return r.finish(std::move(s));
}

QList<FieldError> GpuMetricSample::validate() const
{
    Validator v;
    v.required(u"hostId"_s, hostId)
        .identifier(u"hostId"_s, hostId, 64)
        .atLeast(u"gpuIndex"_s, gpuIndex, 0)
        .requiredTime(u"collectedAt"_s, collectedAt)
        .percent(u"utilizationPercent"_s, utilizationPercent)
        .atLeast(u"memoryUsed"_s, memoryUsed, 0)
        .percent(u"memoryUsagePercent"_s, memoryUsagePercent)
        .atLeast(u"powerDraw"_s, powerDraw, 0.0)
        .percent(u"fanSpeedPercent"_s, fanSpeedPercent)
        .atLeast(u"smClock"_s, smClock, 0)
        .atLeast(u"memoryClock"_s, memoryClock, 0)
        .atLeast(u"processCount"_s, processCount, 0);
    return v.errors();
}

} // namespace remotegpu
