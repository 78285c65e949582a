#include "Task.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// What a POSIX shell accepts in `export NAME=…`.
bool isEnvName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QJsonObject Task::toJson() const
{
    return QJsonObject{
        {u"id"_s, json::nullable(id)},
        {u"tenantId"_s, tenantId},
        {u"customerId"_s, customerId},
        {u"hostId"_s, hostId},
        {u"name"_s, name},
        {u"description"_s, json::nullable(description)},
        {u"type"_s, json::enumValue(type)},
        {u"imageId"_s, json::optional(imageId)},
        {u"image"_s, json::nullable(image)},
        {u"command"_s, command},
        {u"envVars"_s, envVars},
        {u"datasetIds"_s, json::int64s(datasetIds)},
        {u"outputPath"_s, json::nullable(outputPath)},
        {u"status"_s, json::enumValue(status)},
        {u"priority"_s, priority},
        {u"exitCode"_s, json::optional(exitCode)},
        {u"errorMessage"_s, json::nullable(errorMessage)},
        {u"startedAt"_s, json::timestamp(startedAt)},
        {u"completedAt"_s, json::timestamp(completedAt)},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
    };
}

Result<Task> Task::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Task t;
    t.id = r.string(u"id"_s);
    t.tenantId = r.int64(u"tenantId"_s);
    t.customerId = r.int64(u"customerId"_s);
    t.hostId = r.string(u"hostId"_s);
    t.name = r.string(u"name"_s);
    t.description = r.string(u"description"_s);
    t.type = r.enumValue(u"type"_s, t.type);
    t.imageId = r.optionalInt64(u"imageId"_s);
    t.image = r.string(u"image"_s);
    t.command = r.string(u"command"_s);
    t.envVars = r.jsonObject(u"envVars"_s);
    t.datasetIds = r.int64List(u"datasetIds"_s);
    t.outputPath = r.string(u"outputPath"_s);
    t.status = r.enumValue(u"status"_s, t.status);
    t.priority = r.integer(u"priority"_s);
    t.exitCode = r.optionalInteger(u"exitCode"_s);
    t.errorMessage = r.string(u"errorMessage"_s);
    t.startedAt = r.timestamp(u"startedAt"_s);
    t.completedAt = r.timestamp(u"completedAt"_s);
    t.createdAt = r.timestamp(u"createdAt"_s);
    t.updatedAt = r.timestamp(u"updatedAt"_s);
    return r.finish(std::move(t));
}

QList<FieldError> Task::validate() const
{
    Validator v;
    v.identifier(u"id"_s, id, 64)
        .required(u"hostId"_s, hostId)
        .identifier(u"hostId"_s, hostId, 64)
        .requiredMaxLength(u"name"_s, name, 256)
        .maxLength(u"image"_s, image, 256)
        .required(u"command"_s, command)
        .maxLength(u"outputPath"_s, outputPath, 512)
        .notBefore(u"completedAt"_s, completedAt, u"startedAt"_s, startedAt);
    if (!imageId && image.isEmpty())
        v.add(u"image"_s, u"image is required: give imageId or an image reference"_s);
    for (auto it = envVars.constBegin(); it != envVars.constEnd(); ++it) {
        const QString field = u"envVars."_s % it.key();
        if (!isEnvName(it.key())) {
            v.add(field, field % u" is not a valid variable name: use letters, digits and '_', "
                                 u"not starting with a digit"_s);
        } else if (!it.value().isString()) {
            v.add(field, field % u" must be a string"_s);
        }
    }
    for (qsizetype i = 0; i < datasetIds.size(); ++i) {
        if (datasetIds.at(i) <= 0) {
            const QString field = u"datasetIds["_s % QString::number(i) % u"]"_s;
            v.add(field, field % u" must be a dataset id (1 or more)"_s);
        }
    }
    return v.errors();
}

} // namespace remotegpu
