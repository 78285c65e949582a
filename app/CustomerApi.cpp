#include "CustomerApi.h"

#include <QUrl>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void CustomerApi::machines(const PageRequest &request, QObject *context,
                           Reply<Page<CustomerMachine>> reply) const
{
    api::page<CustomerMachine>(*m_client, u"/api/customer/machines"_s, request, context,
                               std::move(reply));
}

void CustomerApi::machine(const QString &id, QObject *context, Reply<CustomerMachine> reply) const
{
    api::get<CustomerMachine>(
        *m_client, u"/api/customer/machines/"_s + QString::fromUtf8(QUrl::toPercentEncoding(id)),
        {}, context, std::move(reply));
}

void CustomerApi::notifications(const PageRequest &request, QObject *context,
                                Reply<Page<Notification>> reply) const
{
    api::page<Notification>(*m_client, u"/api/customer/notifications"_s, request, context,
                            std::move(reply));
}

void CustomerApi::markRead(qint64 id, QObject *context, Reply<void> reply) const
{
    api::post<void>(*m_client, u"/api/customer/notifications/%1/read"_s.arg(id), QJsonObject(),
                    context, std::move(reply));
}

void CustomerApi::markAllRead(QObject *context, Reply<void> reply) const
{
    api::post<void>(*m_client, u"/api/customer/notifications/read-all"_s, QJsonObject(), context,
                    std::move(reply));
}

void CustomerApi::sshKeys(QObject *context, Reply<QList<SshKey>> reply) const
{
    api::get<Page<SshKey>>(*m_client, u"/api/customer/settings/ssh-keys"_s, {}, context,
                           [reply = std::move(reply)](Result<Page<SshKey>> answer) {
                               if (!answer.ok())
                                   reply(std::move(answer).error());
                               else
                                   reply(std::move(answer).value().list);
                           });
}

void CustomerApi::addSshKey(const QString &name, const QString &publicKey, QObject *context,
                            Reply<SshKey> reply) const
{
    QJsonObject body{{u"publicKey"_s, publicKey}};
    if (!name.trimmed().isEmpty())
        body.insert(u"name"_s, name.trimmed());
    api::post<SshKey>(*m_client, u"/api/customer/settings/ssh-keys"_s, body, context,
                      std::move(reply));
}

void CustomerApi::deleteSshKey(qint64 id, QObject *context, Reply<void> reply) const
{
    api::remove<void>(*m_client, u"/api/customer/settings/ssh-keys/%1"_s.arg(id), context,
                      std::move(reply));
}

} // namespace remotegpu
