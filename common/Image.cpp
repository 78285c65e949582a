#include "Image.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject Image::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"tenantId"_s, json::optional(tenantId)},
        {u"name"_s, name},
        {u"displayName"_s, json::nullable(displayName)},
        {u"description"_s, json::nullable(description)},
        {u"category"_s, json::nullable(category)},
        {u"framework"_s, json::nullable(framework)},
        {u"frameworkVersion"_s, json::nullable(frameworkVersion)},
        {u"cudaVersion"_s, json::nullable(cudaVersion)},
        {u"pythonVersion"_s, json::nullable(pythonVersion)},
        {u"isOfficial"_s, isOfficial},
        {u"size"_s, json::optional(size)},
        {u"registryUrl"_s, json::nullable(registryUrl)},
        {u"tags"_s, json::strings(tags)},
        {u"status"_s, json::enumValue(status)},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
    };
}

Result<Image> Image::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Image i;
    i.id = r.int64(u"id"_s);
    i.tenantId = r.optionalInt64(u"tenantId"_s);
    i.name = r.string(u"name"_s);
    i.displayName = r.string(u"displayName"_s);
    i.description = r.string(u"description"_s);
    i.category = r.string(u"category"_s);
    i.framework = r.string(u"framework"_s);
    i.frameworkVersion = r.string(u"frameworkVersion"_s);
    i.cudaVersion = r.string(u"cudaVersion"_s);
    i.pythonVersion = r.string(u"pythonVersion"_s);
    i.isOfficial = r.boolean(u"isOfficial"_s);
    i.size = r.optionalInt64(u"size"_s);
    i.registryUrl = r.string(u"registryUrl"_s);
    i.tags = r.stringList(u"tags"_s);
    i.status = r.enumValue(u"status"_s, i.status);
    i.createdAt = r.timestamp(u"createdAt"_s);
    i.updatedAt = r.timestamp(u"updatedAt"_s);
    return r.finish(std::move(i));
}

QList<FieldError> Image::validate() const
{
    Validator v;
    v.requiredMaxLength(u"name"_s, name, 256)
        .maxLength(u"displayName"_s, displayName, 256)
        .maxLength(u"category"_s, category, 64)
        .maxLength(u"framework"_s, framework, 64)
        .maxLength(u"frameworkVersion"_s, frameworkVersion, 64)
        .maxLength(u"cudaVersion"_s, cudaVersion, 32)
        .maxLength(u"pythonVersion"_s, pythonVersion, 32)
        .atLeast(u"size"_s, size, 0)
        .maxLength(u"registryUrl"_s, registryUrl, 512);
    for (QChar c : name) {
        if (c.isSpace()) {
            v.add(u"name"_s, u"name must be an image reference without spaces, such as "
                             u"pytorch/2.0-cuda11.8"_s);
            break;
        }
    }
    return v.errors();
}

} // namespace remotegpu
