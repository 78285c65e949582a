#include "AlertRule.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

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

QJsonObject AlertRule::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"tenantId"_s, json::optional(tenantId)},
        {u"name"_s, name},
        {u"description"_s, json::nullable(description)},
        {u"metricType"_s, metricType},
        {u"threshold"_s, threshold},
        {u"comparison"_s, json::enumValue(comparison)},
        {u"duration"_s, duration},
        {u"severity"_s, json::enumValue(severity)},
        {u"enabled"_s, enabled},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
    };
}

Result<AlertRule> AlertRule::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AlertRule a;
    a.id = r.int64(u"id"_s);
    a.tenantId = r.optionalInt64(u"tenantId"_s);
    a.name = r.string(u"name"_s);
    a.description = r.string(u"description"_s);
    a.metricType = r.string(u"metricType"_s);
    a.threshold = r.number(u"threshold"_s);
    a.comparison = r.enumValue(u"comparison"_s, a.comparison);
    a.duration = r.integer(u"duration"_s, a.duration);
    a.severity = r.enumValue(u"severity"_s, a.severity);
    a.enabled = r.boolean(u"enabled"_s, a.enabled);
    a.createdAt = r.timestamp(u"createdAt"_s);
    a.updatedAt = r.timestamp(u"updatedAt"_s);
    return r.finish(std::move(a));
}

QList<FieldError> AlertRule::validate() const
{
    Validator v;
    v.requiredMaxLength(u"name"_s, name, 256)
        .required(u"metricType"_s, metricType)
        .identifier(u"metricType"_s, metricType, 64)
        .finite(u"threshold"_s, threshold)
        .atLeast(u"duration"_s, duration, 0);
    return v.errors();
}

} // namespace remotegpu
