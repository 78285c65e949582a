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
// `threshold` for `duration` seconds without a gap in the data.
struct AlertRule
{
    // Which hosts the rule watches: every host, the machines a tenant holds now, or one host
    // (a customer owner's host rule also stops applying when the machine leaves the tenant).
    enum class Scope { All, Tenant, Host };

    qint64 id = 0;
    QString ruleKey; // set on built-in rules, which can be edited but not deleted
    Scope scope = Scope::All;
    std::optional<qint64> tenantId; // Tenant scope, and a customer owner's Host scope
    QString hostId;                 // Host scope
    QString name;
    QString description;
    QString metricType; // an AlertMetric key such as "gpu_temperature"
    double threshold = 0.0;
    AlertComparison comparison = AlertComparison::Greater;
    int duration = 60; // seconds
    AlertSeverity severity = AlertSeverity::Warning;
    bool enabled = true;
    std::optional<qint64> createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Read-only, for display.
    QString tenantName;
    QString hostName;

    bool builtIn() const { return !ruleKey.isEmpty(); }

    // Whether one sample breaches the rule (ignores duration, which needs a history).
    bool breachedBy(double value) const;

    QJsonObject toJson() const;
    static Result<AlertRule> fromJson(const QJsonObject &json);
    // Field errors of a rule as written by a person: a name, a known metric (built-in rules keep
    // theirs), a threshold in the metric's range, a duration of at most a day, a scope with its
    // tenant or host.
    QList<FieldError> validate() const;

    static QString scopeName(Scope scope);
    static std::optional<Scope> scopeFromName(const QString &name);

    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

} // namespace remotegpu
