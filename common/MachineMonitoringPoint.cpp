#include "MachineMonitoringPoint.h"

#include "JsonReader.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

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
