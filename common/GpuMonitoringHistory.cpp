#include "GpuMonitoringHistory.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void GpuMonitoringHistory::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    w.field("hostId"_L1, hostId);
    w.field("index"_L1, index);
    w.nullable("name"_L1, name);
    w.nullable("uuid"_L1, uuid);
    w.timestamp("from"_L1, from);
    w.timestamp("to"_L1, to);
    w.field("resolution"_L1, resolution);
    w.field("stepSeconds"_L1, stepSeconds);
    w.key("points"_L1);
    w.beginArray();
    for (const GpuMonitoringPoint &p : points)
        p.writeJson(w);
    w.endArray();
    w.endObject();
}

Result<GpuMonitoringHistory> GpuMonitoringHistory::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GpuMonitoringHistory h;
    h.hostId = r.string(u"hostId"_s);
    h.index = r.integer(u"index"_s);
    h.name = r.string(u"name"_s);
    h.uuid = r.string(u"uuid"_s);
    h.from = r.timestamp(u"from"_s);
    h.to = r.timestamp(u"to"_s);
    h.resolution = r.string(u"resolution"_s);
    h.stepSeconds = r.integer(u"stepSeconds"_s);
    h.points = r.objectList<GpuMonitoringPoint>(u"points"_s);
    return r.finish(std::move(h));
}

} // namespace remotegpu
