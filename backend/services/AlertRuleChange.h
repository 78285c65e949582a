#pragma once

#include "AlertRule.h"
#include "Enums.h"
#include "Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

// A PUT on an alert rule: each field given replaces the stored one, the rest stay. A field given
// as null takes the value a new rule has (no tenant, no description, the default comparison).
struct AlertRuleChange
{
    std::optional<AlertRule::Scope> scope;
    std::optional<std::optional<qint64>> tenantId; // given as null: no tenant
    std::optional<QString> hostId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> metricType;
    std::optional<double> threshold;
    std::optional<AlertComparison> comparison;
    std::optional<int> duration;
    std::optional<AlertSeverity> severity;
    std::optional<bool> enabled;
    // Fields no rule has: a built-in rule refuses them as changes of what it keeps.
    QStringList unknownFields;
    // Fields given with the wrong type. Reported only once the rule is found and the change is
    // one the rule takes, so a missing rule stays a 404 and a built-in one names what it keeps.
    QList<FieldError> fieldErrors;

    // `rule` with the given fields replaced.
    AlertRule appliedTo(AlertRule rule) const;
    // The fields this change would give a value other than `rule`'s, in name order; a field of
    // the wrong type or unknown to rules counts as changed.
    QStringList fieldsChangedFrom(const AlertRule &rule) const;
};

} // namespace remotegpu
