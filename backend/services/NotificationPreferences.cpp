#include "NotificationPreferences.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

void insertGiven(QJsonObject &json, const QString &name, const std::optional<bool> &value)
{
    if (value)
        json.insert(name, *value);
}

bool storedOr(const QJsonObject &stored, const QString &name, bool fallback)
{
    const QJsonValue value = stored.value(name);
    return value.isBool() ? value.toBool() : fallback;
}

} // namespace

const QStringList &NotificationPreferences::names()
{
    static const QStringList sorted = {u"alerts"_s, u"email"_s, u"expiryReminders"_s,
                                       u"taskUpdates"_s};
    return sorted;
}

QJsonObject NotificationPreferences::Change::toJson() const
{
    QJsonObject json;
    insertGiven(json, u"alerts"_s, alerts);
    insertGiven(json, u"email"_s, email);
    insertGiven(json, u"expiryReminders"_s, expiryReminders);
    insertGiven(json, u"taskUpdates"_s, taskUpdates);
    return json;
}

NotificationPreferences NotificationPreferences::fromStored(const QJsonObject &stored)
{
    const NotificationPreferences defaults;
    NotificationPreferences p;
    p.alerts = storedOr(stored, u"alerts"_s, defaults.alerts);
    p.email = storedOr(stored, u"email"_s, defaults.email);
    p.expiryReminders = storedOr(stored, u"expiryReminders"_s, defaults.expiryReminders);
    p.taskUpdates = storedOr(stored, u"taskUpdates"_s, defaults.taskUpdates);
    return p;
}

QJsonObject NotificationPreferences::toJson() const
{
    return QJsonObject{{u"alerts"_s, alerts},
                       {u"email"_s, email},
                       {u"expiryReminders"_s, expiryReminders},
                       {u"taskUpdates"_s, taskUpdates}};
}

} // namespace remotegpu
