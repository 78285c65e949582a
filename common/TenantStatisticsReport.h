#pragma once

#include "Result.h"
#include "TenantStatistics.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace remotegpu {

// GET /api/admin/statistics/customers: every tenant's usage over [from, to), largest
// gpuHoursAllocated first.
struct TenantStatisticsReport
{
    QDateTime from;
    QDateTime to;
    int sampleIntervalSeconds = 0;
    // The busy threshold of every tenant's UsageFigures (setting gpu_busy_utilization_percent).
    int busyThresholdPercent = 0;
    QList<TenantStatistics> list;

    QJsonObject toJson() const;
    static Result<TenantStatisticsReport> fromJson(const QJsonObject &json);

    friend bool operator==(const TenantStatisticsReport &,
                           const TenantStatisticsReport &) = default;
};

} // namespace remotegpu
