#pragma once

#include "RealtimeGpu.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class JsonStreamWriter;

// One host in the realtime answer: its liveness (status, last heartbeat, why it is offline,
// since when it flaps), the tenant holding it now, its latest figures (host_metrics_latest) and
// its GPUs'.
struct RealtimeHost
{
    QString hostId;
    QString name;
    QString status; // online, offline, maintenance
    QDateTime lastHeartbeat;
    QString offlineReason;
    QDateTime flappingSince; // invalid: not flapping
    int unhealthyGpus = 0;
    std::optional<qint64> tenantId;
    QString tenantName;
    QDateTime collectedAt; // of the host figures; invalid: none yet
    std::optional<double> cpuUsagePercent;
    std::optional<double> cpuLoad1m;
    std::optional<double> memoryUsagePercent;
    std::optional<double> diskUsagePercent;
    std::optional<double> gpuAvgUtilization;
    std::optional<double> gpuAvgTemperature;
    std::optional<double> gpuAvgPower;
    std::optional<qint64> memoryUsed; // bytes
    std::optional<qint64> memoryAvailable;
    std::optional<qint64> networkRxBytes; // counters since the host booted
    std::optional<qint64> networkTxBytes;
    QList<RealtimeGpu> gpus;

    void writeJson(JsonStreamWriter &writer) const;
    // `gpuColumnOf`: the answer's gpuColumns, name → cell number.
    static Result<RealtimeHost> fromJson(const QJsonObject &json,
                                         const QHash<QString, int> &gpuColumnOf);
};

} // namespace remotegpu
