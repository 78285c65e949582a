#include "Dataset.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject Dataset::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"uuid"_s, json::nullable(uuid)},
        {u"tenantId"_s, json::optional(tenantId)},
        {u"customerId"_s, customerId},
        {u"workspaceId"_s, json::optional(workspaceId)},
        {u"name"_s, name},
        {u"description"_s, json::nullable(description)},
        {u"storagePath"_s, json::nullable(storagePath)},
        {u"storageType"_s, storageType},
        {u"totalSize"_s, totalSize},
        {u"fileCount"_s, fileCount},
        {u"status"_s, json::enumValue(status)},
        {u"visibility"_s, json::enumValue(visibility)},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
    };
}

Result<Dataset> Dataset::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Dataset d;
    d.id = r.int64(u"id"_s);
    d.uuid = r.string(u"uuid"_s);
    d.tenantId = r.optionalInt64(u"tenantId"_s);
    d.customerId = r.int64(u"customerId"_s);
    d.workspaceId = r.optionalInt64(u"workspaceId"_s);
    d.name = r.string(u"name"_s);
    d.description = r.string(u"description"_s);
    d.storagePath = r.string(u"storagePath"_s);
    if (r.has(u"storageType"_s))
        d.storageType = r.string(u"storageType"_s);
    d.totalSize = r.int64(u"totalSize"_s);
    d.fileCount = r.integer(u"fileCount"_s);
    d.status = r.enumValue(u"status"_s, d.status);
    d.visibility = r.enumValue(u"visibility"_s, d.visibility);
    d.createdAt = r.timestamp(u"createdAt"_s);
    d.updatedAt = r.timestamp(u"updatedAt"_s);
    return r.finish(std::move(d));
}

QList<FieldError> Dataset::validate() const
{
    Validator v;
    v.requiredMaxLength(u"name"_s, name, 256)
        .maxLength(u"storagePath"_s, storagePath, 512)
        .maxLength(u"storageType"_s, storageType, 32)
        .atLeast(u"totalSize"_s, totalSize, 0)
        .atLeast(u"fileCount"_s, fileCount, 0);
    return v.errors();
}

} // namespace remotegpu
