#include "CurrentAllocation.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject CurrentAllocation::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"tenantId"_s, tenantId},
        {u"tenantName"_s, json::nullable(tenantName)},
        {u"startTime"_s, json::timestamp(startTime)},
        {u"endTime"_s, json::timestamp(endTime)},
        {u"status"_s, status},
    };
}

Result<CurrentAllocation> CurrentAllocation::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CurrentAllocation a;
    a.id = r.string(u"id"_s);
    a.tenantId = r.int64(u"tenantId"_s);
    a.tenantName = r.string(u"tenantName"_s);
    a.startTime = r.timestamp(u"startTime"_s);
    a.endTime = r.timestamp(u"endTime"_s);
    a.status = r.string(u"status"_s);
    return r.finish(std::move(a));
}

} // namespace remotegpu
