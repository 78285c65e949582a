#pragma once

#include "ApiCall.h"
#include "CustomerMachine.h"
#include "Notification.h"
#include "Page.h"
#include "PageRequest.h"
#include "SshKey.h"

#include <QList>

namespace remotegpu {

// The customer side's typed calls (docs/api.md, "Customer workbench and machines" and
// "Settings, notifications, profile and SSH keys"): what an owner or member sees of their tenant.
class CustomerApi
{
public:
    explicit CustomerApi(ApiClient *client)
        : m_client(client)
    {}

    // GET /api/customer/machines: the machines the caller's tenant holds now.
    void machines(const PageRequest &request, QObject *context,
                  Reply<Page<CustomerMachine>> reply) const;
    // GET /api/customer/machines/:id, with its GPUs.
    void machine(const QString &id, QObject *context, Reply<CustomerMachine> reply) const;

    // GET /api/customer/notifications (the caller's own, newest first).
    void notifications(const PageRequest &request, QObject *context,
                       Reply<Page<Notification>> reply) const;
    void markRead(qint64 id, QObject *context, Reply<void> reply) const;
    void markAllRead(QObject *context, Reply<void> reply) const;

    // The caller's SSH keys.
    void sshKeys(QObject *context, Reply<QList<SshKey>> reply) const;
    void addSshKey(const QString &name, const QString &publicKey, QObject *context,
                   Reply<SshKey> reply) const;
    void deleteSshKey(qint64 id, QObject *context, Reply<void> reply) const;

private:
    ApiClient *m_client;
};

} // namespace remotegpu
