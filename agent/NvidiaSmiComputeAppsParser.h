#pragma once

#include "GpuProcess.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace remotegpu {

// Parses `nvidia-smi --query-compute-apps=gpu_uuid,pid,process_name,used_gpu_memory
// --format=csv[,noheader,nounits]`: one line per process per GPU. The GPU comes back as a UUID
// only; the caller maps it to the host's GPU index. `[N/A]` memory (MIG, WDDM) stays null.
class NvidiaSmiComputeAppsParser
{
public:
    static QStringList queryFields();
    static Result<QList<GpuProcess>> parse(const QString &csv, const QStringList &fields = {});
};

} // namespace remotegpu
