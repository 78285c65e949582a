#pragma once

#include "Result.h"
#include "UsageFigures.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace remotegpu {

// One tenant's usage over a range (a row of GET /api/admin/statistics/customers).
struct TenantStatistics
{
    qint64 tenantId = 0;
    QString tenantName;
    qint64 machines = 0;
    qint64 gpus = 0;
    double gpuHoursAllocated = 0.0;
    double gpuHoursUsed = 0.0;
    // used / allocated; 0 for a lease nobody uses, none when nothing was allocated.
    std::optional<double> utilizationRatio;
    // Held versus busy GPU-hours from the one-minute rollups (see UsageFigures).
    UsageFigures usage = {};

    QJsonObject toJson() const;
    static Result<TenantStatistics> fromJson(const QJsonObject &json);

    friend bool operator==(const TenantStatistics &, const TenantStatistics &) = default;
};

} // namespace remotegpu
