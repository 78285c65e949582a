#include "Workspace.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject Workspace::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"uuid"_s, json::nullable(uuid)},
        {u"ownerId"_s, ownerId},
        {u"tenantId"_s, json::optional(tenantId)},
        {u"name"_s, name},
        {u"description"_s, json::nullable(description)},
        {u"type"_s, type},
        {u"memberCount"_s, memberCount},
        {u"status"_s, status},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
    };
}

Result<Workspace> Workspace::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Workspace w;
    w.id = r.int64(u"id"_s);
    w.uuid = r.string(u"uuid"_s);
    w.ownerId = r.int64(u"ownerId"_s);
    w.tenantId = r.optionalInt64(u"tenantId"_s);
    w.name = r.string(u"name"_s);
    w.description = r.string(u"description"_s);
    if (r.has(u"type"_s))
        w.type = r.string(u"type"_s);
    w.memberCount = r.integer(u"memberCount"_s, w.memberCount);
    if (r.has(u"status"_s))
        w.status = r.string(u"status"_s);
    w.createdAt = r.timestamp(u"createdAt"_s);
    w.updatedAt = r.timestamp(u"updatedAt"_s);
    return r.finish(std::move(w));
}

QList<FieldError> Workspace::validate() const
{
    Validator v;
    v.requiredMaxLength(u"name"_s, name, 128)
        .maxLength(u"description"_s, description, 4000)
        .atLeast(u"memberCount"_s, memberCount, 0)
        .maxLength(u"status"_s, status, 32);
    if (type != u"personal" && type != u"team")
        v.add(u"type"_s, u"type must be one of: personal, team"_s);
    return v.errors();
}

} // namespace remotegpu
