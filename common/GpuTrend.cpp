#include "GpuTrend.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject GpuTrend::toJson() const
{
    return QJsonObject{{u"from"_s, json::timestamp(from)},
                       {u"to"_s, json::timestamp(to)},
                       {u"step"_s, step},
                       {u"points"_s, json::objects(points)}};
}

Result<GpuTrend> GpuTrend::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GpuTrend t;
    t.from = r.timestamp(u"from"_s);
    t.to = r.timestamp(u"to"_s);
    t.step = r.integer(u"step"_s, t.step);
    t.points = r.objectList<GpuTrendPoint>(u"points"_s);
    return r.finish(std::move(t));
}

} // namespace remotegpu
