#pragma once

#include "Page.h"
#include "PageRequest.h"
#include "Result.h"
#include "Webhook.h"
#include "WebhookAttempt.h"

#include <QList>

#include <optional>

namespace remotegpu {

class SqlSession;

// webhooks and their attempt log. `scopeTenant` limits every call to one tenant's webhooks
// (0: every webhook, for administrators), so another tenant's webhook reads as absent.
class WebhookRepository
{
public:
    explicit WebhookRepository(SqlSession &session)
        : m_session(session)
    {}

    Result<QList<Webhook>> list(qint64 scopeTenant);
    Result<std::optional<Webhook>> find(qint64 id, qint64 scopeTenant);
    // The secret is stored (deliveries are signed with it) but never read back by list/find.
    Result<Webhook> insert(qint64 customerId, const Webhook &webhook, const QString &secret);
    Result<std::optional<Webhook>> update(qint64 id, qint64 scopeTenant, const Webhook &webhook);
    Result<bool> remove(qint64 id, qint64 scopeTenant);
    Result<bool> setSecret(qint64 id, qint64 scopeTenant, const QString &secret);
    // Newest first.
    Result<Page<WebhookAttempt>> attempts(qint64 webhookId, const PageRequest &request);
    // A webhook.test event for this webhook alone, due at once; the event's id.
    Result<QString> enqueueTest(const Webhook &webhook, const QJsonObject &data);
    // Deliveries still waiting for this webhook are dropped (it was disabled or deleted).
    Result<int> cancelPending(qint64 webhookId);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
