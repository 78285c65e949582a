#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace remotegpu {

class JsonStreamWriter;

// One GPU's newest raw sample in a monitoring window (a machine's monitoring answer's `gpus`); the
// figures are null when the card sent none in the window.
struct MachineMonitoringGpu
{
    int index = 0;
    QString name;
    std::optional<double> utilization;
    std::optional<double> memoryUsedMb;
    std::optional<double> memoryUsagePercent;
    std::optional<double> temperature;
    std::optional<double> powerDraw;
    QDateTime collectedAt;

    void writeJson(JsonStreamWriter &writer) const;
    static Result<MachineMonitoringGpu> fromJson(const QJsonObject &json);
};

} // namespace remotegpu
