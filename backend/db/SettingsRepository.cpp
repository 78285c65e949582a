#include "SettingsRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QHash<QString, QString>> SettingsRepository::all()
{
    auto q = m_session.exec(u"SELECT config_key, config_value FROM system_configs"_s);
    if (!q)
        return q.error();
    QHash<QString, QString> result;
    while ((*q)->next())
        result.insert((*q)->value(0).toString(), (*q)->value(1).toString());
    return result;
}

Result<int> SettingsRepository::intValue(const QString &key, int fallback)
{
    auto q =
        m_session.exec(u"SELECT config_value FROM system_configs WHERE config_key = ?"_s, {key});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return fallback;
    return parseInt((*q)->value(0).toString()).value_or(fallback);
}

Result<bool> SettingsRepository::boolValue(const QString &key, bool fallback)
{
    auto q =
        m_session.exec(u"SELECT config_value FROM system_configs WHERE config_key = ?"_s, {key});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return fallback;
    return parseBool((*q)->value(0).toString()).value_or(fallback);
}

std::optional<int> SettingsRepository::parseInt(const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<bool> SettingsRepository::parseBool(const QString &text)
{
    const QString v = text.trimmed().toLower();
    if (v == u"true"_s || v == u"1"_s || v == u"yes"_s)
        return true;
    if (v == u"false"_s || v == u"0"_s || v == u"no"_s)
        return false;
    return std::nullopt;
}

Result<SettingsRepository::PasswordPolicy> SettingsRepository::passwordPolicy()
{
    auto settings = all();
    if (!settings)
        return settings.error();
    return passwordPolicy(*settings);
}

SettingsRepository::PasswordPolicy
SettingsRepository::passwordPolicy(const QHash<QString, QString> &settings)
{
    PasswordPolicy p;
    // 0 reads as "no minimum" to the admin who set it; an empty password is never one.
    if (const auto min = parseInt(settings.value(u"password_min_length"_s)))
        p.minLength = std::max(1, *min);
    if (const auto both = parseBool(settings.value(u"password_require_letter_and_digit"_s)))
        p.requireLetterAndDigit = *both;
    return p;
}

Result<qint64> SettingsRepository::expiringWindowSecs()
{
    // Through the same SQL function the queries use, so a state computed here agrees with the
    // lists and counts computed in SQL.
    auto q = m_session.exec(u"SELECT extract(epoch FROM allocation_expiring_window())::bigint"_s);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::internal(u"The expiring window could not be read"_s);
    return (*q)->value(0).toLongLong();
}

Result<int> SettingsRepository::agentIntervalSecs()
{
    auto secs = intValue(u"agent_heartbeat_interval_seconds"_s, 10);
    if (!secs)
        return secs.error();
    return qMax(1, *secs);
}

Result<QList<SettingsRepository::Stored>> SettingsRepository::stored(bool publicOnly)
{
    auto q = m_session.exec(
        u"SELECT id, config_key, config_value, config_type, description, is_public, created_at, "
        "updated_at FROM system_configs WHERE (is_public OR NOT ?) ORDER BY config_key"_s,
        {publicOnly});
    if (!q)
        return q.error();
    QList<Stored> list;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        auto parsed = SystemSetting::fromColumns(r.value(1).toString(), r.value(2).toString(),
                                                 r.value(3).toString());
        SystemSetting s;
        if (parsed && !parsed->value.isUndefined()) {
            s = *parsed;
        } else {
            s.key = r.value(1).toString();
            s.type = fromString<SettingType>(r.value(3).toString()).value_or(SettingType::String);
            s.value = r.value(2).toString();
        }
        s.id = r.value(0).toLongLong();
        s.description = r.value(4).toString();
        s.isPublic = r.value(5).toBool();
        s.createdAt = r.value(6).toDateTime().toUTC();
        s.updatedAt = r.value(7).toDateTime().toUTC();
        list.append({s, r.value(2).toString()});
    }
    return list;
}

Result<void> SettingsRepository::lockAll()
{
    if (auto q = m_session.exec(u"SELECT id FROM system_configs FOR UPDATE"_s); !q)
        return q.error();
    return {};
}

Result<void> SettingsRepository::setValue(const QString &key, const QString &text)
{
    if (auto q = m_session.exec(
            u"UPDATE system_configs SET config_value = ? WHERE config_key = ?"_s, {text, key});
        !q)
        return q.error();
    return {};
}

} // namespace remotegpu
