#pragma once

#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// One GPU reading (table `gpu_metrics`). The agent knows a card by its index on the host, not by
// database id, so it sends gpuIndex and the server fills gpuId. Units: memoryUsed in MiB (like
// Gpu::memoryTotalMb), temperature °C, powerDraw W, clocks MHz.
struct GpuMetricSample
{
    std::optional<qint64> gpuId;
    QString hostId;
    int gpuIndex = 0;
    QDateTime collectedAt;
    std::optional<double> utilizationPercent;
    std::optional<qint64> memoryUsed;
    std::optional<double> memoryUsagePercent;
    std::optional<double> temperature;
    std::optional<double> powerDraw;
    std::optional<double> fanSpeedPercent;
    std::optional<int> smClock;
    std::optional<int> memoryClock;
    std::optional<int> processCount;

    QJsonObject toJson() const;
    static Result<GpuMetricSample> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const GpuMetricSample &, const GpuMetricSample &) = default;
};

} // namespace remotegpu
