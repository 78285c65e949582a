#pragma once

#include "ApiCall.h"
#include "Page.h"
#include "Webhook.h"
#include "WebhookAttempt.h"

#include <QList>

namespace remotegpu {

// The webhook routes as typed calls (docs/api.md, "Webhooks"): /api/admin/webhooks for an
// administrator, /api/customer/webhooks for a tenant's people.
class WebhooksApi
{
public:
    enum class Area { Admin, Customer };

    WebhooksApi(ApiClient *client, Area area)
        : m_client(client)
        , m_area(area)
    {}

    void setArea(Area area) { m_area = area; }
    Area area() const { return m_area; }

    void list(QObject *context, Reply<QList<Webhook>> reply) const;
    // The answer carries the secret (Webhook::secret), shown once.
    void create(const Webhook &webhook, QObject *context, Reply<Webhook> reply) const;
    void update(const Webhook &webhook, QObject *context, Reply<Webhook> reply) const;
    void remove(qint64 id, QObject *context, Reply<void> reply) const;
    void rotateSecret(qint64 id, QObject *context, Reply<Webhook> reply) const;
    void sendTest(qint64 id, QObject *context, Reply<void> reply) const;
    void deliveries(qint64 id, const PageRequest &request, QObject *context,
                    Reply<Page<WebhookAttempt>> reply) const;

private:
    QString base() const;
    QString item(qint64 id) const;

    ApiClient *m_client;
    Area m_area;
};

} // namespace remotegpu
