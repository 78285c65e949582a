#pragma once

#include "ClientInfo.h"
#include "Customer.h"
#include "Notification.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"
#include "SshKey.h"
#include "SystemSetting.h"

#include <QJsonObject>
#include <QList>

namespace remotegpu {

class DatabasePool;

// Platform settings, and what each account manages about itself: its notifications, profile,
// notification preferences and SSH keys (issue 4 item 6). Account-level calls act on the
// principal's own rows only; another account's row reads as absent (404).
class SettingsService
{
public:
    explicit SettingsService(DatabasePool &pool)
        : m_pool(pool)
    {}

    // Admins: every setting; customer owners: the is_public ones.
    Result<QList<SystemSetting>> settings(const Principal &principal);
    // {"key": value, …}: every key must exist and every value match its type, or nothing is
    // written. Answers the settings as they now are.
    Result<QList<SystemSetting>> updateSettings(const Principal &principal, const QJsonObject &body,
                                                const ClientInfo &client);

    Result<Page<Notification>> notifications(const Principal &principal,
                                             const PageRequest &request);
    Result<qint64> unreadNotifications(const Principal &principal);
    Result<void> markNotificationRead(const Principal &principal, qint64 id);
    Result<qint64> markAllNotificationsRead(const Principal &principal);

    Result<Customer> profile(const Principal &principal);
    Result<Customer> updateProfile(const Principal &principal, const QJsonObject &body,
                                   const ClientInfo &client);

    // The known preferences with their defaults filled in.
    Result<QJsonObject> notificationSettings(const Principal &principal);
    Result<QJsonObject> updateNotificationSettings(const Principal &principal,
                                                   const QJsonObject &body);
    static const QJsonObject &defaultNotificationSettings();

    Result<QList<SshKey>> sshKeys(const Principal &principal);
    Result<SshKey> addSshKey(const Principal &principal, const QJsonObject &body,
                             const ClientInfo &client);
    Result<void> removeSshKey(const Principal &principal, qint64 id, const ClientInfo &client);

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
