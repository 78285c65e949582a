#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace remotegpu {

// The allocation a machine is in now (active, with now() inside its period), as the machine
// detail carries it: {"id", "tenantId", "tenantName", "startTime", "endTime", "status"}.
struct CurrentAllocation
{
    QString id;
    qint64 tenantId = 0;
    QString tenantName;
    QDateTime startTime;
    QDateTime endTime;
    QString status;

    QJsonObject toJson() const;
    static Result<CurrentAllocation> fromJson(const QJsonObject &json);

    friend bool operator==(const CurrentAllocation &, const CurrentAllocation &) = default;
};

} // namespace remotegpu
