#include "GpuProcess.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject GpuProcess::toJson() const
{
    return QJsonObject{
        {u"pid"_s, pid},
        {u"processName"_s, processName},
        {u"gpuIndex"_s, gpuIndex},
        {u"gpuUuid"_s, json::nullable(gpuUuid)},
        {u"usedMemoryMb"_s, json::optional(usedMemoryMb)},
        {u"username"_s, json::nullable(username)},
        {u"reportedAt"_s, json::timestamp(reportedAt)},
    };
}

Result<GpuProcess> GpuProcess::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GpuProcess p;
    p.pid = r.int64(u"pid"_s);
    p.processName = r.string(u"processName"_s);
    p.gpuIndex = r.integer(u"gpuIndex"_s);
    p.gpuUuid = r.string(u"gpuUuid"_s);
    p.usedMemoryMb = r.optionalInt64(u"usedMemoryMb"_s);
    p.username = r.string(u"username"_s);
    p.reportedAt = r.timestamp(u"reportedAt"_s);
    return r.finish(std::move(p));
}

QList<FieldError> GpuProcess::validate() const
{
    Validator v;
    v.atLeast(u"pid"_s, pid, 1)
        .requiredMaxLength(u"processName"_s, processName, 4096)
        .atLeast(u"gpuIndex"_s, gpuIndex, 0)
        .maxLength(u"gpuUuid"_s, gpuUuid, 128)
        .atLeast(u"usedMemoryMb"_s, usedMemoryMb, 0)
        .maxLength(u"username"_s, username, 64);
    return v.errors();
}

} // namespace remotegpu
