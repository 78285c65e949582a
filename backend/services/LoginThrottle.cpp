#include "LoginThrottle.h"

#include "AuditRepository.h"
#include "AuthLimits.h"
#include "ClientInfo.h"
#include "SqlSession.h"

#include <QJsonObject>

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

int LoginThrottle::retryAfterSeconds(const LoginAttemptRepository::Counts &failures,
                                     const AuthLimits &limits)
{
    // The pair (account, address) locks for the lockout period; the account alone only for a
    // minute at a time after three times as many failures from anywhere, so a stranger can slow
    // a victim's account but not keep it shut; an address that fails often is refused.
    int retryAfter = 0;
    if (failures.accountFromAddress >= limits.maxFailuresPerAccount)
        retryAfter =
            std::max(retryAfter, limits.lockoutSeconds - failures.secondsSinceLastAccountFailure);
    if (failures.account >= 3 * limits.maxFailuresPerAccount)
        retryAfter = std::max(retryAfter, 60 - failures.secondsSinceLastAccountFailure);
    if (failures.address >= limits.maxFailuresPerIp)
        retryAfter = std::max(retryAfter, limits.lockoutSeconds);
    return retryAfter;
}

Result<void> LoginThrottle::admit(SqlSession &session, const AuthLimits &limits,
                                  const QString &username, const ClientInfo &client)
{
    auto counts =
        LoginAttemptRepository(session).failures(username, client.ip, limits.windowSeconds);
    if (!counts)
        return counts.error();
    const int retryAfter = retryAfterSeconds(*counts, limits);
    if (retryAfter <= 0)
        return {};
    const QString message = u"Too many failed sign-ins; try again in %1 seconds"_s.arg(retryAfter);
    return refuse(
        username,
        {std::nullopt, u"rate_limited"_s, message, Error::tooManyRequests(message, retryAfter)},
        client);
}

Error LoginThrottle::refuse(const QString &username, const LoginRefusal &refusal,
                            const ClientInfo &client)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = LoginAttemptRepository(*session).record(username, refusal.accountId, client.ip,
                                                         false, refusal.reason, client.userAgent);
        !r)
        return r.error();
    AuditEntry e = client.audit(u"auth.login"_s, AuditResult::Failure);
    e.actorId = refusal.accountId;
    e.username = username.left(128);
    e.resourceType = u"customer"_s;
    e.resourceId = refusal.accountId ? QString::number(*refusal.accountId) : QString();
    e.statusCode = refusal.reason == u"rate_limited"_s ? 429 : 401;
    e.errorMessage = refusal.logMessage;
    e.detail = QJsonObject{{u"reason"_s, refusal.reason}};
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return refusal.answer;
}

Result<void> LoginThrottle::recordSuccess(SqlSession &session, const QString &username,
                                          qint64 accountId, const ClientInfo &client)
{
    return LoginAttemptRepository(session).record(username, accountId, client.ip, true, QString(),
                                                  client.userAgent);
}

} // namespace remotegpu
