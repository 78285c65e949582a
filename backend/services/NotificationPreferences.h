#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace remotegpu {

// An account's notification preferences: which kinds of notice it wants. Stored as JSON in
// customers.notification_settings; a setting never stored (or stored as something other than
// true or false) has its default, on.
struct NotificationPreferences
{
    bool alerts = true;
    bool email = true;
    bool expiryReminders = true;
    bool taskUpdates = true;

    // A change to some of them: the settings given, the others kept.
    struct Change
    {
        std::optional<bool> alerts;
        std::optional<bool> email;
        std::optional<bool> expiryReminders;
        std::optional<bool> taskUpdates;

        // The given settings, as they are stored.
        QJsonObject toJson() const;
    };

    // The JSON names of the settings, sorted (as QJsonObject lists them).
    static const QStringList &names();
    // Stored values where they are true or false, defaults for the rest.
    static NotificationPreferences fromStored(const QJsonObject &stored);
    QJsonObject toJson() const;
};

} // namespace remotegpu
