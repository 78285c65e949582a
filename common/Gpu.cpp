#include "Gpu.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"
#include "JsonWriter.h"
#include "Validator.h"

#include <QJsonDocument>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void Gpu::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    w.field("id"_L1, id);
    w.nullable("hostId"_L1, hostId);
    w.field("index"_L1, index);
    w.nullable("uuid"_L1, uuid);
    w.nullable("name"_L1, name);
    w.nullable("brand"_L1, brand);
    w.nullable("architecture"_L1, architecture);
    w.field("memoryTotalMb"_L1, memoryTotalMb);
    w.optional("cudaCores"_L1, cudaCores);
    w.nullable("computeCapability"_L1, computeCapability);
    w.enumValue("status"_L1, status);
    w.field("healthStatus"_L1, healthStatus);
    w.nullable("allocatedTo"_L1, allocatedTo);
    w.timestamp("allocatedAt"_L1, allocatedAt);
    w.optional("powerLimit"_L1, powerLimit);
    w.optional("temperatureLimit"_L1, temperatureLimit);
    w.timestamp("createdAt"_L1, createdAt);
    w.timestamp("updatedAt"_L1, updatedAt);
    w.endObject();
}

QJsonObject Gpu::toJson() const
{
    // One spelling of the fields: the stream writer's (list pages are written with it directly).
    JsonStreamWriter w;
    writeJson(w);
    return QJsonDocument::fromJson(w.bytes()).object();
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
