#include "SettingsRepository.h"

#include "SqlSession.h"

#include <QSqlQuery>

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
    bool ok = false;
    const int v = (*q)->value(0).toString().trimmed().toInt(&ok);
    return ok ? v : fallback;
}

Result<bool> SettingsRepository::boolValue(const QString &key, bool fallback)
{
    auto q =
        m_session.exec(u"SELECT config_value FROM system_configs WHERE config_key = ?"_s, {key});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return fallback;
    const QString v = (*q)->value(0).toString().trimmed().toLower();
    if (v == u"true"_s || v == u"1"_s || v == u"yes"_s)
        return true;
    if (v == u"false"_s || v == u"0"_s || v == u"no"_s)
        return false;
    return fallback;
}

} // namespace remotegpu
