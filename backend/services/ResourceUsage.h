#pragma once

#include "UsageFigures.h"

#include <QtGlobal>

#include <optional>

namespace remotegpu {

// Usage of a group of machines (a region, a GPU model, the whole fleet) over a report's range.
struct ResourceUsage
{
    qint64 machines = 0;
    qint64 gpus = 0;
    qint64 allocatedGpus = 0;
    double gpuHoursAllocated = 0;
    double utilizationSum = 0;
    qint64 samples = 0;
    // Held versus busy GPU-hours of the group's allocations, from the one-minute rollups.
    UsageFigures usage = {};

    std::optional<double> averageUtilization() const
    {
        return samples > 0 ? std::optional<double>(utilizationSum / double(samples)) : std::nullopt;
    }
    // Each sample stands for one agent interval of one GPU at that utilisation.
    double gpuHoursUsed(int intervalSecs) const
    {
        return utilizationSum / 100.0 * double(intervalSecs) / 3600.0;
    }
};

} // namespace remotegpu
