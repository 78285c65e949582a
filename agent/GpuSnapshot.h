#pragma once

#include "GpuProcess.h"
#include "GpuReading.h"

#include <QList>
#include <QString>

namespace remotegpu {

// Everything a GPU collector read in one round: its GPUs and, when it can list them, the
// processes holding GPU memory. `source` names the collector for logs ("nvml", "nvidia-smi",
// "dcgm-exporter").
struct GpuSnapshot
{
    QString source;
    QList<GpuReading> gpus;
    bool processesCollected = false;
    QList<GpuProcess> processes;
};

} // namespace remotegpu
