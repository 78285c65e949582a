#include "MachineMonitoring.h"

#include "JsonReader.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<MachineMonitoring> MachineMonitoring::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MachineMonitoring m;
    m.hostId = r.string(u"hostId"_s);
    m.from = r.timestamp(u"from"_s);
    m.to = r.timestamp(u"to"_s);
    m.series = r.objectList<MachineMonitoringPoint>(u"series"_s);
    m.gpus = r.objectList<MachineMonitoringGpu>(u"gpus"_s);
    return r.finish(std::move(m));
}

} // namespace remotegpu
