#pragma once

#include <QJsonObject>

#include <optional>

namespace remotegpu {

class JsonReader;

// Allocated versus used, in GPU-hours, for an allocation or a sum of them (a machine, a tenant,
// the fleet) over a period:
// - held: the overlap of the allocation's [start, end or reclaim) with the period, times the
//   machine's GPU count;
// - busy: the (GPU, minute) one-minute rollups inside that overlap whose mean utilisation is
//   above the busy threshold, / 60;
// - unreported: the held GPU-minutes with no rollup at all (the agent was silent), / 60. They
//   are unknown, not idle, so they are left out of the ratio.
// On the wire the figures are fields of the object that carries them (flat, not nested), so
// extended answers keep their shape.
struct UsageFigures
{
    double heldGpuHours = 0.0;
    double busyGpuHours = 0.0;
    double unreportedGpuHours = 0.0;

    // What the agents reported of the held GPU-hours.
    double reportedGpuHours() const;
    // busy / (held − unreported); none when nothing was reported.
    std::optional<double> busyRatio() const;
    // (held − unreported) / held: how much of the held time the busy ratio rests on; none when
    // nothing was held.
    std::optional<double> reportedRatio() const;

    UsageFigures &operator+=(const UsageFigures &other);

    // Adds heldGpuHours, busyGpuHours, unreportedGpuHours and busyRatio to `json`.
    void writeTo(QJsonObject &json) const;
    static UsageFigures read(JsonReader &reader);

    friend bool operator==(const UsageFigures &, const UsageFigures &) = default;
};

} // namespace remotegpu
