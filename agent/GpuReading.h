#pragma once

#include "GpuMetricSample.h"

#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// What one collector read about one GPU at one moment: the metric sample plus the identity and
// the raw health counters the GpuHealthLatch turns into a latched GpuHealthReport.
struct GpuReading
{
    GpuMetricSample sample; // gpuIndex set; processCount set when the collector lists processes
    QString uuid;
    QString name;
    std::optional<qint64> memoryTotalMb;
    std::optional<qint64> eccUncorrectedVolatile; // uncorrectable ECC errors since driver load
    std::optional<qint64> retiredPagesDoubleBit;
    bool rowRemapFailure = false;
    QList<int> xidErrors; // XID codes seen since the previous reading (NVML events only)
};

} // namespace remotegpu
