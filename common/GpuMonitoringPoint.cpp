#include "GpuMonitoringPoint.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void GpuMonitoringPoint::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    w.timestamp("time"_L1, time);
    w.optional("utilizationPercent"_L1, utilizationPercent);
    w.optional("utilizationMax"_L1, utilizationMax);
    w.optional("memoryUsedMb"_L1, memoryUsedMb);
    w.optional("memoryUsagePercent"_L1, memoryUsagePercent);
    w.optional("temperature"_L1, temperature);
    w.optional("temperatureMax"_L1, temperatureMax);
    w.optional("powerDraw"_L1, powerDraw);
    w.endObject();
}

Result<GpuMonitoringPoint> GpuMonitoringPoint::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GpuMonitoringPoint p;
    p.time = r.timestamp(u"time"_s);
    p.utilizationPercent = r.optionalNumber(u"utilizationPercent"_s);
    p.utilizationMax = r.optionalNumber(u"utilizationMax"_s);
    p.memoryUsedMb = r.optionalNumber(u"memoryUsedMb"_s);
    p.memoryUsagePercent = r.optionalNumber(u"memoryUsagePercent"_s);
    p.temperature = r.optionalNumber(u"temperature"_s);
    p.temperatureMax = r.optionalNumber(u"temperatureMax"_s);
    p.powerDraw = r.optionalNumber(u"powerDraw"_s);
    return r.finish(std::move(p));
}

} // namespace remotegpu
