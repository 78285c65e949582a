#pragma once

#include "Result.h"
#include "SettingsRepository.h"

#include <QHash>
#include <QString>

namespace remotegpu {

class SqlSession;

// The sign-in, token and password-reset limits an administrator sets in system_configs, read once
// per request so a change applies from the next one.
struct AuthLimits
{
    int maxFailuresPerAccount = 5;
    int maxFailuresPerIp = 20;
    int windowSeconds = 900;
    int lockoutSeconds = 900;
    int accessTtl = 900;
    int refreshTtl = 1209600;
    SettingsRepository::PasswordPolicy password;
    int resetTtl = 900;
    int resetMaxAttempts = 5;

    // From the rows of SettingsRepository::all(); a missing, unreadable or too small value is
    // the default.
    static AuthLimits fromSettings(const QHash<QString, QString> &settings);
    static Result<AuthLimits> load(SqlSession &session);
};

} // namespace remotegpu
