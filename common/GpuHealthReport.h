#pragma once

#include "Error.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// What the agent knows about one GPU's identity and health, sent with every heartbeat. Error
// figures are latched on the agent: once an XID or an uncorrectable ECC error has been seen the
// report keeps saying so (with the count since the agent started) until the agent restarts, so
// a server that missed the one heartbeat carrying a last-value gauge still sees the fault.
// `healthy` is the agent's verdict (false on any latched XID, uncorrectable ECC error or
// row-remap failure); the server decides what that means for the machine.
struct GpuHealthReport
{
    int gpuIndex = 0;
    QString uuid; // "GPU-…" or "MIG-…"; empty when the collector cannot tell
    QString name; // "NVIDIA H100 80GB HBM3"
    std::optional<qint64> memoryTotalMb;
    std::optional<qint64> eccUncorrectedErrors; // latched count (volatile, since agent start)
    QList<int> xidErrors;                       // latched XID codes seen, oldest first, ≤ 32
    bool rowRemapFailure = false;
    bool healthy = true;

    QJsonObject toJson() const;
    static Result<GpuHealthReport> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const GpuHealthReport &, const GpuHealthReport &) = default;
};

} // namespace remotegpu
