#include "TenantStatistics.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject TenantStatistics::toJson() const
{
    QJsonObject json{{u"tenantId"_s, tenantId},
                     {u"tenantName"_s, tenantName},
                     {u"machines"_s, machines},
                     {u"gpus"_s, gpus},
                     {u"gpuHoursAllocated"_s, gpuHoursAllocated},
                     {u"gpuHoursUsed"_s, gpuHoursUsed},
                     {u"utilizationRatio"_s, json::optional(utilizationRatio)}};
    usage.writeTo(json);
    return json;
}

Result<TenantStatistics> TenantStatistics::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TenantStatistics t;
    t.tenantId = r.int64(u"tenantId"_s);
    t.tenantName = r.string(u"tenantName"_s);
    t.machines = r.int64(u"machines"_s);
    t.gpus = r.int64(u"gpus"_s);
    t.gpuHoursAllocated = r.number(u"gpuHoursAllocated"_s);
    t.gpuHoursUsed = r.number(u"gpuHoursUsed"_s);
    t.utilizationRatio = r.optionalNumber(u"utilizationRatio"_s);
    t.usage = UsageFigures::read(r);
    return r.finish(std::move(t));
}

} // namespace remotegpu
