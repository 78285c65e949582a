#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace remotegpu {

class SqlSession;

// login_attempts: every try, kept so the limits hold across server instances.
class LoginAttemptRepository
{
public:
    explicit LoginAttemptRepository(SqlSession &session)
        : m_session(session)
    {}

    Result<void> record(const QString &username, std::optional<qint64> customerId,
                        const QString &clientIp, bool succeeded, const QString &failureReason,
                        const QString &userAgent);

    struct Counts
    {
        int accountFromAddress = 0; // failures for this user name from this address
        int account = 0;            // failures for this user name from anywhere
        int address = 0;            // failures from this address for any user name
        int secondsSinceLastAccountFailure = 0;
    };
    // Failures within the last `windowSeconds`, counted since the account's last success.
    Result<Counts> failures(const QString &username, const QString &clientIp, int windowSeconds);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
