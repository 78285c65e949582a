#include "AgentHeartbeat.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

#include <QSet>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T>
void appendNested(QList<FieldError> &errors, const QString &list, const QList<T> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = list % QChar(u'[') % QString::number(i) % u"]."_s;
        for (const FieldError &e : items.at(i).validate())
            errors.append({prefix + e.field, prefix + e.message});
    }
}

} // namespace

QJsonObject AgentHeartbeat::toJson() const
{
    QJsonObject out{
        {u"agentVersion"_s, agentVersion},
        {u"sequence"_s, sequence},
        {u"intervalSeconds"_s, intervalSeconds},
        {u"collectedAt"_s, json::timestamp(collectedAt)},
        {u"host"_s, host.toJson()},
        {u"gpus"_s, json::objects(gpus)},
        {u"gpuHealth"_s, json::objects(gpuHealth)},
        {u"bufferedDropped"_s, bufferedDropped},
    };
    if (processesCollected)
        out.insert(u"processes"_s, json::objects(processes));
    return out;
}

Result<AgentHeartbeat> AgentHeartbeat::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AgentHeartbeat h;
    h.agentVersion = r.string(u"agentVersion"_s);
    h.sequence = r.int64(u"sequence"_s);
    h.intervalSeconds = r.integer(u"intervalSeconds"_s, 10);
    h.collectedAt = r.timestamp(u"collectedAt"_s);
    if (r.has(u"host"_s)) {
        Result<HostMetricSample> host = HostMetricSample::fromJson(r.jsonObject(u"host"_s));
        if (host.ok())
            h.host = std::move(host).value();
        else
            for (const FieldError &e : host.error().fieldErrors)
                r.addError(u"host."_s + e.field, u"host."_s + e.message);
    }
    h.gpus = r.objectList<GpuMetricSample>(u"gpus"_s);
    h.gpuHealth = r.objectList<GpuHealthReport>(u"gpuHealth"_s);
    h.processesCollected = r.has(u"processes"_s);
    h.processes = r.objectList<GpuProcess>(u"processes"_s);
    h.bufferedDropped = r.int64(u"bufferedDropped"_s);
    return r.finish(std::move(h));
}

QList<FieldError> AgentHeartbeat::validate() const
{
    Validator v;
    v.maxLength(u"agentVersion"_s, agentVersion, 64)
        .atLeast(u"sequence"_s, sequence, 0)
        .between(u"intervalSeconds"_s, intervalSeconds, 1, 3600)
        .requiredTime(u"collectedAt"_s, collectedAt)
        .atLeast(u"bufferedDropped"_s, bufferedDropped, 0);
    QList<FieldError> errors = v.errors();
    if (gpus.size() > maxGpus)
        errors.append({u"gpus"_s, u"gpus may list at most 64 GPUs"_s});
    if (processes.size() > maxProcesses)
        errors.append({u"processes"_s, u"processes may list at most 4096 entries"_s});
    QSet<int> seen;
    for (const GpuMetricSample &g : gpus) {
        if (seen.contains(g.gpuIndex))
            errors.append({u"gpus"_s, u"gpus lists gpuIndex %1 twice"_s.arg(g.gpuIndex)});
        seen.insert(g.gpuIndex);
    }
    // The samples' hostId is overwritten on ingest, so only their figures are checked here.
    HostMetricSample hostFigures = host;
    if (hostFigures.hostId.isEmpty())
        hostFigures.hostId = u"agent"_s;
    if (!hostFigures.collectedAt.isValid())
        hostFigures.collectedAt = collectedAt;
    for (const FieldError &e : hostFigures.validate())
        errors.append({u"host."_s + e.field, u"host."_s + e.message});
    QList<GpuMetricSample> gpuFigures = gpus;
    for (GpuMetricSample &g : gpuFigures) {
        if (g.hostId.isEmpty())
            g.hostId = u"agent"_s;
        if (!g.collectedAt.isValid())
            g.collectedAt = collectedAt;
    }
    appendNested(errors, u"gpus"_s, gpuFigures);
    appendNested(errors, u"gpuHealth"_s, gpuHealth);
    appendNested(errors, u"processes"_s, processes);
    return errors;
}

} // namespace remotegpu
