#include "SettingsService.h"

#include "AuditRepository.h"
#include "CustomerAdminRepository.h"
#include "CustomerService.h"
#include "NotificationRepository.h"
#include "SettingsRepository.h"
#include "SqlSession.h"
#include "SshKeyRepository.h"
#include "SshPublicKey.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

AuditEntry auditOf(const ClientInfo &client, const Principal &p, const QString &action,
                   const QString &resourceType, const QString &resourceId, QJsonObject detail)
{
    AuditEntry e = client.auditBy(p, action, resourceType, resourceId);
    if (p.scopeTenant() != 0)
        e.tenantId = p.scopeTenant();
    e.detail = std::move(detail);
    return e;
}

// The known preferences: stored values where they are true or false, defaults for the rest.
QJsonObject withDefaults(const QJsonObject &stored)
{
    QJsonObject merged = SettingsService::defaultNotificationSettings();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (merged.contains(it.key()) && it.value().isBool())
            merged.insert(it.key(), it.value());
    }
    return merged;
}

} // namespace

Result<QList<SystemSetting>> SettingsService::settings(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto rows = SettingsRepository(*session).stored(!principal.isAdmin());
    if (!rows)
        return rows.error();
    QList<SystemSetting> list;
    for (const SettingsRepository::Stored &s : std::as_const(*rows))
        list.append(s.setting);
    return list;
}

Result<QList<SystemSetting>> SettingsService::updateSettings(const Principal &principal,
                                                             const QJsonObject &body,
                                                             const ClientInfo &client)
{
    if (!principal.isAdmin())
        return Error::forbidden(u"Only administrators change platform settings"_s);
    if (body.isEmpty())
        return Error::badRequest(u"Give at least one setting to change, as {\"key\": value}"_s);
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    SettingsRepository settings(*session);
    if (auto lock = settings.lockAll(); !lock)
        return lock.error();
    auto rows = settings.stored(false);
    if (!rows)
        return rows.error();
    QHash<QString, SettingsRepository::Stored> byKey;
    for (const SettingsRepository::Stored &s : std::as_const(*rows))
        byKey.insert(s.setting.key, s);

    QList<FieldError> errors;
    QList<SystemSetting> changed;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!byKey.contains(it.key())) {
            errors.append({it.key(), u"unknown setting %1"_s.arg(it.key())});
            continue;
        }
        SystemSetting s = byKey.value(it.key()).setting;
        if (!SystemSetting::matchesType(s.type, it.value())) {
            errors.append(
                {it.key(), u"%1 %2"_s.arg(it.key(), SystemSetting::typeRequirement(s.type))});
            continue;
        }
        if (s.type == SettingType::Int && it.value().toInteger() < 0) {
            errors.append({it.key(), u"%1 must not be negative"_s.arg(it.key())});
            continue;
        }
        s.value = it.value();
        changed.append(s);
    }
    if (!errors.isEmpty())
        return Error::invalidFields(errors);

    QJsonObject changes;
    for (const SystemSetting &s : std::as_const(changed)) {
        const SettingsRepository::Stored &before = byKey[s.key];
        const QString text = s.columnValue();
        if (text == before.rawValue)
            continue;
        if (auto u = settings.setValue(s.key, text); !u)
            return u.error();
        changes.insert(s.key, QJsonObject{{u"old"_s, before.setting.value}, {u"new"_s, s.value}});
    }
    if (!changes.isEmpty()) {
        if (auto r = AuditRepository(*session).insert(
                auditOf(client, principal, u"settings.update"_s, u"system_config"_s,
                        changes.keys().join(u','), QJsonObject{{u"changes"_s, changes}}));
            !r)
            return r.error();
    }
    auto after = settings.stored(false);
    if (!after)
        return after.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    QList<SystemSetting> list;
    for (const SettingsRepository::Stored &s : std::as_const(*after))
        list.append(s.setting);
    return list;
}

Result<Page<Notification>> SettingsService::notifications(const Principal &principal,
                                                          const PageRequest &request)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return NotificationRepository(*session).list(request, principal.id);
}

Result<qint64> SettingsService::unreadNotifications(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return NotificationRepository(*session).unreadCount(principal.id);
}

Result<void> SettingsService::markNotificationRead(const Principal &principal, qint64 id)
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

Result<qint64> SettingsService::markAllNotificationsRead(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return NotificationRepository(*session).markAllRead(principal.id);
}

Result<Customer> SettingsService::profile(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto account = CustomerAdminRepository(*session).find(principal.id, 0);
    if (!account)
        return account.error();
    if (!*account)
        return Error::notFound(u"Your account no longer exists"_s);
    return (*account)->customer;
}

