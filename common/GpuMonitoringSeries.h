#pragma once

#include "GpuMonitoringPoint.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

class JsonStreamWriter;

// One GPU's history over a machine's monitoring window (the `gpuSeries` of a machine's
// monitoring answer): which card, and its points, oldest first.
struct GpuMonitoringSeries
{
    int index = 0;
    QString name;
    QString uuid;
    QList<GpuMonitoringPoint> points;

    void writeJson(JsonStreamWriter &writer) const;
    static Result<GpuMonitoringSeries> fromJson(const QJsonObject &json);

    friend bool operator==(const GpuMonitoringSeries &, const GpuMonitoringSeries &) = default;
};

} // namespace remotegpu
