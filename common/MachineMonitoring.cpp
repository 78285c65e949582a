#include "MachineMonitoring.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

#include <QJsonDocument>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void MachineMonitoring::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    w.field("hostId"_L1, hostId);
    w.timestamp("from"_L1, from);
    w.timestamp("to"_L1, to);
    w.field("resolution"_L1, resolution);
    w.field("stepSeconds"_L1, stepSeconds);
    w.key("series"_L1);
    w.beginArray();
    for (const MachineMonitoringPoint &p : series)
        p.writeJson(w);
    w.endArray();
    w.key("gpuSeries"_L1);
    w.beginArray();
    for (const GpuMonitoringSeries &s : gpuSeries)
        s.writeJson(w);
    w.endArray();
    w.key("gpus"_L1);
    w.beginArray();
    for (const MachineMonitoringGpu &g : gpus)
        g.writeJson(w);
    w.endArray();
    w.endObject();
}

QJsonObject MachineMonitoring::toJson() const
{
    JsonStreamWriter w;
    writeJson(w);
    return QJsonDocument::fromJson(w.bytes()).object();
}

Result<MachineMonitoring> MachineMonitoring::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MachineMonitoring m;
    m.hostId = r.string(u"hostId"_s);
    m.from = r.timestamp(u"from"_s);
    m.to = r.timestamp(u"to"_s);
    m.resolution = r.string(u"resolution"_s);
    m.stepSeconds = r.integer(u"stepSeconds"_s);
    m.series = r.objectList<MachineMonitoringPoint>(u"series"_s);
    m.gpuSeries = r.objectList<GpuMonitoringSeries>(u"gpuSeries"_s);
    m.gpus = r.objectList<MachineMonitoringGpu>(u"gpus"_s);
    return r.finish(std::move(m));
}

} // namespace remotegpu
