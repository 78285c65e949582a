#include "NotificationService.h"

#include "CustomerAdminRepository.h"
#include "NotificationRepository.h"
#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The known preferences: stored values where they are true or false, defaults for the rest.
QJsonObject withDefaults(const QJsonObject &stored)
{
    QJsonObject merged = NotificationService::defaultPreferences();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (merged.contains(it.key()) && it.value().isBool())
            merged.insert(it.key(), it.value());
    }
    return merged;
}

} // namespace

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

const QJsonObject &NotificationService::defaultPreferences()
{
    static const QJsonObject defaults{{u"email"_s, true},
                                      {u"expiryReminders"_s, true},
                                      {u"alerts"_s, true},
                                      {u"taskUpdates"_s, true}};
    return defaults;
}

Result<QJsonObject> NotificationService::preferences(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto stored = CustomerAdminRepository(*session).notificationSettings(principal.id);
    if (!stored)
        return stored.error();
    return withDefaults(*stored);
}

Result<QJsonObject> NotificationService::updatePreferences(const Principal &principal,
                                                           const QJsonObject &body)
{
    const QJsonObject &defaults = defaultPreferences();
    QList<FieldError> errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!defaults.contains(it.key()))
            errors.append({it.key(), u"unknown notification setting %1 (known: %2)"_s.arg(
                                         it.key(), defaults.keys().join(u", "_s))});
        else if (!it.value().isBool())
            errors.append({it.key(), u"%1 must be true or false"_s.arg(it.key())});
    }
    if (!errors.isEmpty())
        return Error::invalidFields(errors);
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto stored = CustomerAdminRepository(*session).mergeNotificationSettings(principal.id, body);
    if (!stored)
        return stored.error();
    return withDefaults(*stored);
}

} // namespace remotegpu
