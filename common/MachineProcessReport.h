#pragma once

#include "GpuProcess.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

// GET /api/customer/machines/:id/processes: the latest process report of a held machine
// (reportedAt invalid when the agent sent none since the allocation began).
struct MachineProcessReport
{
    QString hostId;
    QDateTime reportedAt;
    QList<GpuProcess> processes;

    static Result<MachineProcessReport> fromJson(const QJsonObject &json);
};

} // namespace remotegpu
