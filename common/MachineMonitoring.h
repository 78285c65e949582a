#pragma once

#include "GpuMonitoringSeries.h"
#include "MachineMonitoringGpu.h"
#include "MachineMonitoringPoint.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

class JsonStreamWriter;

// A machine's readings over a window (GET /api/admin/machines/:id/monitoring, and
// /api/customer/machines/:id/monitoring where the window never starts before the caller's
// tenant's allocation), for the admin's and the customer's machine detail alike: the host series,
// each GPU's series, and each GPU's newest raw sample in the window.
struct MachineMonitoring
{
    // Which table answered: raw samples, one-minute or one-hour averages.
    static constexpr QLatin1StringView Raw{"raw"};
    static constexpr QLatin1StringView OneMinute{"1m"};
    static constexpr QLatin1StringView OneHour{"1h"};

    QString hostId;
    QDateTime from;
    QDateTime to;
    QString resolution;  // Raw, OneMinute or OneHour
    int stepSeconds = 0; // the width of one point, a multiple of the resolution's
    QList<MachineMonitoringPoint> series;
    QList<GpuMonitoringSeries> gpuSeries;
    QList<MachineMonitoringGpu> gpus;

    void writeJson(JsonStreamWriter &writer) const;
    QJsonObject toJson() const;
    static Result<MachineMonitoring> fromJson(const QJsonObject &json);
};

} // namespace remotegpu
