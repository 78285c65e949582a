#include "GpuHealthReport.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

#include <QJsonArray>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype maxXidErrors = 32;
}

QJsonObject GpuHealthReport::toJson() const
{
    QJsonArray xids;
    for (int xid : xidErrors)
        xids.append(xid);
    return QJsonObject{
        {u"gpuIndex"_s, gpuIndex},
        {u"uuid"_s, uuid},
        {u"name"_s, name},
        {u"memoryTotalMb"_s, json::optional(memoryTotalMb)},
        {u"eccUncorrectedErrors"_s, json::optional(eccUncorrectedErrors)},
        {u"xidErrors"_s, xids},
        {u"rowRemapFailure"_s, rowRemapFailure},
        {u"healthy"_s, healthy},
    };
}

Result<GpuHealthReport> GpuHealthReport::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GpuHealthReport g;
    g.gpuIndex = r.integer(u"gpuIndex"_s);
    g.uuid = r.string(u"uuid"_s);
    g.name = r.string(u"name"_s);
    g.memoryTotalMb = r.optionalInt64(u"memoryTotalMb"_s);
    g.eccUncorrectedErrors = r.optionalInt64(u"eccUncorrectedErrors"_s);
    for (qint64 xid : r.int64List(u"xidErrors"_s))
        g.xidErrors.append(int(xid));
    g.rowRemapFailure = r.boolean(u"rowRemapFailure"_s);
    g.healthy = r.boolean(u"healthy"_s, true);
    return r.finish(std::move(g));
}

QList<FieldError> GpuHealthReport::validate() const
{
    Validator v;
    v.atLeast(u"gpuIndex"_s, gpuIndex, 0)
        .maxLength(u"uuid"_s, uuid, 128)
        .maxLength(u"name"_s, name, 128)
        .atLeast(u"memoryTotalMb"_s, memoryTotalMb, 0)
        .atLeast(u"eccUncorrectedErrors"_s, eccUncorrectedErrors, 0);
    QList<FieldError> errors = v.errors();
    if (xidErrors.size() > maxXidErrors)
        errors.append({u"xidErrors"_s, u"xidErrors may list at most 32 codes"_s});
    return errors;
}

} // namespace remotegpu
