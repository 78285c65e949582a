#include "AllocationUsage.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject AllocationUsage::toJson() const
{
    QJsonObject json{{u"allocationId"_s, allocationId},
                     {u"tenantId"_s, tenantId},
                     {u"tenantName"_s, tenantName},
                     {u"hostId"_s, hostId},
                     {u"hostName"_s, hostName},
                     {u"gpus"_s, gpus},
                     {u"status"_s, status},
                     {u"startTime"_s, json::timestamp(startTime)},
                     {u"endTime"_s, json::timestamp(endTime)}};
    usage.writeTo(json);
    return json;
}

Result<AllocationUsage> AllocationUsage::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AllocationUsage a;
    a.allocationId = r.string(u"allocationId"_s);
    a.tenantId = r.int64(u"tenantId"_s);
    a.tenantName = r.string(u"tenantName"_s);
    a.hostId = r.string(u"hostId"_s);
    a.hostName = r.string(u"hostName"_s);
    a.gpus = r.int64(u"gpus"_s);
    a.status = r.string(u"status"_s);
    a.startTime = r.timestamp(u"startTime"_s);
    a.endTime = r.timestamp(u"endTime"_s);
    a.usage = UsageFigures::read(r);
    return r.finish(std::move(a));
}

} // namespace remotegpu
