#include "MachineMonitoringPoint.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void MachineMonitoringPoint::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    w.timestamp("time"_L1, time);
    w.optional("cpuUsagePercent"_L1, cpuUsagePercent);
    w.optional("memoryUsagePercent"_L1, memoryUsagePercent);
    w.optional("gpuAvgUtilization"_L1, gpuAvgUtilization);
    w.optional("gpuAvgTemperature"_L1, gpuAvgTemperature);
    w.optional("gpuAvgPower"_L1, gpuAvgPower);
    w.endObject();
}

Result<MachineMonitoringPoint> MachineMonitoringPoint::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MachineMonitoringPoint p;
    p.time = r.timestamp(u"time"_s);
    p.cpuUsagePercent = r.optionalNumber(u"cpuUsagePercent"_s);
    p.memoryUsagePercent = r.optionalNumber(u"memoryUsagePercent"_s);
    p.gpuAvgUtilization = r.optionalNumber(u"gpuAvgUtilization"_s);
    p.gpuAvgTemperature = r.optionalNumber(u"gpuAvgTemperature"_s);
    p.gpuAvgPower = r.optionalNumber(u"gpuAvgPower"_s);
    return r.finish(std::move(p));
}

} // namespace remotegpu
