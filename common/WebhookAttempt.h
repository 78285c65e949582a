#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace remotegpu {

// One delivery attempt of one event to one webhook (table `webhook_logs`): what the receiver
// answered (statusCode 0: no HTTP answer, see error), how long it took, and the start of its
// answer (at most 2 KiB).
struct WebhookAttempt
{
    qint64 id = 0;
    qint64 webhookId = 0;
    qint64 deliveryId = 0;
    QString eventId;
    QString eventType;
    int attempt = 1;
    int statusCode = 0;
    int durationMs = 0;
    QString error;
    QString responseBody;
    QDateTime createdAt;

    // A 2xx answer.
    bool succeeded() const { return statusCode >= 200 && statusCode < 300; }

    QJsonObject toJson() const;
    static Result<WebhookAttempt> fromJson(const QJsonObject &json);

    friend bool operator==(const WebhookAttempt &, const WebhookAttempt &) = default;
};

} // namespace remotegpu
