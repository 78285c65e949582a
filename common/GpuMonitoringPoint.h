#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace remotegpu {

class JsonStreamWriter;

// One point of a GPU's history: the averages over one step of the series (and the peaks an
// average would hide), null where the card reported nothing in that step.
struct GpuMonitoringPoint
{
    QDateTime time; // the start of the step
    std::optional<double> utilizationPercent;
    std::optional<double> utilizationMax;
    std::optional<double> memoryUsedMb;
    std::optional<double> memoryUsagePercent;
    std::optional<double> temperature;
    std::optional<double> temperatureMax;
    std::optional<double> powerDraw;

    void writeJson(JsonStreamWriter &writer) const;
    static Result<GpuMonitoringPoint> fromJson(const QJsonObject &json);

    friend bool operator==(const GpuMonitoringPoint &, const GpuMonitoringPoint &) = default;
};

} // namespace remotegpu
