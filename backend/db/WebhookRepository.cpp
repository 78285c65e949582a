#include "WebhookRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns =
    u"id, customer_id, tenant_id, name, url, array_to_string(events, ','), enabled, "
    "failure_count, last_triggered_at, created_at, updated_at"_s;

Webhook fromRow(const QSqlQuery &q)
{
    Webhook w;
    w.id = q.value(0).toLongLong();
    w.customerId = q.value(1).toLongLong();
    w.tenantId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    w.name = q.value(3).toString();
    w.url = q.value(4).toString();
    w.events = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
    w.enabled = q.value(6).toBool();
    w.failureCount = q.value(7).toInt();
    w.lastTriggeredAt = sql::utcTime(q.value(8));
    w.createdAt = sql::utcTime(q.value(9));
    w.updatedAt = sql::utcTime(q.value(10));
    return w;
}

Result<std::optional<Webhook>> oneOrNone(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Webhook>();
    return std::optional<Webhook>(fromRow(**q));
}

} // namespace

Result<QList<Webhook>> WebhookRepository::list(qint64 scopeTenant)
{
    auto q = m_session.exec(u"SELECT "_s + kColumns +
                                u" FROM webhooks WHERE (?::bigint = 0 OR tenant_id = ?) "
                                "ORDER BY created_at, id"_s,
                            {scopeTenant, scopeTenant});
    if (!q)
        return q.error();
    QList<Webhook> hooks;
    while ((*q)->next())
        hooks.append(fromRow(**q));
    return hooks;
}

Result<std::optional<Webhook>> WebhookRepository::find(qint64 id, qint64 scopeTenant)
{
    return oneOrNone(m_session.exec(u"SELECT "_s + kColumns +
                                        u" FROM webhooks WHERE id = ? "
                                        "AND (?::bigint = 0 OR tenant_id = ?)"_s,
                                    {id, scopeTenant, scopeTenant}));
}

Result<Webhook> WebhookRepository::insert(qint64 customerId, const Webhook &w,
                                          const QString &secret)
{
    auto q =
        m_session.exec(u"INSERT INTO webhooks (customer_id, name, url, secret, events, "
                       "enabled) VALUES (?, ?, ?, ?, ?::text[], ?) RETURNING "_s +
                           kColumns,
                       {customerId, w.name, w.url, secret, sql::textArray(w.events), w.enabled});
    if (!q)
        return q.error();
    (*q)->next();
    return fromRow(**q);
}

Result<std::optional<Webhook>> WebhookRepository::update(qint64 id, qint64 scopeTenant,
                                                         const Webhook &w)
{
    // A webhook enabled again starts counting failures afresh.
    return oneOrNone(
        m_session.exec(u"UPDATE webhooks SET name = ?, url = ?, events = ?::text[], enabled = ?, "
                       "failure_count = CASE WHEN ? AND NOT enabled THEN 0 ELSE failure_count END "
                       "WHERE id = ? AND (?::bigint = 0 OR tenant_id = ?) RETURNING "_s +
                           kColumns,
                       {w.name, w.url, sql::textArray(w.events), w.enabled, w.enabled, id,
                        scopeTenant, scopeTenant}));
}

Result<bool> WebhookRepository::remove(qint64 id, qint64 scopeTenant)
{
    auto q = m_session.exec(u"DELETE FROM webhooks WHERE id = ? "
                            "AND (?::bigint = 0 OR tenant_id = ?) RETURNING id"_s,
                            {id, scopeTenant, scopeTenant});
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<bool> WebhookRepository::setSecret(qint64 id, qint64 scopeTenant, const QString &secret)
{
    auto q = m_session.exec(u"UPDATE webhooks SET secret = ? WHERE id = ? "
                            "AND (?::bigint = 0 OR tenant_id = ?) RETURNING id"_s,
                            {secret, id, scopeTenant, scopeTenant});
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<Page<WebhookAttempt>> WebhookRepository::attempts(qint64 webhookId,
                                                         const PageRequest &request)
{
    auto total =
        m_session.exec(u"SELECT count(*) FROM webhook_logs WHERE webhook_id = ?"_s, {webhookId});
    if (!total)
        return total.error();
    (*total)->next();
    const qint64 count = (*total)->value(0).toLongLong();
    auto q = m_session.exec(
        u"SELECT id, webhook_id, delivery_id, event_id::text, event_type, attempt, status_code, "
        "duration_ms, error_message, response_body, created_at FROM webhook_logs "
        "WHERE webhook_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"_s,
        {webhookId, request.pageSize, request.offset()});
    if (!q)
        return q.error();
    QList<WebhookAttempt> list;
    while ((*q)->next()) {
        WebhookAttempt a;
        a.id = (*q)->value(0).toLongLong();
        a.webhookId = (*q)->value(1).toLongLong();
        a.deliveryId = (*q)->value(2).toLongLong();
        a.eventId = (*q)->value(3).toString();
        a.eventType = (*q)->value(4).toString();
        a.attempt = (*q)->value(5).toInt();
        a.statusCode = (*q)->value(6).toInt();
        a.durationMs = (*q)->value(7).toInt();
        a.error = (*q)->value(8).toString();
        a.responseBody = (*q)->value(9).toString();
        a.createdAt = sql::utcTime((*q)->value(10));
        list.append(a);
    }
    return Page<WebhookAttempt>::of(list, count, request);
}

Result<QString> WebhookRepository::enqueueTest(const Webhook &webhook, const QJsonObject &data)
{
    auto q = m_session.exec(
        u"WITH e AS (INSERT INTO webhook_events (event_type, tenant_id, payload) "
        "VALUES (?, ?, jsonb_build_object('type', ?::text, 'timestamp', "
        "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "'data', ?::jsonb)) RETURNING id, event_type, tenant_id, payload) "
        "INSERT INTO webhook_deliveries (event_id, webhook_id, event_type, tenant_id, payload) "
        "SELECT id, ?, event_type, tenant_id, payload FROM e RETURNING event_id::text"_s,
        {Webhook::testEventType(),
         sql::nullableId(webhook.tenantId > 0 ? std::optional<qint64>(webhook.tenantId)
                                              : std::nullopt),
         Webhook::testEventType(), sql::jsonText(data), webhook.id});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toString();
}

Result<int> WebhookRepository::cancelPending(qint64 webhookId)
{
    auto q = m_session.exec(u"UPDATE webhook_deliveries SET status = 'cancelled', "
                            "finished_at = now() WHERE webhook_id = ? AND status = 'pending'"_s,
                            {webhookId});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

} // namespace remotegpu
