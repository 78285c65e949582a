#pragma once

#include "ReportRange.h"
#include "ResourceUsage.h"

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
};

} // namespace remotegpu
