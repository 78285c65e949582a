#include "AuditEntry.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"tenantId"_s, json::optional(tenantId)},
        {u"actorId"_s, json::optional(actorId)},
        {u"username"_s, json::nullable(username)},
        {u"action"_s, action},
        {u"resourceType"_s, json::nullable(resourceType)},
        {u"resourceId"_s, json::nullable(resourceId)},
        {u"targetName"_s, json::nullable(targetName)},
        {u"result"_s, json::enumValue(result)},
        {u"detail"_s, detail},
        {u"ipAddress"_s, json::nullable(ipAddress)},
        {u"userAgent"_s, json::nullable(userAgent)},
        {u"requestMethod"_s, json::nullable(requestMethod)},
        {u"requestPath"_s, json::nullable(requestPath)},
        {u"statusCode"_s, json::optional(statusCode)},
        {u"errorMessage"_s, json::nullable(errorMessage)},
        {u"traceId"_s, json::nullable(traceId)},
        {u"createdAt"_s, json::timestamp(createdAt)},
    };
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AuditEntry a;
    a.id = r.int64(u"id"_s);
    a.tenantId = r.optionalInt64(u"tenantId"_s);
    a.actorId = r.optionalInt64(u"actorId"_s);
    a.username = r.string(u"username"_s);
    a.action = r.string(u"action"_s);
    a.resourceType = r.string(u"resourceType"_s);
    a.resourceId = r.string(u"resourceId"_s);
    a.targetName = r.string(u"targetName"_s);
    a.result = r.enumValue(u"result"_s, a.result);
    a.detail = r.jsonObject(u"detail"_s);
    a.ipAddress = r.string(u"ipAddress"_s);
    a.userAgent = r.string(u"userAgent"_s);
    a.requestMethod = r.string(u"requestMethod"_s);
    a.requestPath = r.string(u"requestPath"_s);
    a.statusCode = r.optionalInteger(u"statusCode"_s);
    a.errorMessage = r.string(u"errorMessage"_s);
    a.traceId = r.string(u"traceId"_s);
    a.createdAt = r.timestamp(u"createdAt"_s);
    return r.finish(std::move(a));
}

QList<FieldError> AuditEntry::validate() const
{
    Validator v;
    v.required(u"action"_s, action)
        .identifier(u"action"_s, action, 128)
        .maxLength(u"username"_s, username, 128)
        .maxLength(u"resourceType"_s, resourceType, 64)
        .maxLength(u"resourceId"_s, resourceId, 128)
        .ipAddress(u"ipAddress"_s, ipAddress)
        .maxLength(u"requestMethod"_s, requestMethod, 10)
        .maxLength(u"requestPath"_s, requestPath, 512)
        .maxLength(u"traceId"_s, traceId, 64);
    if (statusCode)
        v.between(u"statusCode"_s, *statusCode, 100, 599);
    return v.errors();
}

} // namespace remotegpu
