#include "Notification.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject Notification::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"customerId"_s, customerId},
        {u"title"_s, title},
        {u"content"_s, json::nullable(content)},
        {u"type"_s, type},
        {u"level"_s, json::enumValue(level)},
        {u"isRead"_s, isRead},
        {u"readAt"_s, json::timestamp(readAt)},
        {u"createdAt"_s, json::timestamp(createdAt)},
    };
}

Result<Notification> Notification::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Notification n;
    n.id = r.int64(u"id"_s);
    n.customerId = r.int64(u"customerId"_s);
    n.title = r.string(u"title"_s);
    n.content = r.string(u"content"_s);
    n.type = r.string(u"type"_s);
    n.level = r.enumValue(u"level"_s, n.level);
    n.isRead = r.boolean(u"isRead"_s);
    n.readAt = r.timestamp(u"readAt"_s);
    n.createdAt = r.timestamp(u"createdAt"_s);
    return r.finish(std::move(n));
}

QList<FieldError> Notification::validate() const
{
    Validator v;
    v.requiredId(u"customerId"_s, customerId)
        .requiredMaxLength(u"title"_s, title, 256)
        .requiredMaxLength(u"type"_s, type, 32)
        .notBefore(u"readAt"_s, readAt, u"createdAt"_s, createdAt);
    return v.errors();
}

} // namespace remotegpu
