#pragma once

#include "ClientInfo.h"
#include "Principal.h"
#include "Result.h"

#include <QString>

namespace remotegpu {

class Clock;
class DatabasePool;
class RateLimiter;

// Agent credentials (contract C1): an agent presents the site enrollment token with its host id
// and receives that host's own agent token, shown once; the server keeps only SHA-256 hashes
// (the site token's in system_configs, each host's in hosts.agent_token_hash). Admins rotate the
// site token and revoke a host's token; both are audited.
class AgentEnrollmentService
{
public:
    AgentEnrollmentService(DatabasePool &pool, const Clock &clock, RateLimiter &limiter)
        : m_pool(pool)
        , m_clock(clock)
        , m_limiter(limiter)
    {}

    // Hex SHA-256 of a token as the database keeps it.
    static QString tokenHash(const QString &token);

    // The server's --agent-enrollment-token: its hash becomes the site token's.
    Result<void> setEnrollmentToken(const QString &clearToken);

    struct Enrolled
    {
        QString hostId;
        QString agentToken; // clear, shown once
        int intervalSeconds = 10;
    };
    // 401 for a wrong (or no configured) enrollment token, 404 for an unknown host, 429 after
    // too many wrong tokens from one address; re-enrolling replaces the host's token.
    Result<Enrolled> enroll(const QString &enrollmentToken, const QString &hostId,
                            const QString &agentVersion, const ClientInfo &client);

    // A new site enrollment token (clear, shown once); agents enrolled before keep their tokens.
    Result<QString> rotateEnrollmentToken(const Principal &actor, const ClientInfo &client);

    // Clears the host's agent token: its next heartbeat is refused with 401.
    Result<void> revokeAgentToken(const QString &hostId, const Principal &actor,
                                  const ClientInfo &client);

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
    RateLimiter &m_limiter;
};

} // namespace remotegpu
