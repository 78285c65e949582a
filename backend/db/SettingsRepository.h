#pragma once

#include "Result.h"
#include "SystemSetting.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace remotegpu {

class SqlSession;

// Typed reads of system_configs. A missing or unreadable value falls back to the caller's
// default, so a database without a setting still behaves as documented. Also an account's own
// settings (customers.notification_settings).
class SettingsRepository
{
public:
    explicit SettingsRepository(SqlSession &session)
        : m_session(session)
    {}

    Result<QHash<QString, QString>> all();
    Result<int> intValue(const QString &key, int fallback);
    Result<bool> boolValue(const QString &key, bool fallback);
    // How intValue() and boolValue() read a stored text, for callers that read all() at once:
    // nullopt when the text is no such value.
    static std::optional<int> parseInt(const QString &text);
    static std::optional<bool> parseBool(const QString &text);

    // password_min_length (default 8, at least 1) and password_require_letter_and_digit
    // (default true). One reading for every place a password is set.
    struct PasswordPolicy
    {
        int minLength = 8;
        bool requireLetterAndDigit = true;
    };
    Result<PasswordPolicy> passwordPolicy();
    // The same from the rows of all().
    static PasswordPolicy passwordPolicy(const QHash<QString, QString> &settings);

    // allocation_expiring_window_days in seconds (allocation_expiring_window(), 0020): how close
    // to its end an active allocation counts as `expiring`. One reading for every view that
    // shows the state, in C++ and in SQL.
    Result<qint64> expiringWindowSecs();
    // agent_heartbeat_interval_seconds (default 10, at least 1).
    Result<int> agentIntervalSecs();

    // Every row as a typed setting; a row whose text does not parse as its type is still listed
    // (as its raw text), so an operator can see and fix it.
    struct Stored
    {
        SystemSetting setting;
        QString rawValue;
    };
    Result<QList<Stored>> stored(bool publicOnly);
    // Locks every row for this transaction, so a change's old→new in the audit is exact.
    Result<void> lockAll();
    Result<void> setValue(const QString &key, const QString &text);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
