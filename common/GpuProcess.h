#pragma once

#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// One process with a compute context on one GPU, as the agent reports it (`nvidia-smi
// --query-compute-apps=gpu_uuid,pid,process_name,used_gpu_memory`, table `host_processes`). A
// process on two GPUs is two of these. nvidia-smi names the GPU by UUID only: the agent maps it
// to the host's GPU index. `usedMemoryMb` is null where the driver prints `[N/A]` (MIG, WDDM);
// `username` is the owner of /proc/<pid>, empty when the agent could not tell.
struct GpuProcess
{
    qint64 pid = 0;
    QString processName; // as nvidia-smi prints it: a path ("/root/tools/memhog") or a name
    int gpuIndex = 0;
    QString gpuUuid; // "GPU-…"
    std::optional<qint64> usedMemoryMb;
    QString username;
    QDateTime reportedAt; // when the agent took the snapshot this process is part of

    QJsonObject toJson() const;
    static Result<GpuProcess> fromJson(const QJsonObject &json);
    // pid and processName required; reportedAt is not (the snapshot's time is set by its writer).
    QList<FieldError> validate() const;

    friend bool operator==(const GpuProcess &, const GpuProcess &) = default;
};

} // namespace remotegpu
