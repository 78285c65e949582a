#pragma once

#include "Notification.h"
#include "NotificationPreferences.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"

namespace remotegpu {

class DatabasePool;

// Each account's own notifications and its notification preferences; another account's
// notification reads as absent (404).
class NotificationService
{
public:
    explicit NotificationService(DatabasePool &pool)
        : m_pool(pool)
    {}

    Result<Page<Notification>> list(const Principal &principal, const PageRequest &request);
    Result<qint64> unreadCount(const Principal &principal);
    Result<void> markRead(const Principal &principal, qint64 id);
    Result<qint64> markAllRead(const Principal &principal);

    // The preferences with their defaults filled in.
    Result<NotificationPreferences> preferences(const Principal &principal);
    // Stores the settings the change gives; answers them all, as preferences() does.
    Result<NotificationPreferences>
    updatePreferences(const Principal &principal, const NotificationPreferences::Change &change);

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
