#pragma once

#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace remotegpu {

// An endpoint that receives fleet events (table `webhooks`). tenantId 0 is a platform webhook
// (an administrator's), which receives the events of every tenant; a tenant's webhook receives
// only its own tenant's. The signing secret is never part of a listing: it is sent once, in the
// answer that creates or rotates it (`secret`, empty otherwise).
struct Webhook
{
    qint64 id = 0;
    qint64 customerId = 0; // who registered it
    qint64 tenantId = 0;   // 0: platform-wide
    QString name;
    QString url;
    QStringList events;
    bool enabled = true;
    int failureCount = 0; // deliveries that ran out of attempts since the last success
    QDateTime lastTriggeredAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString secret; // "whsec_<base64>", only right after create or rotate

    static constexpr qsizetype MaxNameLength = 256;
    static constexpr qsizetype MaxUrlLength = 512;

    // The event types a webhook may subscribe to, in the order the console lists them.
    static QStringList eventTypes();
    // The event a "send test" request produces; not subscribable.
    static QString testEventType();

    QJsonObject toJson() const;
    static Result<Webhook> fromJson(const QJsonObject &json);
    // name, url (http/https, a host, at most MaxUrlLength) and events (at least one, all known).
    // Where the URL points (private addresses) is the server's decision, not checked here.
    QList<FieldError> validate() const;

    friend bool operator==(const Webhook &, const Webhook &) = default;
};

} // namespace remotegpu
