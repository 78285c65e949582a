#include "WorkspaceMember.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject WorkspaceMember::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"workspaceId"_s, workspaceId},
        {u"customerId"_s, customerId},
        {u"tenantId"_s, json::optional(tenantId)},
        {u"role"_s, json::enumValue(role)},
        {u"status"_s, status},
        {u"joinedAt"_s, json::timestamp(joinedAt)},
        {u"createdAt"_s, json::timestamp(createdAt)},
    };
}

Result<WorkspaceMember> WorkspaceMember::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    WorkspaceMember m;
    m.id = r.int64(u"id"_s);
    m.workspaceId = r.int64(u"workspaceId"_s);
    m.customerId = r.int64(u"customerId"_s);
    m.tenantId = r.optionalInt64(u"tenantId"_s);
    m.role = r.enumValue(u"role"_s, m.role);
    if (r.has(u"status"_s))
        m.status = r.string(u"status"_s);
    m.joinedAt = r.timestamp(u"joinedAt"_s);
    m.createdAt = r.timestamp(u"createdAt"_s);
    return r.finish(std::move(m));
}

QList<FieldError> WorkspaceMember::validate() const
{
    Validator v;
    v.requiredId(u"workspaceId"_s, workspaceId)
        .requiredId(u"customerId"_s, customerId)
        .maxLength(u"status"_s, status, 32);
    return v.errors();
}

} // namespace remotegpu
