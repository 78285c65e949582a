#include "AuthService.h"

#include "AccountStates.h"
#include "AuditRepository.h"
#include "AuthInputChecks.h"
#include "AuthLimits.h"
#include "CustomerRepository.h"
#include "LdapSignIn.h"
#include "LocalSignIn.h"
#include "LoginThrottle.h"
#include "PasswordResetFlow.h"
#include "SqlSession.h"
#include "TokenService.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

AuthService::AuthService(DatabasePool &pool, std::shared_ptr<const AccessTokenCodec> codec,
                         const AuthSettings &settings, RateLimiter &limiter, const Clock &clock)
    : m_pool(pool)
    , m_signInOrder(settings.order)
    , m_states(std::make_unique<AccountStates>(pool))
    , m_throttle(std::make_unique<LoginThrottle>(pool))
    , m_directory(std::make_unique<LdapSignIn>(settings))
    , m_tokens(
          std::make_unique<TokenService>(pool, std::move(codec), clock, *m_states, *m_directory))
    , m_reset(std::make_unique<PasswordResetFlow>(pool, settings, limiter, clock, *m_states))
{}

AuthService::~AuthService() = default;

QList<FieldError> AuthService::passwordProblems(const QString &password, const QString &username,
                                                int minLength, bool letterAndDigit,
                                                const QString &field)
{
    return AuthInputChecks::passwordProblems(password, username, minLength, letterAndDigit, field);
}

Result<Principal> AuthService::verifyAccessToken(const QString &token) const
{
    return m_tokens->verify(token);
}

void AuthService::forgetAccount(qint64 accountId) const
{
    m_states->forget(accountId);
}

Result<SessionTokens> AuthService::login(const QString &username, const QString &password,
                                         const ClientInfo &client)
{
    if (auto fields = AuthInputChecks::signInProblems(username, password); !fields.isEmpty())
        return Error::badRequest(u"Give a user name and a password"_s, fields);
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto limits = AuthLimits::load(*session);
    if (!limits)
        return limits.error();
    if (auto admitted = m_throttle->admit(*session, *limits, username, client); !admitted)
        return admitted.error();
    auto account = authenticate(*session, username, password, client);
    if (!account)
        return account.error();
    return startSession(*session, *limits, *account, username, client);
}

Result<AccountRecord> AuthService::authenticate(SqlSession &session, const QString &username,
                                                const QString &password, const ClientInfo &client)
{
    std::optional<Error> directoryDown;
    for (const QString &source : std::as_const(m_signInOrder)) {
        const bool directory = source == u"ldap"_s && m_directory->isConfigured();
        if (!directory && source != u"local"_s)
            continue;
        auto outcome = directory ? m_directory->signIn(session, username, password)
                                 : LocalSignIn::signIn(session, username, password);
        if (!outcome)
            return outcome.error();
        if (outcome->refusal)
            return m_throttle->refuse(username, *outcome->refusal, client);
        if (outcome->unavailable)
            directoryDown = outcome->unavailable;
        if (!outcome->account)
            continue;
        const AccountRecord &account = *outcome->account;
        if (!account.isActive())
            return m_throttle->refuse(
                username,
                LoginRefusal::forbidden(account.customer.id, u"disabled"_s,
                                        u"This account is disabled; ask your administrator"_s),
                client);
        return account;
    }
    if (directoryDown && !m_signInOrder.contains(u"local"_s))
        return *directoryDown;
    return m_throttle->refuse(
        username, LoginRefusal::badCredentials(std::nullopt, u"unknown_user"_s), client);
}

Result<SessionTokens> AuthService::startSession(SqlSession &session, const AuthLimits &limits,
                                                const AccountRecord &account,
                                                const QString &username, const ClientInfo &client)
{
    Transaction tx(session);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = m_throttle->recordSuccess(session, username, account.customer.id, client); !r)
        return r.error();
    if (auto r = CustomerRepository(session).recordLogin(account.customer.id); !r)
        return r.error();
    auto tokens = m_tokens->issue(session, limits, account, QString(), std::nullopt, client);
    if (!tokens)
        return tokens.error();
    AuditEntry e = client.audit(u"auth.login"_s, AuditResult::Success);
    e.actorId = account.customer.id;
    e.tenantId = account.customer.effectiveTenantId();
    e.username = account.customer.username;
    e.resourceType = u"customer"_s;
    e.resourceId = QString::number(account.customer.id);
    e.statusCode = 200;
    e.detail = QJsonObject{{u"source"_s, account.isDirectoryOnly() ? u"ldap"_s : u"local"_s}};
    if (auto r = AuditRepository(session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return tokens;
}

Result<SessionTokens> AuthService::refresh(const QString &refreshToken, const ClientInfo &client)
{
    return m_tokens->rotate(refreshToken, client);
}

Result<void> AuthService::logout(const Principal &principal, const QString &refreshToken,
                                 bool everywhere, const ClientInfo &client)
{
    return m_tokens->revoke(principal, refreshToken, everywhere, client);
}

Result<Customer> AuthService::profile(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto account = CustomerRepository(*session).findById(principal.id);
    if (!account)
        return account.error();
    if (!*account)
        return Error::notFound(u"Your account no longer exists"_s);
    return (*account)->customer;
}

Result<PasswordResetAnswer> AuthService::requestPasswordReset(const QString &login,
                                                              const ClientInfo &client)
{
    return m_reset->request(login, client);
}

Result<void> AuthService::confirmPasswordReset(const QString &login, const QString &code,
                                               const QString &newPassword, const ClientInfo &client)
{
    return m_reset->confirm(login, code, newPassword, client);
}

} // namespace remotegpu
