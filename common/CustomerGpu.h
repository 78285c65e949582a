#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace remotegpu {

// One GPU of a machine a tenant holds, as GET /api/customer/machines/:id lists it: which card,
// its memory and its latest load.
struct CustomerGpu
{
    int index = 0;
    QString name;
    std::optional<int> memoryTotalMb;
    std::optional<double> utilization; // latest sample, percent
    QDateTime collectedAt;

    QJsonObject toJson() const;
    static Result<CustomerGpu> fromJson(const QJsonObject &json);

    friend bool operator==(const CustomerGpu &, const CustomerGpu &) = default;
};

} // namespace remotegpu
