#pragma once

#include "Error.h"

#include <QString>

#include <optional>

namespace remotegpu {

// A sign-in turned away: `reason` and `logMessage` go to login_attempts and the audit trail,
// `answer` to the client.
struct LoginRefusal
{
    std::optional<qint64> accountId; // when the name was an account's
    QString reason;                  // unknown_user, bad_credentials, disabled, rate_limited
    QString logMessage;
    Error answer;

    // The one answer for an unknown name and a wrong password, so it does not tell them apart.
    // An empty `logMessage` logs that answer.
    static LoginRefusal badCredentials(std::optional<qint64> accountId, const QString &reason,
                                       const QString &logMessage = {});
    static LoginRefusal forbidden(std::optional<qint64> accountId, const QString &reason,
                                  const QString &message);
};

} // namespace remotegpu
