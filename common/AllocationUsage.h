#pragma once

#include "Result.h"
#include "UsageFigures.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace remotegpu {

// One allocation's held and busy GPU-hours within a period (a row of
// GET /api/admin/statistics/allocations and of the customer's usage answer).
struct AllocationUsage
{
    QString allocationId;
    qint64 tenantId = 0;
    QString tenantName;
    QString hostId;
    QString hostName;
    qint64 gpus = 0; // the machine's GPU count
    QString status;  // active, expired or reclaimed
    QDateTime startTime;
    QDateTime endTime; // when it stopped holding the machine: reclaimed_at if reclaimed earlier
    UsageFigures usage = {};

    QJsonObject toJson() const;
    static Result<AllocationUsage> fromJson(const QJsonObject &json);

    friend bool operator==(const AllocationUsage &, const AllocationUsage &) = default;
};

} // namespace remotegpu
