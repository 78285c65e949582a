#include "WebhooksApi.h"

#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject bodyOf(const Webhook &w)
{
    return QJsonObject{{u"name"_s, w.name},
                       {u"url"_s, w.url},
                       {u"events"_s, json::strings(w.events)},
                       {u"enabled"_s, w.enabled}};
}

} // namespace

QString WebhooksApi::base() const
{
    return m_area == Area::Admin ? u"/api/admin/webhooks"_s : u"/api/customer/webhooks"_s;
}

QString WebhooksApi::item(qint64 id) const
{
    return base() + u'/' + QString::number(id);
}

void WebhooksApi::list(QObject *context, Reply<QList<Webhook>> reply) const
{
    api::get<Page<Webhook>>(*m_client, base(), {}, context,
                            [reply = std::move(reply)](Result<Page<Webhook>> answer) {
                                if (!answer.ok())
                                    reply(std::move(answer).error());
                                else
                                    reply(std::move(answer).value().list);
                            });
}

void WebhooksApi::create(const Webhook &webhook, QObject *context, Reply<Webhook> reply) const
{
    api::post<Webhook>(*m_client, base(), bodyOf(webhook), context, std::move(reply));
}

void WebhooksApi::update(const Webhook &webhook, QObject *context, Reply<Webhook> reply) const
{
    api::put<Webhook>(*m_client, item(webhook.id), bodyOf(webhook), context, std::move(reply));
}

void WebhooksApi::remove(qint64 id, QObject *context, Reply<void> reply) const
{
    api::remove<void>(*m_client, item(id), context, std::move(reply));
}

void WebhooksApi::rotateSecret(qint64 id, QObject *context, Reply<Webhook> reply) const
{
    api::post<Webhook>(*m_client, item(id) + u"/rotate-secret"_s, QJsonObject{}, context,
                       std::move(reply));
}

void WebhooksApi::sendTest(qint64 id, QObject *context, Reply<void> reply) const
{
    api::post<void>(*m_client, item(id) + u"/test"_s, QJsonObject{}, context, std::move(reply));
}

void WebhooksApi::deliveries(qint64 id, const PageRequest &request, QObject *context,
                             Reply<Page<WebhookAttempt>> reply) const
{
    api::page<WebhookAttempt>(*m_client, item(id) + u"/deliveries"_s, request, context,
                              std::move(reply));
}

} // namespace remotegpu
