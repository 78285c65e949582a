#include "NotificationService.h"

#include "CustomerAdminRepository.h"
#include "NotificationRepository.h"
#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<Page<Notification>> NotificationService::list(const Principal &principal,
                                                     const PageRequest &request)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return NotificationRepository(*session).list(request, principal.id);
}

Result<qint64> NotificationService::unreadCount(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return NotificationRepository(*session).unreadCount(principal.id);
}

Result<void> NotificationService::markRead(const Principal &principal, qint64 id)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto marked = NotificationRepository(*session).markRead(id, principal.id);
    if (!marked)
        return marked.error();
    if (!*marked)
        return Error::notFound(u"Notification %1 not found"_s.arg(id));
    return {};
}

Result<qint64> NotificationService::markAllRead(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return NotificationRepository(*session).markAllRead(principal.id);
}

Result<NotificationPreferences> NotificationService::preferences(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto stored = CustomerAdminRepository(*session).notificationSettings(principal.id);
    if (!stored)
        return stored.error();
    return NotificationPreferences::fromStored(*stored);
}

Result<NotificationPreferences>
NotificationService::updatePreferences(const Principal &principal,
                                       const NotificationPreferences::Change &change)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto stored =
        CustomerAdminRepository(*session).mergeNotificationSettings(principal.id, change.toJson());
    if (!stored)
        return stored.error();
    return NotificationPreferences::fromStored(*stored);
}

} // namespace remotegpu
