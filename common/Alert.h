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

class ListFields;

// One firing of a rule on one resource (table `alert_records`).
// The API reports the schema's 'firing' as active.
struct Alert
{
    qint64 id = 0;
    std::optional<qint64> ruleId;   // null for built-in alerts such as "host offline"
    std::optional<qint64> tenantId; // the tenant renting the machine when it fired
    QString hostId;
    QString resourceType; // "host" or "gpu"
    QString resourceId;   // host id, or "<hostId>/<gpu index>"
    QString metricType;
    double currentValue = 0.0;
    double threshold = 0.0;
    AlertSeverity severity = AlertSeverity::Warning;
    AlertStatus status = AlertStatus::Active;
    QString message;
    QDateTime triggeredAt;
    QDateTime acknowledgedAt;
    std::optional<qint64> acknowledgedBy;
    QDateTime resolvedAt;
    std::optional<qint64> resolvedBy; // null when it resolved by itself (the condition cleared)
    QString resolutionNote;
    // Read-only, for display.
    QString ruleName;
    QString hostName;
    QString tenantName;
    QString acknowledgedByName;
    QString resolvedByName;

    bool isOpen() const { return status != AlertStatus::Resolved; }

    // What GET /api/admin/alerts and /api/customer/alerts sort and filter by.
    static const ListFields &listFields();

    QJsonObject toJson() const;
    static Result<Alert> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace remotegpu
