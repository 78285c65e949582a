#include "CustomerGpu.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject CustomerGpu::toJson() const
{
    return QJsonObject{{u"index"_s, index},
                       {u"name"_s, json::nullable(name)},
                       {u"memoryTotalMb"_s, json::optional(memoryTotalMb)},
                       {u"utilization"_s, json::optional(utilization)},
                       {u"collectedAt"_s, json::timestamp(collectedAt)}};
}

Result<CustomerGpu> CustomerGpu::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CustomerGpu g;
    g.index = r.integer(u"index"_s);
    g.name = r.string(u"name"_s);
    g.memoryTotalMb = r.optionalInteger(u"memoryTotalMb"_s);
    g.utilization = r.optionalNumber(u"utilization"_s);
    g.collectedAt = r.timestamp(u"collectedAt"_s);
    return r.finish(std::move(g));
}

} // namespace remotegpu
