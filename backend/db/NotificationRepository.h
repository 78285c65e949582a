#pragma once

#include "Notification.h"
#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

#include <optional>

namespace remotegpu {

class SqlSession;

// notifications: each account reads and marks only its own.
class NotificationRepository
{
public:
    explicit NotificationRepository(SqlSession &session)
        : m_session(session)
    {}

    static const QStringList &sortableFields();
    static const QStringList &filterableFields();
    Result<Page<Notification>> list(const PageRequest &request, qint64 customerId);
    Result<qint64> unreadCount(qint64 customerId);
    // False when the account has no such notification.
    Result<bool> markRead(qint64 id, qint64 customerId);
    // How many were unread.
    Result<qint64> markAllRead(qint64 customerId);

    // A notification the server sends (type and level as the table's CHECKs name them).
    struct NewNotification
    {
        qint64 customerId = 0;
        std::optional<qint64> tenantId;
        QString title;
        QString content;
        QString type;
        QString level;
        QString resourceType;
        QString resourceId;
        QString dedupeKey; // one notification per account and key
    };
    // False when the account already has a notification with the same dedupe key.
    Result<bool> insertOnce(const NewNotification &n);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
