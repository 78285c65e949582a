#pragma once

#include "CurrentAllocation.h"
#include "GpuMetricSample.h"
#include "HostMetricSample.h"
#include "MachineListItem.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace remotegpu {

// GET /api/admin/machines/:id: the machine with its GPUs, current allocation and latest
// readings.
struct MachineDetail
{
    MachineListItem item;
    std::optional<CurrentAllocation> allocation;
    std::optional<HostMetricSample> latestHostMetrics;
    QList<GpuMetricSample> latestGpuMetrics;

    QJsonObject toJson() const;
    static Result<MachineDetail> fromJson(const QJsonObject &json);

    friend bool operator==(const MachineDetail &, const MachineDetail &) = default;
};

} // namespace remotegpu
