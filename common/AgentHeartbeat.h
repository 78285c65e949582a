#pragma once

#include "Error.h"
#include "GpuHealthReport.h"
#include "GpuMetricSample.h"
#include "GpuProcess.h"
#include "HostMetricSample.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

// One heartbeat as `remotegpu-agent` posts it to `POST /api/agent/heartbeat` (body = toJson()).
// The server knows the host from the agent token, so the hostId inside the samples is the
// agent's own belief and is overwritten on ingest. `sequence` grows by one per heartbeat the
// agent produced (sent or buffered), so the server can tell a replayed buffered heartbeat from a
// new one and a gap from a drop; `bufferedDropped` counts heartbeats the agent threw away
// because its on-disk buffer was full while the server was unreachable.
struct AgentHeartbeat
{
    QString agentVersion;
    qint64 sequence = 0;
    int intervalSeconds = 10;
    QDateTime collectedAt;
    HostMetricSample host;
    QList<GpuMetricSample> gpus;
    QList<GpuHealthReport> gpuHealth;
    // Absent from the JSON when the collector could not list processes (processesCollected
    // false): "no list" must not erase the last known one, while an empty list means "idle".
    bool processesCollected = false;
    QList<GpuProcess> processes;
    qint64 bufferedDropped = 0;

    static constexpr qsizetype maxGpus = 64;
    static constexpr qsizetype maxProcesses = 4096;

    QJsonObject toJson() const;
    static Result<AgentHeartbeat> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const AgentHeartbeat &, const AgentHeartbeat &) = default;
};

} // namespace remotegpu
