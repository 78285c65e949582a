#pragma once

#include "Machine.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace remotegpu {

class JsonStreamWriter;

// A row of the machine list (GET /api/admin/machines): the wire model plus the GPU model the
// list shows and filters by (the name of the host's first GPU), which Machine itself does not
// carry, and the host's current GPU load from its newest heartbeat.
struct MachineListItem
{
    Machine machine;
    QString gpuModel;
    // The means over the host's GPUs in its newest heartbeat (taken at `metricsAt`): utilisation
    // in %, temperature in °C, power draw in W. Absent while the host is offline (the last
    // figures are not its load now) or before any agent reported.
    std::optional<double> gpuAvgUtilization;
    std::optional<double> gpuAvgTemperature;
    std::optional<double> gpuAvgPower;
    QDateTime metricsAt;

    QJsonObject toJson() const;
    void writeJson(JsonStreamWriter &writer) const;
    static Result<MachineListItem> fromJson(const QJsonObject &json);

    friend bool operator==(const MachineListItem &, const MachineListItem &) = default;
};

} // namespace remotegpu
