#pragma once

#include "MachineMonitoringGpu.h"
#include "MachineMonitoringPoint.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

// GET /api/customer/machines/:id/monitoring: a held machine's readings over a window (never
// from before the caller's tenant's allocation began), for the admin's and the customer's
// machine detail alike.
struct MachineMonitoring
{
    QString hostId;
    QDateTime from;
    QDateTime to;
    QList<MachineMonitoringPoint> series;
    QList<MachineMonitoringGpu> gpus;

    static Result<MachineMonitoring> fromJson(const QJsonObject &json);
};

} // namespace remotegpu
