#include "Allocation.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

AllocationState Allocation::stateAt(const QDateTime &now, qint64 expiringWindowSecs) const
{
    if (status != AllocationStatus::Active || (endTime.isValid() && endTime <= now))
        return AllocationState::Unallocated;
    // Within the window, its last instant included ("ends within N days"); milliseconds, as
    // secsTo() would round 7 days and 0.5 s down to 7 days.
    if (endTime.isValid() && now.msecsTo(endTime) <= expiringWindowSecs * 1000)
        return AllocationState::Expiring;
    return AllocationState::Allocated;
}

QJsonObject Allocation::toJson() const
{
    return QJsonObject{
        {u"id"_s, json::nullable(id)},
        {u"tenantId"_s, tenantId},
        {u"hostId"_s, hostId},
        {u"startTime"_s, json::timestamp(startTime)},
        {u"endTime"_s, json::timestamp(endTime)},
        {u"status"_s, json::enumValue(status)},
        {u"remark"_s, json::nullable(remark)},
        {u"createdBy"_s, json::optional(createdBy)},
        {u"reclaimedAt"_s, json::timestamp(reclaimedAt)},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
        {u"tenantName"_s, json::nullable(tenantName)},
        {u"hostName"_s, json::nullable(hostName)},
        {u"state"_s, state ? json::enumValue(*state) : QJsonValue(QJsonValue::Null)},
    };
}

Result<Allocation> Allocation::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Allocation a;
    a.id = r.string(u"id"_s);
    a.tenantId = r.int64(u"tenantId"_s);
    a.hostId = r.string(u"hostId"_s);
    a.startTime = r.timestamp(u"startTime"_s);
    a.endTime = r.timestamp(u"endTime"_s);
    a.status = r.enumValue(u"status"_s, a.status);
    a.remark = r.string(u"remark"_s);
    a.createdBy = r.optionalInt64(u"createdBy"_s);
    a.reclaimedAt = r.timestamp(u"reclaimedAt"_s);
    a.createdAt = r.timestamp(u"createdAt"_s);
    a.updatedAt = r.timestamp(u"updatedAt"_s);
    a.tenantName = r.string(u"tenantName"_s);
    a.hostName = r.string(u"hostName"_s);
    if (r.has(u"state"_s) && !json.value(u"state"_s).isNull())
        a.state = r.enumValue(u"state"_s, AllocationState::Unallocated);
    return r.finish(std::move(a));
}

QList<FieldError> Allocation::validate() const
{
    Validator v;
    v.identifier(u"id"_s, id, 64)
        .requiredId(u"tenantId"_s, tenantId)
        .required(u"hostId"_s, hostId)
        .identifier(u"hostId"_s, hostId, 64)
        .requiredTime(u"startTime"_s, startTime)
        .requiredTime(u"endTime"_s, endTime)
        .after(u"endTime"_s, endTime, u"startTime"_s, startTime)
        .maxLength(u"remark"_s, remark, 512);
    return v.errors();
}

} // namespace remotegpu
