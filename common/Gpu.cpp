#include "Gpu.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject Gpu::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"hostId"_s, json::nullable(hostId)},
        {u"index"_s, index},
        {u"uuid"_s, json::nullable(uuid)},
        {u"name"_s, json::nullable(name)},
        {u"brand"_s, json::nullable(brand)},
        {u"architecture"_s, json::nullable(architecture)},
        {u"memoryTotalMb"_s, memoryTotalMb},
        {u"cudaCores"_s, json::optional(cudaCores)},
        {u"computeCapability"_s, json::nullable(computeCapability)},
        {u"status"_s, json::enumValue(status)},
        {u"healthStatus"_s, healthStatus},
        {u"allocatedTo"_s, json::nullable(allocatedTo)},
        {u"allocatedAt"_s, json::timestamp(allocatedAt)},
        {u"powerLimit"_s, json::optional(powerLimit)},
        {u"temperatureLimit"_s, json::optional(temperatureLimit)},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
    };
}

Result<Gpu> Gpu::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Gpu g;
    g.id = r.int64(u"id"_s);
    g.hostId = r.string(u"hostId"_s);
    g.index = r.integer(u"index"_s);
    g.uuid = r.string(u"uuid"_s);
    g.name = r.string(u"name"_s);
    g.brand = r.string(u"brand"_s);
    g.architecture = r.string(u"architecture"_s);
    g.memoryTotalMb = r.int64(u"memoryTotalMb"_s);
    g.cudaCores = r.optionalInteger(u"cudaCores"_s);
    g.computeCapability = r.string(u"computeCapability"_s);
    g.status = r.enumValue(u"status"_s, g.status);
    if (r.has(u"healthStatus"_s))
        g.healthStatus = r.string(u"healthStatus"_s);
    g.allocatedTo = r.string(u"allocatedTo"_s);
    g.allocatedAt = r.timestamp(u"allocatedAt"_s);
    g.powerLimit = r.optionalInteger(u"powerLimit"_s);
    g.temperatureLimit = r.optionalInteger(u"temperatureLimit"_s);
    g.createdAt = r.timestamp(u"createdAt"_s);
    g.updatedAt = r.timestamp(u"updatedAt"_s);
    return r.finish(std::move(g));
}

QList<FieldError> Gpu::validate() const
{
    Validator v;
    v.atLeast(u"index"_s, index, 0)
        .maxLength(u"uuid"_s, uuid, 128)
        .maxLength(u"name"_s, name, 128)
        .maxLength(u"brand"_s, brand, 64)
        .maxLength(u"architecture"_s, architecture, 64)
        .atLeast(u"memoryTotalMb"_s, memoryTotalMb, 0)
        .atLeast(u"cudaCores"_s, cudaCores, 0)
        .maxLength(u"computeCapability"_s, computeCapability, 32)
        .maxLength(u"healthStatus"_s, healthStatus, 20)
        .maxLength(u"allocatedTo"_s, allocatedTo, 64)
        .atLeast(u"powerLimit"_s, powerLimit, 0)
        .identifier(u"hostId"_s, hostId, 64);
    return v.errors();
}

} // namespace remotegpu
