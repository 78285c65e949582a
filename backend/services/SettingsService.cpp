#include "SettingsService.h"

#include "AuditRepository.h"
#include "SettingsRepository.h"
#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

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
                                                             const QList<Change> &requested,
                                                             const ClientInfo &client)
{
    if (!principal.isAdmin())
        return Error::forbidden(u"Only administrators change platform settings"_s);
    if (requested.isEmpty())
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
    for (const Change &c : requested) {
        if (!byKey.contains(c.key)) {
            errors.append({c.key, u"unknown setting %1"_s.arg(c.key)});
            continue;
        }
        SystemSetting s = byKey.value(c.key).setting;
        if (!SystemSetting::matchesType(s.type, c.value)) {
            errors.append({c.key, u"%1 %2"_s.arg(c.key, SystemSetting::typeRequirement(s.type))});
            continue;
        }
        if (s.type == SettingType::Int && c.value.toInteger() < 0) {
            errors.append({c.key, u"%1 must not be negative"_s.arg(c.key)});
            continue;
        }
        s.value = c.value;
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
        if (auto r = AuditRepository(*session).insert(client.auditBy(
                principal, u"settings.update"_s, u"system_config"_s, changes.keys().join(u','),
                auditTenantOf(principal), QJsonObject{{u"changes"_s, changes}}));
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

} // namespace remotegpu
