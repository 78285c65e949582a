#include "Alert.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "ListFields.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject Alert::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"ruleId"_s, json::optional(ruleId)},
        {u"tenantId"_s, json::optional(tenantId)},
        {u"hostId"_s, json::nullable(hostId)},
        {u"resourceType"_s, json::nullable(resourceType)},
        {u"resourceId"_s, json::nullable(resourceId)},
        {u"metricType"_s, metricType},
        {u"currentValue"_s, currentValue},
        {u"threshold"_s, threshold},
        {u"severity"_s, json::enumValue(severity)},
        {u"status"_s, json::enumValue(status)},
        {u"message"_s, json::nullable(message)},
        {u"triggeredAt"_s, json::timestamp(triggeredAt)},
        {u"acknowledgedAt"_s, json::timestamp(acknowledgedAt)},
        {u"acknowledgedBy"_s, json::optional(acknowledgedBy)},
        {u"resolvedAt"_s, json::timestamp(resolvedAt)},
        {u"resolvedBy"_s, json::optional(resolvedBy)},
        {u"resolutionNote"_s, json::nullable(resolutionNote)},
        {u"ruleName"_s, json::nullable(ruleName)},
        {u"hostName"_s, json::nullable(hostName)},
        {u"tenantName"_s, json::nullable(tenantName)},
        {u"acknowledgedByName"_s, json::nullable(acknowledgedByName)},
        {u"resolvedByName"_s, json::nullable(resolvedByName)},
    };
}

Result<Alert> Alert::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Alert a;
    a.id = r.int64(u"id"_s);
    a.ruleId = r.optionalInt64(u"ruleId"_s);
    a.tenantId = r.optionalInt64(u"tenantId"_s);
    a.hostId = r.string(u"hostId"_s);
    a.resourceType = r.string(u"resourceType"_s);
    a.resourceId = r.string(u"resourceId"_s);
    a.metricType = r.string(u"metricType"_s);
    a.currentValue = r.number(u"currentValue"_s);
    a.threshold = r.number(u"threshold"_s);
    a.severity = r.enumValue(u"severity"_s, a.severity);
    a.status = r.enumValue(u"status"_s, a.status);
    a.message = r.string(u"message"_s);
    a.triggeredAt = r.timestamp(u"triggeredAt"_s);
    a.acknowledgedAt = r.timestamp(u"acknowledgedAt"_s);
    a.acknowledgedBy = r.optionalInt64(u"acknowledgedBy"_s);
    a.resolvedAt = r.timestamp(u"resolvedAt"_s);
    a.resolvedBy = r.optionalInt64(u"resolvedBy"_s);
    a.resolutionNote = r.string(u"resolutionNote"_s);
    a.ruleName = r.string(u"ruleName"_s);
    a.hostName = r.string(u"hostName"_s);
    a.tenantName = r.string(u"tenantName"_s);
    a.acknowledgedByName = r.string(u"acknowledgedByName"_s);
    a.resolvedByName = r.string(u"resolvedByName"_s);
    return r.finish(std::move(a));
}

const ListFields &Alert::listFields()
{
    // from/to bound triggeredAt; status is matched on the stored spellings (AlertRepository).
    static const ListFields fields{
        {u"triggeredAt"_s, ListField::Sort, u"r.triggered_at"_s},
        // Sorted by rank, not by the word (AlertRepository).
        {u"severity"_s, ListField::SortAndFilter, u"r.severity"_s},
        {u"status"_s, ListField::SortAndFilter, u"r.status"_s},
        {u"hostId"_s, ListField::SortAndFilter, u"r.host_id"_s},
        {u"tenantId"_s, ListField::Filter, u"r.tenant_id"_s},
        {u"ruleId"_s, ListField::Filter, u"r.rule_id"_s},
        {u"metricType"_s, ListField::Filter, u"r.metric_type"_s},
        {u"from"_s, ListField::Filter, {}},
        {u"to"_s, ListField::Filter, {}},
    };
    return fields;
}

QList<FieldError> Alert::validate() const
{
    Validator v;
    v.maxLength(u"resourceType"_s, resourceType, 64)
        .maxLength(u"resourceId"_s, resourceId, 128)
        .requiredMaxLength(u"metricType"_s, metricType, 64)
        .finite(u"currentValue"_s, currentValue)
        .finite(u"threshold"_s, threshold)
        .notBefore(u"acknowledgedAt"_s, acknowledgedAt, u"triggeredAt"_s, triggeredAt)
        .notBefore(u"resolvedAt"_s, resolvedAt, u"triggeredAt"_s, triggeredAt);
    if (status == AlertStatus::Resolved && !resolvedAt.isValid())
        v.add(u"resolvedAt"_s, u"resolvedAt is required once the alert is resolved"_s);
    return v.errors();
}

} // namespace remotegpu
