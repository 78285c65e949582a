#include "RealtimeHost.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void RealtimeHost::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    w.field("hostId"_L1, hostId);
    w.field("name"_L1, name);
    w.field("status"_L1, status);
    w.timestamp("lastHeartbeat"_L1, lastHeartbeat);
    w.nullable("offlineReason"_L1, offlineReason);
    w.timestamp("flappingSince"_L1, flappingSince);
    w.field("unhealthyGpus"_L1, unhealthyGpus);
    w.optional("tenantId"_L1, tenantId);
    w.nullable("tenantName"_L1, tenantName);
    w.timestamp("collectedAt"_L1, collectedAt);
    w.optional("cpuUsagePercent"_L1, cpuUsagePercent);
    w.optional("cpuLoad1m"_L1, cpuLoad1m);
    w.optional("memoryUsagePercent"_L1, memoryUsagePercent);
    w.optional("diskUsagePercent"_L1, diskUsagePercent);
    w.optional("gpuAvgUtilization"_L1, gpuAvgUtilization);
    w.optional("gpuAvgTemperature"_L1, gpuAvgTemperature);
    w.optional("gpuAvgPower"_L1, gpuAvgPower);
    w.optional("memoryUsed"_L1, memoryUsed);
    w.optional("memoryAvailable"_L1, memoryAvailable);
    w.optional("networkRxBytes"_L1, networkRxBytes);
    w.optional("networkTxBytes"_L1, networkTxBytes);
    w.key("gpus"_L1);
    w.beginArray();
    for (const RealtimeGpu &g : gpus)
        g.writeRow(w);
    w.endArray();
    w.endObject();
}

Result<RealtimeHost> RealtimeHost::fromJson(const QJsonObject &json,
                                            const QHash<QString, int> &gpuColumnOf)
{
    JsonReader r(json);
    RealtimeHost h;
    h.hostId = r.string(u"hostId"_s);
    h.name = r.string(u"name"_s);
    h.status = r.string(u"status"_s);
    h.lastHeartbeat = r.timestamp(u"lastHeartbeat"_s);
    h.offlineReason = r.string(u"offlineReason"_s);
    h.flappingSince = r.timestamp(u"flappingSince"_s);
    h.unhealthyGpus = r.integer(u"unhealthyGpus"_s);
    h.tenantId = r.optionalInt64(u"tenantId"_s);
    h.tenantName = r.string(u"tenantName"_s);
    h.collectedAt = r.timestamp(u"collectedAt"_s);
    h.cpuUsagePercent = r.optionalNumber(u"cpuUsagePercent"_s);
    h.cpuLoad1m = r.optionalNumber(u"cpuLoad1m"_s);
    h.memoryUsagePercent = r.optionalNumber(u"memoryUsagePercent"_s);
    h.diskUsagePercent = r.optionalNumber(u"diskUsagePercent"_s);
    h.gpuAvgUtilization = r.optionalNumber(u"gpuAvgUtilization"_s);
    h.gpuAvgTemperature = r.optionalNumber(u"gpuAvgTemperature"_s);
    h.gpuAvgPower = r.optionalNumber(u"gpuAvgPower"_s);
    h.memoryUsed = r.optionalInt64(u"memoryUsed"_s);
    h.memoryAvailable = r.optionalInt64(u"memoryAvailable"_s);
    h.networkRxBytes = r.optionalInt64(u"networkRxBytes"_s);
    h.networkTxBytes = r.optionalInt64(u"networkTxBytes"_s);
    const QJsonArray rows = json.value(u"gpus"_s).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isArray()) {
            r.addError(u"gpus"_s, u"gpus[%1] must be a list of cells"_s.arg(i));
            continue;
        }
        auto gpu = RealtimeGpu::fromRow(rows.at(i).toArray(), gpuColumnOf);
        if (!gpu)
            r.addError(u"gpus"_s, u"gpus[%1]: %2"_s.arg(i).arg(gpu.error().message));
        else
            h.gpus.append(std::move(gpu).value());
    }
    return r.finish(std::move(h));
}

} // namespace remotegpu
