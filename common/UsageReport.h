#pragma once

#include "AllocationUsage.h"
#include "MachineUsage.h"
#include "Result.h"
#include "UsageFigures.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace remotegpu {

// GET /api/admin/statistics/allocations and GET /api/customer/statistics/usage: allocated versus
// used over [from, to), in total, per machine and per allocation.
struct UsageReport
{
    QDateTime from;
    QDateTime to;
    // A GPU is busy in a minute when its mean utilisation is above this (setting
    // gpu_busy_utilization_percent).
    int busyThresholdPercent = 0;
    UsageFigures totals;
    QList<MachineUsage> machines;
    QList<AllocationUsage> allocations;

    QJsonObject toJson() const;
    static Result<UsageReport> fromJson(const QJsonObject &json);

    friend bool operator==(const UsageReport &, const UsageReport &) = default;
};

} // namespace remotegpu
