#pragma once

#include "GpuProcess.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

// What a host's agent reported last about its GPU processes: when, and what was running, which
// may be nothing. `reportedAt` is invalid when there is no report the reader may see; a report
// of no processes still has its time, so "nothing runs" reads apart from "nothing known".
struct GpuProcessSnapshot
{
    QString hostId;
    QDateTime reportedAt;
    QList<GpuProcess> processes;

    // {"hostId", "reportedAt" (null when unknown), "processes": [GpuProcess…]}
    QJsonObject toJson() const;
};

} // namespace remotegpu
