#include "MachineMonitoringGpu.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void MachineMonitoringGpu::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    w.field("index"_L1, index);
    w.field("name"_L1, name);
    w.optional("utilization"_L1, utilization);
    w.optional("memoryUsedMb"_L1, memoryUsedMb);
    w.optional("memoryUsagePercent"_L1, memoryUsagePercent);
    w.optional("temperature"_L1, temperature);
    w.optional("powerDraw"_L1, powerDraw);
    w.timestamp("collectedAt"_L1, collectedAt);
    w.endObject();
}

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
