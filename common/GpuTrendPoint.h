#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace remotegpu {

// One bucket of the fleet GPU-utilisation trend (GET /api/admin/dashboard/gpu-trend).
struct GpuTrendPoint
{
    QDateTime time;                           // start of the bucket
    std::optional<double> averageUtilization; // percent; none: no GPU reported in the bucket
    qint64 gpus = 0;                          // GPUs that reported in the bucket

    QJsonObject toJson() const;
    static Result<GpuTrendPoint> fromJson(const QJsonObject &json);

    friend bool operator==(const GpuTrendPoint &, const GpuTrendPoint &) = default;
};

} // namespace remotegpu
