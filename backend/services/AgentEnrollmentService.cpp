#include "AgentEnrollmentService.h"

#include "AgentRepository.h"
#include "AuditRepository.h"
#include "Clock.h"
#include "RandomText.h"
#include "RateLimiter.h"
#include "SettingsRepository.h"
#include "SqlSession.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Wrong enrollment tokens allowed per client address and window, as for failed logins.
constexpr int EnrollFailureLimit = 20;
constexpr int EnrollFailureWindowSeconds = 900;

bool sameHash(const QString &a, const QString &b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return x.size() == y.size() && !x.isEmpty() &&
           CRYPTO_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

} // namespace

QString AgentEnrollmentService::tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<void> AgentEnrollmentService::setEnrollmentToken(const QString &clearToken)
{
    if (clearToken.trimmed().size() < 16)
        return Error::badRequest(
            u"--agent-enrollment-token must be at least 16 characters (it is a shared secret)"_s);
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return AgentRepository(*session).setEnrollmentTokenHash(tokenHash(clearToken.trimmed()));
}

Result<AgentEnrollmentService::Enrolled>
AgentEnrollmentService::enroll(const QString &enrollmentToken, const QString &hostId,
                               const QString &agentVersion, const ClientInfo &client)
{
    QList<FieldError> missing;
    if (enrollmentToken.isEmpty())
        missing.append({u"enrollmentToken"_s, u"enrollmentToken is required"_s});
    if (hostId.trimmed().isEmpty())
        missing.append({u"hostId"_s, u"hostId is required"_s});
    else if (hostId.size() > 64)
        missing.append({u"hostId"_s, u"hostId is at most 64 characters"_s});
    if (agentVersion.size() > 64)
        missing.append({u"agentVersion"_s, u"agentVersion is at most 64 characters"_s});
    if (!missing.isEmpty())
        return Error::invalidFields(missing);

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    AgentRepository agents(*session);
    auto stored = agents.enrollmentTokenHash();
    if (!stored)
        return stored.error();
    if (!sameHash(*stored, tokenHash(enrollmentToken))) {
        AuditEntry e = client.audit(u"agent.enroll"_s, AuditResult::Failure);
        e.username = u"agent"_s;
        e.resourceType = u"machine"_s;
        e.resourceId = hostId.left(64);
        e.statusCode = 401;
        e.errorMessage = u"wrong enrollment token"_s;
        (void)AuditRepository(*session).insert(e);
        if (auto limited = m_limiter.hit(u"agent-enroll-ip:"_s + client.ip, EnrollFailureLimit,
                                         EnrollFailureWindowSeconds,
                                         u"enrollment attempts from this address"_s);
            !limited)
            return limited.error();
        return Error::unauthorized(
            stored->isEmpty()
                ? u"Agent enrollment is closed on this server: an admin must create an enrollment token first"_s
                : u"The enrollment token is wrong; ask an admin for the current one"_s);
    }

    Enrolled enrolled;
    enrolled.hostId = hostId.trimmed();
    enrolled.agentToken = random_text::urlSafeToken(32);
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto assigned = agents.assignAgentToken(enrolled.hostId, tokenHash(enrolled.agentToken),
                                            agentVersion, m_clock.now());
    if (!assigned)
        return assigned.error();
    if (!*assigned)
        return Error::notFound(
            u"No machine has id %1: an admin registers the machine (form or CSV import) before its agent enrolls"_s
                .arg(enrolled.hostId));
    AuditEntry e = client.audit(u"agent.enroll"_s, AuditResult::Success);
    e.username = u"agent"_s;
    e.resourceType = u"machine"_s;
    e.resourceId = enrolled.hostId;
    e.statusCode = 200;
    e.detail = QJsonObject{{u"agentVersion"_s, agentVersion}};
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    auto interval = SettingsRepository(*session).agentIntervalSecs();
    if (!interval)
        return interval.error();
    enrolled.intervalSeconds = *interval;
    if (auto r = tx.commit(); !r)
        return r.error();
    return enrolled;
}

Result<QString> AgentEnrollmentService::rotateEnrollmentToken(const Principal &actor,
                                                              const ClientInfo &client)
{
    const QString token = random_text::urlSafeToken(32);
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = AgentRepository(*session).setEnrollmentTokenHash(tokenHash(token)); !r)
        return r.error();
    AuditEntry e = client.auditBy(actor, u"agent.enrollment_token.rotate"_s, u"system_config"_s,
                                  u"agent_enrollment_token_sha256"_s);
    e.statusCode = 200;
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return token;
}

Result<void> AgentEnrollmentService::revokeAgentToken(const QString &hostId, const Principal &actor,
                                                      const ClientInfo &client)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto revoked = AgentRepository(*session).revokeAgentToken(hostId, m_clock.now());
    if (!revoked)
        return revoked.error();
    if (!*revoked)
        return Error::notFound(u"No machine with id %1"_s.arg(hostId.left(64)));
    AuditEntry e = client.auditBy(actor, u"machine.agent_token.revoke"_s, u"machine"_s, hostId);
    e.statusCode = 200;
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    return tx.commit();
}

} // namespace remotegpu
