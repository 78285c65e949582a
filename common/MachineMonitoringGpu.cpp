#include "MachineMonitoringGpu.h"

#include "JsonReader.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<MachineMonitoringGpu> MachineMonitoringGpu::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MachineMonitoringGpu g;
    g.index = r.integer(u"index"_s);
    g.name = r.string(u"name"_s);
    g.utilization = r.optionalNumber(u"utilization"_s);
    g.memoryUsedMb = r.optionalNumber(u"memoryUsedMb"_s);
    g.memoryUsagePercent = r.optionalNumber(u"memoryUsagePercent"_s);
    g.temperature = r.optionalNumber(u"temperature"_s);
    g.powerDraw = r.optionalNumber(u"powerDraw"_s);
    g.collectedAt = r.timestamp(u"collectedAt"_s);
    return r.finish(std::move(g));
}

} // namespace remotegpu
