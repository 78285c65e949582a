#pragma once

#include "GpuMonitoringPoint.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

class JsonStreamWriter;

// GET /api/admin/machines/:id/gpus/:index/monitoring: one GPU's history over a window, with the
// resolution the server read it at (see MachineMonitoring).
struct GpuMonitoringHistory
{
    QString hostId;
    int index = 0;
    QString name;
    QString uuid;
    QDateTime from;
    QDateTime to;
    QString resolution;
    int stepSeconds = 0;
    QList<GpuMonitoringPoint> points;

    void writeJson(JsonStreamWriter &writer) const;
    static Result<GpuMonitoringHistory> fromJson(const QJsonObject &json);
};

} // namespace remotegpu
