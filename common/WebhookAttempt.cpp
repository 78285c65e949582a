#include "WebhookAttempt.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject WebhookAttempt::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"webhookId"_s, webhookId},
        {u"deliveryId"_s, deliveryId > 0 ? QJsonValue(deliveryId) : QJsonValue()},
        {u"eventId"_s, json::nullable(eventId)},
        {u"eventType"_s, eventType},
        {u"attempt"_s, attempt},
        {u"statusCode"_s, statusCode > 0 ? QJsonValue(statusCode) : QJsonValue()},
        {u"durationMs"_s, durationMs},
        {u"error"_s, json::nullable(error)},
        {u"responseBody"_s, json::nullable(responseBody)},
        {u"createdAt"_s, json::timestamp(createdAt)},
    };
}

Result<WebhookAttempt> WebhookAttempt::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    WebhookAttempt a;
    a.id = r.int64(u"id"_s);
    a.webhookId = r.int64(u"webhookId"_s);
    a.deliveryId = r.optionalInt64(u"deliveryId"_s).value_or(0);
    a.eventId = r.string(u"eventId"_s);
    a.eventType = r.string(u"eventType"_s);
    a.attempt = r.integer(u"attempt"_s, 1);
    a.statusCode = r.optionalInteger(u"statusCode"_s).value_or(0);
    a.durationMs = r.integer(u"durationMs"_s);
    a.error = r.string(u"error"_s);
    a.responseBody = r.string(u"responseBody"_s);
    a.createdAt = r.timestamp(u"createdAt"_s);
    return r.finish(std::move(a));
}

} // namespace remotegpu
