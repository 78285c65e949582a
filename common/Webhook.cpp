#include "Webhook.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

#include <QUrl>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QStringList Webhook::eventTypes()
{
    return {u"alert.fired"_s,         u"alert.resolved"_s,     u"allocation.created"_s,
            u"allocation.expiring"_s, u"allocation.expired"_s, u"allocation.reclaimed"_s,
            u"host.offline"_s};
}

QString Webhook::testEventType()
{
    return u"webhook.test"_s;
}

QJsonObject Webhook::toJson() const
{
    QJsonObject o{
        {u"id"_s, id},
        {u"customerId"_s, customerId},
        {u"tenantId"_s, tenantId > 0 ? QJsonValue(tenantId) : QJsonValue()},
        {u"name"_s, name},
        {u"url"_s, url},
        {u"events"_s, json::strings(events)},
        {u"enabled"_s, enabled},
        {u"failureCount"_s, failureCount},
        {u"lastTriggeredAt"_s, json::timestamp(lastTriggeredAt)},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
    };
    if (!secret.isEmpty())
        o.insert(u"secret"_s, secret);
    return o;
}

Result<Webhook> Webhook::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Webhook w;
    w.id = r.int64(u"id"_s);
    w.customerId = r.int64(u"customerId"_s);
    w.tenantId = r.optionalInt64(u"tenantId"_s).value_or(0);
    w.name = r.string(u"name"_s);
    w.url = r.string(u"url"_s);
    w.events = r.stringList(u"events"_s);
    w.enabled = r.boolean(u"enabled"_s, true);
    w.failureCount = r.integer(u"failureCount"_s);
    w.lastTriggeredAt = r.timestamp(u"lastTriggeredAt"_s);
    w.createdAt = r.timestamp(u"createdAt"_s);
    w.updatedAt = r.timestamp(u"updatedAt"_s);
    w.secret = r.string(u"secret"_s);
    return r.finish(std::move(w));
}

QList<FieldError> Webhook::validate() const
{
    Validator v;
    v.requiredMaxLength(u"name"_s, name.trimmed(), MaxNameLength);
    QList<FieldError> errors = v.errors();
    const QUrl parsed(url, QUrl::StrictMode);
    if (url.trimmed().isEmpty())
        errors.append({u"url"_s, u"url is required"_s});
    else if (url.size() > MaxUrlLength)
        errors.append({u"url"_s, u"url must be at most %1 characters"_s.arg(MaxUrlLength)});
    else if (!parsed.isValid() || parsed.host().isEmpty())
        errors.append({u"url"_s, u"url must be an absolute http:// or https:// URL"_s});
    else if (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s)
        errors.append({u"url"_s, u"url must use http or https, not %1"_s.arg(parsed.scheme())});
    else if (!parsed.userInfo().isEmpty())
        errors.append({u"url"_s, u"url must not contain a user name or password"_s});
    if (events.isEmpty())
        errors.append({u"events"_s, u"choose at least one event"_s});
    const QStringList known = eventTypes();
    for (const QString &event : events)
        if (!known.contains(event)) {
            errors.append({u"events"_s, u"unknown event %1 (known: %2)"_s.arg(
                                            event.left(64), known.join(u", "_s))});
            break;
        }
    return errors;
}

} // namespace remotegpu