Result<Customer> SettingsService::updateProfile(const Principal &principal, const QJsonObject &body,
                                                const ClientInfo &client)
{
    static const QStringList editable = {u"displayName"_s, u"fullName"_s, u"phone"_s,
                                         u"avatarUrl"_s, u"company"_s};
    static const QStringList elsewhere = {u"email"_s,    u"role"_s,   u"tenantId"_s,
                                          u"username"_s, u"status"_s, u"password"_s};
    QList<FieldError> errors;
    QStringList changed;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        if (elsewhere.contains(key)) {
            errors.append(
                {key,
                 key == u"password"_s
                     ? u"password is changed through the password reset, not the profile"_s
                     : u"%1 cannot be changed in your profile; ask an administrator"_s.arg(key)});
            continue;
        }
        if (!editable.contains(key)) {
            errors.append({key, u"unknown field %1"_s.arg(key)});
            continue;
        }
        if (key == u"company"_s && principal.role != Role::CustomerOwner)
            return Error::forbidden(u"Only the tenant's owner can change the company name"_s);
        changed.append(key);
    }
    Customer requested;
    errors.append(requested.applyTextFields(body, changed));
    if (!errors.isEmpty())
        return Error::invalidFields(errors);
    const QVariantMap columns = CustomerService::columnsOf(requested, changed);
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    CustomerAdminRepository customers(*session);
    if (auto r = customers.update(principal.id, columns); !r)
        return r.error();
    QJsonObject fields;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    if (auto r = AuditRepository(*session).insert(
            auditOf(client, principal, u"profile.update"_s, u"customer"_s,
                    QString::number(principal.id), QJsonObject{{u"fields"_s, fields}}));
        !r)
        return r.error();
    auto after = customers.find(principal.id, 0);
    if (!after)
        return after.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    if (!*after)
        return Error::notFound(u"Your account no longer exists"_s);
    return (*after)->customer;
}

const QJsonObject &SettingsService::defaultNotificationSettings()
{
    static const QJsonObject defaults{{u"email"_s, true},
                                      {u"expiryReminders"_s, true},
                                      {u"alerts"_s, true},
                                      {u"taskUpdates"_s, true}};
    return defaults;
}

Result<QJsonObject> SettingsService::notificationSettings(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto stored = CustomerAdminRepository(*session).notificationSettings(principal.id);
    if (!stored)
        return stored.error();
    return withDefaults(*stored);
}

Result<QJsonObject> SettingsService::updateNotificationSettings(const Principal &principal,
                                                                const QJsonObject &body)
{
    const QJsonObject &defaults = defaultNotificationSettings();
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

Result<QList<SshKey>> SettingsService::sshKeys(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return SshKeyRepository(*session).listOf(principal.id);
}

Result<SshKey> SettingsService::addSshKey(const Principal &principal, const QJsonObject &body,
                                          const ClientInfo &client)
{
    const QJsonValue keyValue = body.value(u"publicKey"_s);
    if (!keyValue.isString())
        return Error::badRequest(u"publicKey is required: paste the contents of your .pub file"_s,
                                 {{u"publicKey"_s, u"publicKey is required"_s}});
    auto key = SshPublicKey::parse(keyValue.toString(), u"publicKey"_s);
    if (!key)
        return key.error();
    const QJsonValue nameValue = body.value(u"name"_s);
    if (!nameValue.isUndefined() && !nameValue.isNull() && !nameValue.isString())
        return Error::badRequest(u"name must be a string"_s, {{u"name"_s, u"must be a string"_s}});
    QString name = nameValue.toString().trimmed();
    if (name.isEmpty())
        name = key->comment.isEmpty() ? key->type : key->comment;
    if (name.size() > 64)
        return Error::badRequest(u"name must be at most 64 characters"_s,
                                 {{u"name"_s, u"must be at most 64 characters"_s}});
    const QString fingerprint = key->fingerprint();

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    SshKeyRepository keys(*session);
    auto existing = keys.findByFingerprint(principal.id, fingerprint);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::conflict(u"This key is already added to your account as '%1' (%2)"_s.arg(
            (*existing)->name, fingerprint));
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto added = keys.insert(principal.id, name, key->line(), fingerprint);
    if (!added)
        return added.error();
    AuditEntry e =
        auditOf(client, principal, u"ssh_key.create"_s, u"ssh_key"_s, QString::number(added->id),
                QJsonObject{{u"name"_s, name},
                            {u"fingerprint"_s, fingerprint},
                            {u"type"_s, key->type},
                            {u"bits"_s, key->bits}});
    e.statusCode = 201;
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *added;
}

Result<void> SettingsService::removeSshKey(const Principal &principal, qint64 id,
                                           const ClientInfo &client)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    SshKeyRepository keys(*session);
    auto key = keys.find(id, principal.id);
    if (!key)
        return key.error();
    if (!*key)
        return Error::notFound(u"SSH key %1 not found"_s.arg(id));
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto removed = keys.remove(id, principal.id);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::notFound(u"SSH key %1 not found"_s.arg(id));
    if (auto r = AuditRepository(*session).insert(auditOf(
            client, principal, u"ssh_key.delete"_s, u"ssh_key"_s, QString::number(id),
            QJsonObject{{u"name"_s, (*key)->name}, {u"fingerprint"_s, (*key)->fingerprint}}));
        !r)
        return r.error();
    return tx.commit();
}

} // namespace remotegpu
