#include "GpuMonitoringSeries.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void GpuMonitoringSeries::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    w.field("index"_L1, index);
    w.nullable("name"_L1, name);
    w.nullable("uuid"_L1, uuid);
    w.key("points"_L1);
    w.beginArray();
    for (const GpuMonitoringPoint &p : points)
        p.writeJson(w);
    w.endArray();
    w.endObject();
}

Result<GpuMonitoringSeries> GpuMonitoringSeries::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GpuMonitoringSeries s;
    s.index = r.integer(u"index"_s);
    s.name = r.string(u"name"_s);
    s.uuid = r.string(u"uuid"_s);
    s.points = r.objectList<GpuMonitoringPoint>(u"points"_s);
    return r.finish(std::move(s));
}

} // namespace remotegpu
