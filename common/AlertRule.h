#pragma once

#include "Enums.h"
#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// A threshold on one metric (table `alert_rules`): fires when the metric compares true against
// `threshold` for `duration` seconds.
struct AlertRule
{
    qint64 id = 0;
    std::optional<qint64> tenantId; // null: a platform rule over every machine
    QString name;
    QString description;
    QString metricType; // a metric key such as "gpu.utilization" or "host.memory_usage_percent"
    double threshold = 0.0;
    AlertComparison comparison = AlertComparison::Greater;
    int duration = 60; // seconds
    AlertSeverity severity = AlertSeverity::Warning;
    bool enabled = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Whether one sample breaches the rule (ignores duration, which needs a history).
    bool breachedBy(double value) const;

    QJsonObject toJson() const;
    static Result<AlertRule> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

} // namespace remotegpu
