#include "GpuTrendPoint.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject GpuTrendPoint::toJson() const
{
    return QJsonObject{{u"time"_s, json::timestamp(time)},
                       {u"averageUtilization"_s, json::optional(averageUtilization)},
                       {u"gpus"_s, gpus}};
}

Result<GpuTrendPoint> GpuTrendPoint::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GpuTrendPoint p;
    p.time = r.timestamp(u"time"_s);
    p.averageUtilization = r.optionalNumber(u"averageUtilization"_s);
    p.gpus = r.int64(u"gpus"_s);
    return r.finish(std::move(p));
}

} // namespace remotegpu
