#pragma once

#include "GpuTrendPoint.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace remotegpu {

// The fleet GPU-utilisation trend over [from, to): one point per `step` seconds.
struct GpuTrend
{
    QDateTime from;
    QDateTime to;
    int step = 300;
    QList<GpuTrendPoint> points;

    QJsonObject toJson() const;
    static Result<GpuTrend> fromJson(const QJsonObject &json);

    friend bool operator==(const GpuTrend &, const GpuTrend &) = default;
};

} // namespace remotegpu
