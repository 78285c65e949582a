#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace remotegpu {

class JsonStreamWriter;

// One point of a machine's monitoring `series`: the host's figures and the averages over its GPUs
// over one step (the step's start in `time`).
struct MachineMonitoringPoint
{
    QDateTime time;
    std::optional<double> cpuUsagePercent;
    std::optional<double> memoryUsagePercent;
    std::optional<double> gpuAvgUtilization;
    std::optional<double> gpuAvgTemperature;
    std::optional<double> gpuAvgPower;

    void writeJson(JsonStreamWriter &writer) const;
    static Result<MachineMonitoringPoint> fromJson(const QJsonObject &json);

    friend bool operator==(const MachineMonitoringPoint &,
                           const MachineMonitoringPoint &) = default;
};

} // namespace remotegpu
