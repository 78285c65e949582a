#pragma once

#include "Result.h"

#include <QJsonObject>

#include <optional>

namespace remotegpu {

// GET /api/customer/machines/summary: how many machines and GPUs the tenant holds now, how many
// of them expire soon, and the GPUs' mean load over the last 24 hours of the allocation.
struct CustomerMachineSummary
{
    qint64 machines = 0, gpus = 0, expiringSoon = 0;
    std::optional<double> averageGpuUtilization24h;

    QJsonObject toJson() const;
    static Result<CustomerMachineSummary> fromJson(const QJsonObject &json);

    friend bool operator==(const CustomerMachineSummary &,
                           const CustomerMachineSummary &) = default;
};

} // namespace remotegpu
