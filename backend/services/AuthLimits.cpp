#include "AuthLimits.h"

namespace remotegpu {

AuthLimits AuthLimits::fromSettings(const QHash<QString, QString> &settings)
{
    AuthLimits l;
    // Below `min` the value is a mistake (a lockout of 0 seconds locks nothing): the default.
    const auto intOf = [&](const char *key, int fallback, int min) {
        const int v = SettingsRepository::parseInt(settings.value(QString::fromLatin1(key)))
                          .value_or(fallback);
        return v >= min ? v : fallback;
    };
    l.maxFailuresPerAccount = intOf("login_max_failures_per_account", 5, 1);
    l.maxFailuresPerIp = intOf("login_max_failures_per_ip", 20, 1);
    l.windowSeconds = intOf("login_failure_window_seconds", 900, 1);
    l.lockoutSeconds = intOf("login_lockout_seconds", 900, 1);
    l.accessTtl = intOf("access_token_ttl_seconds", 900, 30);
    l.refreshTtl = intOf("refresh_token_ttl_seconds", 1209600, 60);
    l.password = SettingsRepository::passwordPolicy(settings);
    l.resetTtl = intOf("password_reset_code_ttl_seconds", 900, 60);
    l.resetMaxAttempts = intOf("password_reset_max_attempts", 5, 1);
    return l;
}

Result<AuthLimits> AuthLimits::load(SqlSession &session)
{
    auto all = SettingsRepository(session).all();
    if (!all)
        return all.error();
    return fromSettings(*all);
}

} // namespace remotegpu
