#pragma once

#include "Result.h"
#include "UsageFigures.h"

#include <QJsonObject>
#include <QString>

namespace remotegpu {

// One machine's held and busy GPU-hours within a period, summed over the allocations that held
// it (of one tenant in a tenant's answer, of every tenant in the fleet's).
struct MachineUsage
{
    QString hostId;
    QString hostName;
    qint64 gpus = 0;
    qint64 allocations = 0; // how many allocations held it within the period
    UsageFigures usage = {};

    QJsonObject toJson() const;
    static Result<MachineUsage> fromJson(const QJsonObject &json);

    friend bool operator==(const MachineUsage &, const MachineUsage &) = default;
};

} // namespace remotegpu
