#pragma once

#include "LoginAttemptRepository.h"
#include "LoginRefusal.h"
#include "Result.h"

#include <QString>

#include <optional>

namespace remotegpu {

class DatabasePool;
class SqlSession;
struct AuthLimits;
struct ClientInfo;

// Slows password guessing. Every sign-in is a row in login_attempts, so the limits hold across
// server instances; a refused one is also written to the audit trail.
class LoginThrottle
{
public:
    explicit LoginThrottle(DatabasePool &pool)
        : m_pool(pool)
    {}

    // How long the next try of this name from this address must wait given the recent failures;
    // 0 when it may go ahead.
    static int retryAfterSeconds(const LoginAttemptRepository::Counts &failures,
                                 const AuthLimits &limits);

    // Ok when the name may be tried from this address now, else the recorded 429.
    Result<void> admit(SqlSession &session, const AuthLimits &limits, const QString &username,
                       const ClientInfo &client);
    // Records the refusal (in its own transaction, so it stays whatever the caller rolls back)
    // and returns its answer, or the error that kept it from being recorded.
    Error refuse(const QString &username, const LoginRefusal &refusal, const ClientInfo &client);
    // The successful attempt, in the caller's transaction.
    Result<void> recordSuccess(SqlSession &session, const QString &username, qint64 accountId,
                               const ClientInfo &client);

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
