#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace remotegpu {

// One point of GET /api/customer/machines/:id/monitoring's `series`: the host's figures and the
// averages over its GPUs at one time.
struct MachineMonitoringPoint
{
    QDateTime time;
    std::optional<double> cpuUsagePercent;
    std::optional<double> memoryUsagePercent;
    std::optional<double> gpuAvgUtilization;
    std::optional<double> gpuAvgTemperature;
    std::optional<double> gpuAvgPower;

    static Result<MachineMonitoringPoint> fromJson(const QJsonObject &json);
};

} // namespace remotegpu
