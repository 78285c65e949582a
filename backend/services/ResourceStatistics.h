#pragma once

#include "MachineUsage.h"
#include "ReportRange.h"
#include "ResourceUsage.h"

#include <QList>
#include <QMap>
#include <QString>

namespace remotegpu {

// GET /api/admin/statistics/resources: the fleet's usage over a range, in total and per region
// and per GPU model (keys sorted, so the answer is stable; an empty key: none recorded).
struct ResourceStatistics
{
    ReportRange range;
    int sampleIntervalSeconds = 0;
    ResourceUsage total;
    QMap<QString, ResourceUsage> byRegion;
    QMap<QString, ResourceUsage> byGpuModel;
    // The busy threshold of every UsageFigures here (setting gpu_busy_utilization_percent).
    int busyThresholdPercent = 0;
    // Every machine's held and busy GPU-hours (a machine held by nobody in the range has zeros),
    // in host id order unless the request asked for a `sort`.
    QList<MachineUsage> byMachine;
};

} // namespace remotegpu
