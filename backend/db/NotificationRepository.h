#pragma once

#include "Notification.h"
#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

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

private:
    SqlSession &m_session;
};

} // namespace remotegpu
