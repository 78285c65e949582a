#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

namespace remotegpu {

class SqlSession;

// Agent credentials: the site enrollment token's hash (system_configs
// agent_enrollment_token_sha256) and each host's own agent token hash (hosts.agent_token_hash).
// Only hex SHA-256 hashes pass through here; clear tokens never reach the database.
class AgentRepository
{
public:
    explicit AgentRepository(SqlSession &session)
        : m_session(session)
    {}

    // The stored hash, empty when enrollment was never opened.
    Result<QString> enrollmentTokenHash();
    Result<void> setEnrollmentTokenHash(const QString &hash);

    // Gives host `hostId` the agent token of hash `tokenHash` (replacing any earlier one).
    // False when no such host exists.
    Result<bool> assignAgentToken(const QString &hostId, const QString &tokenHash,
                                  const QString &agentVersion, const QDateTime &now);

    // Clears the host's agent token; a host that was online goes offline now ("agent token
    // revoked"), with its history row and C2 event. False when no such host exists.
    Result<bool> revokeAgentToken(const QString &hostId, const QDateTime &now);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
