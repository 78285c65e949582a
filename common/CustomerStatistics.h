#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace remotegpu {

// An account's usage figures, as GET /api/admin/customers/:id gives them under "statistics":
// over the whole tenant for an owner (scope "tenant"), the account alone otherwise ("account").
struct CustomerStatistics
{
    QString scope = QStringLiteral("account");
    qint64 machinesHeld = 0;
    double gpuHoursThisMonth = 0.0;
    // Tasks by status (queued, running, succeeded, failed, stopped, …); total() sums them.
    QMap<QString, qint64> tasks;
    qint64 storageUsedBytes = 0;

    qint64 taskCount(const QString &status) const { return tasks.value(status); }
    qint64 totalTasks() const;

    QJsonObject toJson() const;
    static Result<CustomerStatistics> fromJson(const QJsonObject &json);

    friend bool operator==(const CustomerStatistics &, const CustomerStatistics &) = default;
};

} // namespace remotegpu
