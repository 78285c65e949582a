#include "WebhookDeliveryRepository.h"

#include "SettingsRepository.h"
#include "SqlSession.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<int> WebhookDeliveryRepository::scanExpiring(const QDateTime &now)
{
    auto q = m_session.exec(u"SELECT remotegpu_webhook_scan_expiring(?)"_s, {now});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toInt();
}

Result<QList<ClaimedDelivery>>
WebhookDeliveryRepository::claimDue(const QDateTime &now, const QDateTime &leaseUntil, int limit)
{
    auto q = m_session.exec(
        u"WITH due AS (SELECT id FROM webhook_deliveries WHERE status = 'pending' "
        "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED) "
        "UPDATE webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = ? "
        "FROM due, webhooks w WHERE d.id = due.id AND w.id = d.webhook_id "
        "RETURNING d.id, d.event_id::text, d.event_type, d.payload::text, d.attempts, w.id, "
        "w.url, coalesce(w.secret, ''), w.enabled"_s,
        {now, limit, leaseUntil});
    if (!q)
        return q.error();
    QList<ClaimedDelivery> claimed;
    while ((*q)->next())
        claimed.append({(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                        (*q)->value(2).toString(), (*q)->value(3).toString().toUtf8(),
                        (*q)->value(4).toInt(), (*q)->value(5).toLongLong(),
                        (*q)->value(6).toString(), (*q)->value(7).toString(),
                        (*q)->value(8).toBool()});
    return claimed;
}

Result<void> WebhookDeliveryRepository::record(const ClaimedDelivery &d,
                                               const DeliveryOutcome &outcome)
{
    using Next = DeliveryOutcome::Next;
    Transaction tx(m_session);
    if (auto r = tx.begin(); !r)
        return r;
    const QVariant status =
        outcome.statusCode > 0 ? QVariant(outcome.statusCode) : QVariant(QMetaType(QMetaType::Int));
    const QVariant error =
        outcome.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(outcome.error);
    auto log = m_session.exec(
        u"INSERT INTO webhook_logs (webhook_id, delivery_id, event_id, event_type, payload, "
        "status_code, response_body, error_message, attempt, duration_ms) "
        "SELECT ?, ?, ?::uuid, ?, payload, ?, ?, ?, ?, ? FROM webhook_deliveries WHERE id = ?"_s,
        {d.webhookId, d.id, d.eventId, d.eventType, status, QString::fromUtf8(outcome.responseBody),
         error, d.attempt, outcome.durationMs, d.id});
    if (!log)
        return log.error();
    switch (outcome.next) {
    case Next::Delivered: {
        auto q = m_session.exec(u"UPDATE webhook_deliveries SET status = 'delivered', "
                                "last_status_code = ?, last_error = NULL, finished_at = now() "
                                "WHERE id = ?"_s,
                                {status, d.id});
        if (!q)
            return q.error();
        auto w = m_session.exec(u"UPDATE webhooks SET last_triggered_at = now(), "
                                "failure_count = 0 WHERE id = ?"_s,
                                {d.webhookId});
        if (!w)
            return w.error();
        break;
    }
    case Next::Retry: {
        auto q = m_session.exec(u"UPDATE webhook_deliveries SET next_attempt_at = ?, "
                                "last_status_code = ?, last_error = ? WHERE id = ?"_s,
                                {outcome.nextAttemptAt, status, error, d.id});
        if (!q)
            return q.error();
        break;
    }
    case Next::Failed:
    case Next::Gone: {
        auto q = m_session.exec(u"UPDATE webhook_deliveries SET status = 'failed', "
                                "last_status_code = ?, last_error = ?, finished_at = now() "
                                "WHERE id = ?"_s,
                                {status, error, d.id});
        if (!q)
            return q.error();
        // 410 Gone: the receiver says the endpoint no longer exists; stop sending it anything.
        auto w = m_session.exec(
            u"UPDATE webhooks SET failure_count = failure_count + 1, last_triggered_at = now(), "
            "enabled = enabled AND NOT ? WHERE id = ?"_s,
            {outcome.next == Next::Gone, d.webhookId});
        if (!w)
            return w.error();
        if (outcome.next == Next::Gone) {
            auto c = m_session.exec(u"UPDATE webhook_deliveries SET status = 'cancelled', "
                                    "finished_at = now() WHERE webhook_id = ? "
                                    "AND status = 'pending' AND id <> ?"_s,
                                    {d.webhookId, d.id});
            if (!c)
                return c.error();
        }
        break;
    }
    }
    return tx.commit();
}

Result<void> WebhookDeliveryRepository::cancel(qint64 deliveryId)
{
    auto q = m_session.exec(u"UPDATE webhook_deliveries SET status = 'cancelled', "
                            "finished_at = now() WHERE id = ?"_s,
                            {deliveryId});
    if (!q)
        return q.error();
    return {};
}

Result<bool> WebhookDeliveryRepository::privateTargetsAllowed()
{
    return SettingsRepository(m_session).boolValue(u"webhook_allow_private_targets"_s, false);
}

} // namespace remotegpu
