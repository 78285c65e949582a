#pragma once

#include "ClientInfo.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"
#include "Webhook.h"
#include "WebhookAttempt.h"
#include "WebhookChange.h"

#include <QList>

#include <functional>

namespace remotegpu {

class DatabasePool;

// Registering and managing webhooks. Administrators manage every webhook (theirs receive every
// tenant's events); a customer owner manages its own tenant's; a member may only read them.
// Another tenant's webhook reads as absent (404). Create, update, delete and secret rotation are
// audited in the same transaction.
class WebhookService
{
public:
    // `deliverNow`: asks the delivery worker to look for due deliveries at once (send test).
    explicit WebhookService(DatabasePool &pool, std::function<void()> deliverNow = {})
        : m_pool(pool)
        , m_deliverNow(std::move(deliverNow))
    {}

    Result<QList<Webhook>> list(const Principal &principal);
    // The answer carries the new secret, the only time it is shown besides a rotation.
    Result<Webhook> create(const Principal &principal, const WebhookChange &fields,
                           const ClientInfo &client);
    Result<Webhook> update(const Principal &principal, qint64 id, const WebhookChange &change,
                           const ClientInfo &client);
    Result<void> remove(const Principal &principal, qint64 id, const ClientInfo &client);
    Result<Webhook> rotateSecret(const Principal &principal, qint64 id, const ClientInfo &client);
    // Queues a webhook.test event for this webhook alone; its id.
    Result<QString> sendTest(const Principal &principal, qint64 id);
    Result<Page<WebhookAttempt>> attempts(const Principal &principal, qint64 id,
                                          const PageRequest &request);

private:
    Result<void> checkTarget(const QString &url) const;

    DatabasePool &m_pool;
    std::function<void()> m_deliverNow;
};

} // namespace remotegpu
