#include "AlertRuleChange.h"

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

AlertRule AlertRuleChange::appliedTo(AlertRule rule) const
{
    if (scope)
        rule.scope = *scope;
    if (tenantId)
        rule.tenantId = *tenantId;
    if (hostId)
        rule.hostId = *hostId;
    if (name)
        rule.name = *name;
    if (description)
        rule.description = *description;
    if (metricType)
        rule.metricType = *metricType;
    if (threshold)
        rule.threshold = *threshold;
    if (comparison)
        rule.comparison = *comparison;
    if (duration)
        rule.duration = *duration;
    if (severity)
        rule.severity = *severity;
    if (enabled)
        rule.enabled = *enabled;
    return rule;
}

QStringList AlertRuleChange::fieldsChangedFrom(const AlertRule &rule) const
{
    QStringList changed = unknownFields;
    for (const FieldError &e : fieldErrors)
        changed.append(e.field);
    const auto compare = [&changed](const QString &field, const auto &given, const auto &stored) {
        if (given && *given != stored)
            changed.append(field);
    };
    compare(u"scope"_s, scope, rule.scope);
    compare(u"tenantId"_s, tenantId, rule.tenantId);
    compare(u"hostId"_s, hostId, rule.hostId);
    compare(u"name"_s, name, rule.name);
    compare(u"description"_s, description, rule.description);
    compare(u"metricType"_s, metricType, rule.metricType);
    compare(u"threshold"_s, threshold, rule.threshold);
    compare(u"comparison"_s, comparison, rule.comparison);
    compare(u"duration"_s, duration, rule.duration);
    compare(u"severity"_s, severity, rule.severity);
    compare(u"enabled"_s, enabled, rule.enabled);
    std::sort(changed.begin(), changed.end());
    changed.removeDuplicates();
    return changed;
}

} // namespace remotegpu
