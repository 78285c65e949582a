#pragma once

#include "Allocation.h"
#include "Error.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>

namespace remotegpu {

// The answer of POST /api/admin/allocations/bulk-extend: {"list": [allocations], "total": N},
// the allocations as they are after the extension.
struct BulkExtendResult
{
    // The request's bounds (docs/api.md): 1–200 distinct ids, 1–3650 days.
    static constexpr int MaxIds = 200;
    static constexpr int MaxDays = 3650;

    QList<Allocation> list;
    qint64 total = 0;

    QJsonObject toJson() const;
    static Result<BulkExtendResult> fromJson(const QJsonObject &json);
    friend bool operator==(const BulkExtendResult &, const BulkExtendResult &) = default;
};

} // namespace remotegpu
