#pragma once

#include "GpuHealthReport.h"
#include "GpuReading.h"

#include <QHash>
#include <QList>

namespace remotegpu {

// Turns each round's raw GPU readings into the latched GpuHealthReport list of the heartbeat.
// Once a GPU has shown an XID, an uncorrectable ECC error or a row-remap failure, its report
// keeps saying so (healthy false, the XID codes, the highest ECC count seen) until the agent
// restarts, even when the next reading is clean again (the ECC counter resets with the driver,
// an XID is an event, not a state). GPUs are known by UUID, by index when there is none.
class GpuHealthLatch
{
public:
    // The most XID codes a report may carry (GpuHealthReport::validate()); later ones are dropped.
    static constexpr qsizetype maxXids = 32;

    QList<GpuHealthReport> update(const QList<GpuReading> &readings);

private:
    QHash<QString, GpuHealthReport> m_latched;
};

} // namespace remotegpu
