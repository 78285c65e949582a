#include "AlertRule.h"

#include "AlertMetric.h"
#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

#include <cmath>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxDurationSeconds = 24 * 3600;

} // namespace

bool AlertRule::breachedBy(double value) const
{
    switch (comparison) {
    case AlertComparison::Greater:
        return value > threshold;
    case AlertComparison::GreaterOrEqual:
        return value >= threshold;
    case AlertComparison::Less:
        return value < threshold;
    case AlertComparison::LessOrEqual:
        return value <= threshold;
    case AlertComparison::Equal:
        return value == threshold;
    }
    return false;
}

QString AlertRule::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::All:
        return u"all"_s;
    case Scope::Tenant:
        return u"tenant"_s;
    case Scope::Host:
        return u"host"_s;
    }
    return u"all"_s;
}

std::optional<AlertRule::Scope> AlertRule::scopeFromName(const QString &name)
{
    for (Scope s : {Scope::All, Scope::Tenant, Scope::Host}) {
        if (scopeName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject AlertRule::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"ruleKey"_s, json::nullable(ruleKey)},
        {u"scope"_s, scopeName(scope)},
        {u"tenantId"_s, json::optional(tenantId)},
        {u"tenantName"_s, json::nullable(tenantName)},
        {u"hostId"_s, json::nullable(hostId)},
        {u"hostName"_s, json::nullable(hostName)},
        {u"name"_s, name},
        {u"description"_s, json::nullable(description)},
        {u"metricType"_s, metricType},
        {u"threshold"_s, threshold},
        {u"comparison"_s, json::enumValue(comparison)},
        {u"duration"_s, duration},
        {u"severity"_s, json::enumValue(severity)},
        {u"enabled"_s, enabled},
        {u"createdBy"_s, json::optional(createdBy)},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
    };
}

Result<AlertRule> AlertRule::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AlertRule a;
    a.id = r.int64(u"id"_s);
    a.ruleKey = r.string(u"ruleKey"_s);
    const QString scope = r.string(u"scope"_s);
    if (!scope.isEmpty()) {
        if (auto s = scopeFromName(scope))
            a.scope = *s;
        else
            r.addError(u"scope"_s, u"scope must be one of: all, tenant, host"_s);
    }
    a.tenantId = r.optionalInt64(u"tenantId"_s);
    a.tenantName = r.string(u"tenantName"_s);
    a.hostId = r.string(u"hostId"_s);
    a.hostName = r.string(u"hostName"_s);
    a.name = r.string(u"name"_s);
    a.description = r.string(u"description"_s);
    a.metricType = r.string(u"metricType"_s);
    a.threshold = r.number(u"threshold"_s);
    a.comparison = r.enumValue(u"comparison"_s, a.comparison);
    a.duration = r.integer(u"duration"_s, a.duration);
    a.severity = r.enumValue(u"severity"_s, a.severity);
    a.enabled = r.boolean(u"enabled"_s, a.enabled);
    a.createdBy = r.optionalInt64(u"createdBy"_s);
    a.createdAt = r.timestamp(u"createdAt"_s);
    a.updatedAt = r.timestamp(u"updatedAt"_s);
    return r.finish(std::move(a));
}

QList<FieldError> AlertRule::validate() const
{
    Validator v;
    v.requiredMaxLength(u"name"_s, name.trimmed(), 256)
        .maxLength(u"description"_s, description, 2000)
        .required(u"metricType"_s, metricType)
        .identifier(u"metricType"_s, metricType, 64)
        .finite(u"threshold"_s, threshold)
        .between(u"duration"_s, duration, 0, MaxDurationSeconds)
        .maxLength(u"hostId"_s, hostId, 64);
    const std::optional<AlertMetric> metric = AlertMetric::find(metricType);
    if (!builtIn() && !metricType.isEmpty() && !metric)
        v.add(u"metricType"_s,
              u"metricType must be one of: "_s + AlertMetric::keys().join(u", "_s));
    if (metric && std::isfinite(threshold)) {
        if (threshold < metric->minimum)
            v.add(u"threshold"_s,
                  u"threshold must be at least %1 for %2"_s.arg(metric->minimum).arg(metricType));
        else if (metric->maximum && threshold > *metric->maximum)
            v.add(u"threshold"_s,
                  u"threshold must be at most %1 for %2"_s.arg(*metric->maximum).arg(metricType));
    }
    if (scope == Scope::Tenant && !tenantId)
        v.add(u"tenantId"_s, u"tenantId is required for a tenant rule"_s);
    if (scope == Scope::Host && hostId.isEmpty())
        v.add(u"hostId"_s, u"hostId is required for a host rule"_s);
    return v.errors();
}

} // namespace remotegpu
