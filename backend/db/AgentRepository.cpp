#include "AgentRepository.h"

#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QString> AgentRepository::enrollmentTokenHash()
{
    auto q = m_session.exec(u"SELECT config_value FROM system_configs "
                            "WHERE config_key = 'agent_enrollment_token_sha256'"_s);
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toString().trimmed() : QString();
}

Result<void> AgentRepository::setEnrollmentTokenHash(const QString &hash)
{
    auto q = m_session.exec(
        u"INSERT INTO system_configs (config_key, config_value, config_type, description, "
        u"is_public) "
        "VALUES ('agent_enrollment_token_sha256', ?, 'string', 'Hex SHA-256 of the site enrollment "
        "token agents present to /api/agent/enroll', false) "
        "ON CONFLICT (config_key) DO UPDATE SET config_value = EXCLUDED.config_value"_s,
        {hash});
    if (!q)
        return q.error();
    return {};
}

Result<bool> AgentRepository::assignAgentToken(const QString &hostId, const QString &tokenHash,
                                               const QString &agentVersion, const QDateTime &now)
{
    auto q = m_session.exec(u"UPDATE hosts SET agent_token_hash = ?, agent_token_issued_at = ?, "
                            "agent_version = COALESCE(NULLIF(?, ''), agent_version) "
                            "WHERE id = ? RETURNING id"_s,
                            {tokenHash, now.toUTC(), agentVersion, hostId});
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<bool> AgentRepository::revokeAgentToken(const QString &hostId, const QDateTime &now)
{
    // The previous status is read under the row lock, so the history row names what it was.
    auto q = m_session.exec(
        u"WITH old AS (SELECT id, status FROM hosts WHERE id = ? FOR UPDATE) "
        "UPDATE hosts h SET agent_token_hash = NULL, "
        "status = CASE WHEN old.status IN ('online', 'allocated') THEN 'offline' ELSE h.status "
        "END, "
        "offline_reason = CASE WHEN old.status IN ('online', 'allocated', 'offline') "
        "THEN 'agent token revoked' ELSE h.offline_reason END, "
        "status_changed_at = CASE WHEN old.status IN ('online', 'allocated') THEN ?::timestamptz "
        "ELSE h.status_changed_at END "
        "FROM old WHERE h.id = old.id RETURNING old.status"_s,
        {hostId, now.toUTC()});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return false;
    const QString previous = (*q)->value(0).toString();
    if (previous == u"online"_s || previous == u"allocated"_s) {
        auto changed = m_session.exec(
            u"SELECT remotegpu_host_status_changed(?, ?, 'offline', 'agent token revoked', "
            "?::timestamptz, false)"_s,
            {hostId, previous, now.toUTC()});
        if (!changed)
            return changed.error();
    }
    return true;
}

} // namespace remotegpu
