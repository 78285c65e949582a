#include "AuthService.h"

#include "AccountStates.h"
#include "AuditRepository.h"
#include "CustomerRepository.h"
#include "DatabasePool.h"
#include "JsonLog.h"
#include "LdapDirectory.h"
#include "LoginAttemptRepository.h"
#include "PasswordHasher.h"
#include "PasswordResetRepository.h"
#include "RateLimiter.h"
#include "RefreshTokenRepository.h"
#include "SettingsRepository.h"
#include "SmtpMailer.h"
#include "SqlSession.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent>

#include <openssl/rand.h>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kBadCredentials = u"Wrong user name or password"_s;
const QString kResetAnswer =
    u"If an account with this name exists and has an e-mail address, a reset code was sent to it. "
    "The code is valid for 15 minutes."_s;

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        return {};
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomDigits(int count)
{
    QString s;
    while (s.size() < count) {
        unsigned char b = 0;
        if (RAND_bytes(&b, 1) != 1)
            return {};
        if (b < 250) // avoid modulo bias
            s += QChar(u'0' + b % 10);
    }
    return s;
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

Principal principalOf(const Customer &c)
{
    return Principal{c.id, c.role, c.effectiveTenantId().value_or(0), c.username};
}

} // namespace

struct AuthService::Limits
{
    int maxFailuresPerAccount = 5;
    int maxFailuresPerIp = 20;
    int windowSeconds = 900;
    int lockoutSeconds = 900;
    int accessTtl = 900;
    int refreshTtl = 1209600;
    SettingsRepository::PasswordPolicy password;
    int resetTtl = 900;
    int resetMaxAttempts = 5;
};

QJsonObject SessionTokens::toJson() const
{
    return QJsonObject{{u"accessToken"_s, accessToken},
                       {u"refreshToken"_s, refreshToken},
                       {u"tokenType"_s, u"Bearer"_s},
                       {u"expiresIn"_s, expiresIn},
                       {u"refreshExpiresIn"_s, refreshExpiresIn},
                       {u"user"_s, user.toJson()}};
}

AuthService::AuthService(DatabasePool &pool, std::shared_ptr<const AccessTokenCodec> codec,
                         AuthSettings settings, RateLimiter &limiter, const Clock &clock)
    : m_pool(pool)
    , m_clock(clock)
    , m_codec(std::move(codec))
    , m_settings(std::move(settings))
    , m_limiter(limiter)
    , m_states(std::make_unique<AccountStates>(pool))
    , m_mailThreads(new QThreadPool)
{
    if (m_settings.ldap)
        m_directory = std::make_unique<LdapDirectory>(*m_settings.ldap);
    if (m_settings.smtp)
        m_mailer = std::make_unique<SmtpMailer>(*m_settings.smtp);
    m_mailThreads->setMaxThreadCount(2);
}

AuthService::~AuthService()
{
    m_mailThreads->waitForDone();
    delete m_mailThreads;
}

Result<AuthService::Limits> AuthService::loadLimits(SqlSession &session)
{
    SettingsRepository settings(session);
    auto all = settings.all();
    if (!all)
        return all.error();
    Limits l;
    // Below `min` the value is a mistake (a lockout of 0 seconds locks nothing): the default.
    const auto intOf = [&](const char *key, int fallback, int min) {
        const int v =
            SettingsRepository::parseInt(all->value(QString::fromLatin1(key))).value_or(fallback);
        return v >= min ? v : fallback;
    };
    l.maxFailuresPerAccount = intOf("login_max_failures_per_account", 5, 1);
    l.maxFailuresPerIp = intOf("login_max_failures_per_ip", 20, 1);
    l.windowSeconds = intOf("login_failure_window_seconds", 900, 1);
    l.lockoutSeconds = intOf("login_lockout_seconds", 900, 1);
    l.accessTtl = intOf("access_token_ttl_seconds", 900, 30);
    l.refreshTtl = intOf("refresh_token_ttl_seconds", 1209600, 60);
    l.password = SettingsRepository::passwordPolicy(*all);
    l.resetTtl = intOf("password_reset_code_ttl_seconds", 900, 60);
    l.resetMaxAttempts = intOf("password_reset_max_attempts", 5, 1);
    return l;
}

QList<FieldError> AuthService::passwordProblems(const QString &password, const QString &username,
                                                int minLength, bool letterAndDigit,
                                                const QString &field)
{
    QList<FieldError> errors;
    if (password.size() < minLength)
        errors.append({field, u"%1 must be at least %2 characters"_s.arg(field).arg(minLength)});
    if (password.toUtf8().size() > PasswordHasher::kMaxPasswordBytes)
        errors.append({field, u"%1 must be at most %2 bytes"_s.arg(field).arg(
                                  PasswordHasher::kMaxPasswordBytes)});
    if (letterAndDigit) {
        static const QRegularExpression letter(u"\\p{L}"_s), digit(u"\\d"_s);
        if (!password.contains(letter) || !password.contains(digit))
            errors.append(
                {field, u"%1 must contain at least one letter and one digit"_s.arg(field)});
    }
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        errors.append({field, u"%1 must not be the user name"_s.arg(field)});
    return errors;
}

Result<Principal> AuthService::verifyAccessToken(const QString &token) const
{
    auto claims = m_codec->verify(token, m_clock.now());
    if (!claims)
        return claims.error();
    auto state = m_states->lookup(claims->subject);
    // A token newer than what is cached: the account changed here or elsewhere a moment ago
    // (the notification may still be on its way), so ask the database.
    if (state && state->generation < claims->generation)
        state = m_states->lookup(claims->subject, true);
    if (!state)
        return state.error();
    if (!state->exists || !state->active)
        return Error::unauthorized(
            u"This account is disabled or deleted; ask your administrator"_s);
    if (!state->tenantActive)
        return Error::unauthorized(u"Your company's account is disabled; ask your administrator"_s);
    if (state->generation != claims->generation)
        return Error::unauthorized(
            u"This session has ended (the account's password, role or tenant changed); sign in again"_s);
    return Principal{claims->subject, claims->role, claims->tenantId, claims->username};
}

void AuthService::forgetAccount(qint64 accountId) const
{
    m_states->forget(accountId);
}

Result<SessionTokens> AuthService::issueTokens(SqlSession &session, const Limits &limits,
                                               const AccountRecord &account,
                                               const QString &familyId,
                                               std::optional<qint64> parentId,
                                               const ClientInfo &client)
{
    const QDateTime now = m_clock.now();
    const Principal p = principalOf(account.customer);
    // Read in this transaction, after any role or tenant change made while signing in; a member
    // of a disabled tenant gets no tokens (they would be refused at once anyway).
    auto state = session.exec(
        u"SELECT c.token_generation, COALESCE(o.status = 'active' AND o.deleted_at IS NULL, true) "
        "FROM customers c LEFT JOIN customers o ON o.id = c.tenant_id AND o.id <> c.id "
        "WHERE c.id = ?"_s,
        {p.id});
    if (!state)
        return state.error();
    if (!(*state)->next())
        return Error::unauthorized(u"This account no longer exists"_s);
    const qint64 generation = (*state)->value(0).toLongLong();
    const bool tenantActive = (*state)->value(1).toBool();
    (*state)->finish();
    if (!tenantActive)
        return Error::unauthorized(u"Your company's account is disabled; ask your administrator"_s);
    const AccessClaims claims{p.id, p.role, p.tenantId, p.username, now,
                              now.addSecs(limits.accessTtl), now, generation};
    auto access = m_codec->issue(claims, now);
    if (!access)
        return access.error();
    const QString refresh = randomToken(32);
    if (refresh.isEmpty())
        return Error::internal(u"The system random generator failed"_s);
    RefreshTokenRepository tokens(session);
    auto issued = tokens.insert(account.customer.id, tokenHash(refresh), familyId, parentId,
                                now.addSecs(limits.refreshTtl), client.ip, client.userAgent);
    if (!issued)
        return issued.error();
    return SessionTokens{*access, refresh, limits.accessTtl, limits.refreshTtl, account.customer};
}

Result<void> AuthService::recordLoginFailure(const QString &username,
                                             std::optional<qint64> accountId, const QString &reason,
                                             const QString &message, const ClientInfo &client)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r;
    LoginAttemptRepository attempts(*session);
    if (auto r = attempts.record(username, accountId, client.ip, false, reason, client.userAgent);
        !r)
        return r;
    AuditEntry e = client.audit(u"auth.login"_s, AuditResult::Failure);
    e.actorId = accountId;
    e.username = username.left(128);
    e.resourceType = u"customer"_s;
    e.resourceId = accountId ? QString::number(*accountId) : QString();
    e.statusCode = reason == u"rate_limited"_s ? 429 : 401;
    e.errorMessage = message;
    e.detail = QJsonObject{{u"reason"_s, reason}};
    AuditRepository audit(*session);
    if (auto r = audit.insert(e); !r)
        return r.error();
    return tx.commit();
}

Result<std::optional<std::pair<Role, std::optional<qint64>>>>
AuthService::mapGroups(SqlSession &session, const DirectoryUser &user)
{
    using Mapped = std::optional<std::pair<Role, std::optional<qint64>>>;
    for (const GroupMapping &m : m_settings.groupMap) {
        const bool member =
            std::any_of(user.groups.begin(), user.groups.end(), [&](const QString &g) {
                return g.compare(m.group, Qt::CaseInsensitive) == 0;
            });
        if (!member)
            continue;
        if (m.role != Role::CustomerMember)
            return Mapped(std::pair{m.role, std::optional<qint64>()});
        CustomerRepository customers(session);
        auto tenant = customers.findForLogin(m.tenant);
        if (!tenant)
            return tenant.error();
        if (!*tenant || (*tenant)->customer.role != Role::CustomerOwner) {
            qCWarning(lcServer).noquote() << "--ldap-group-map names tenant" << m.tenant
                                          << "which is not a customer_owner account";
            continue;
        }
        return Mapped(
            std::pair{Role::CustomerMember, std::optional<qint64>((*tenant)->customer.id)});
    }
    return Mapped();
}

Result<SessionTokens> AuthService::login(const QString &username, const QString &password,
                                         const ClientInfo &client)
{
    QList<FieldError> fields;
    if (username.trimmed().isEmpty())
        fields.append({u"username"_s, u"username is required"_s});
    if (username.size() > 128)
        fields.append({u"username"_s, u"username must be at most 128 characters"_s});
    // Refused before any directory bind: an empty password is an unauthenticated bind, which
    // some directories accept for any DN.
    if (password.isEmpty())
        fields.append({u"password"_s, u"password is required"_s});
    if (!fields.isEmpty())
        return Error::badRequest(u"Give a user name and a password"_s, fields);

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto limits = loadLimits(*session);
    if (!limits)
        return limits.error();

    // Limits: the pair (account, address) locks for the lockout period; the account alone only
    // for a minute at a time after three times as many failures from anywhere, so a stranger can
    // slow a victim's account but not keep it shut; an address that fails often is refused.
    LoginAttemptRepository attempts(*session);
    auto counts = attempts.failures(username, client.ip, limits->windowSeconds);
    if (!counts)
        return counts.error();
    int retryAfter = 0;
    if (counts->accountFromAddress >= limits->maxFailuresPerAccount)
        retryAfter =
            std::max(retryAfter, limits->lockoutSeconds - counts->secondsSinceLastAccountFailure);
    if (counts->account >= 3 * limits->maxFailuresPerAccount)
        retryAfter = std::max(retryAfter, 60 - counts->secondsSinceLastAccountFailure);
    if (counts->address >= limits->maxFailuresPerIp)
        retryAfter = std::max(retryAfter, limits->lockoutSeconds);
    if (retryAfter > 0) {
        const QString message =
            u"Too many failed sign-ins; try again in %1 seconds"_s.arg(retryAfter);
        if (auto r = recordLoginFailure(username, std::nullopt, u"rate_limited"_s, message, client);
            !r)
            return r.error();
        return Error::tooManyRequests(message, retryAfter);
    }

    CustomerRepository customers(*session);
    std::optional<AccountRecord> account;
    QString failure = u"unknown_user"_s;
    std::optional<Error> directoryDown;

    for (const QString &source : std::as_const(m_settings.order)) {
        if (source == u"ldap"_s && m_directory) {
            auto person = m_directory->authenticate(username, password);
            if (!person) {
                if (person.error().kind == ErrorKind::Unavailable) {
                    qCWarning(lcServer).noquote()
                        << "directory sign-in unavailable:" << person.error().message;
                    directoryDown = person.error();
                }
                continue;
            }
            auto mapped = mapGroups(*session, *person);
            if (!mapped)
                return mapped.error();
            auto existing = customers.findForLogin(person->username);
            if (!existing)
                return existing.error();
            if (!m_settings.groupMap.isEmpty() && !*mapped) {
                failure = u"bad_credentials"_s;
                const QString message =
                    u"Your directory account is in no group that gives access to RemoteGPU; ask an administrator"_s;
                if (auto r = recordLoginFailure(
                        username,
                        *existing ? std::optional<qint64>((*existing)->customer.id) : std::nullopt,
                        u"bad_credentials"_s, message, client);
                    !r)
                    return r.error();
                return Error::forbidden(message);
            }
            if (!*existing) {
                if (!m_settings.provisionDirectoryUsers) {
                    const QString message =
                        u"Your directory account has no RemoteGPU account; ask an administrator to create one"_s;
                    if (auto r = recordLoginFailure(username, std::nullopt, u"unknown_user"_s,
                                                    message, client);
                        !r)
                        return r.error();
                    return Error::forbidden(message);
                }
                CustomerRepository::NewAccount n;
                n.username = person->username;
                n.email = person->email.isEmpty() ? person->username + u"@directory.invalid"_s
                                                  : person->email;
                n.passwordHash = QString::fromLatin1(CustomerRepository::kDirectoryPasswordMarker);
                n.role = *mapped ? (*mapped)->first : Role::CustomerMember;
                n.tenantId = *mapped ? (*mapped)->second : std::nullopt;
                n.userType = n.role == Role::Admin ? UserType::Admin : UserType::External;
                n.displayName = person->displayName;
                if (n.role == Role::CustomerMember && !n.tenantId) {
                    const QString message =
                        u"Your directory account maps to no tenant; ask an administrator"_s;
                    if (auto r = recordLoginFailure(username, std::nullopt, u"unknown_user"_s,
                                                    message, client);
                        !r)
                        return r.error();
                    return Error::forbidden(message);
                }
                auto id = customers.create(n);
                if (!id)
                    return id.error();
                existing = customers.findById(*id);
                if (!existing || !*existing)
                    return Error::internal(u"The provisioned account could not be read back"_s);
            } else if (*mapped) {
                if (auto r = customers.updateRoleAndTenant((*existing)->customer.id,
                                                           (*mapped)->first, (*mapped)->second);
                    !r)
                    return r.error();
                existing = customers.findById((*existing)->customer.id);
                if (!existing || !*existing)
                    return Error::internal(u"The account could not be read back"_s);
            }
            account = **existing;
            break;
        }
        if (source == u"local"_s) {
            auto found = customers.findForLogin(username);
            if (!found)
                return found.error();
            if (!*found || (*found)->isDirectoryOnly()) {
                // Same work as a real check, so the answer time does not tell that the name is
                // unknown.
                static const QString decoy = PasswordHasher::hash(randomToken(16)).value();
                (void)PasswordHasher::verify(password, decoy);
                continue;
            }
            const auto verdict = PasswordHasher::verify(password, (*found)->passwordHash);
            if (verdict != PasswordHasher::Verdict::Match) {
                failure = u"bad_credentials"_s;
                account.reset();
                if (auto r = recordLoginFailure(
                        username, (*found)->customer.id, failure,
                        verdict == PasswordHasher::Verdict::Unusable
                            ? u"password cannot be checked against the stored hash (too long for bcrypt, or no usable hash)"_s
                            : kBadCredentials,
                        client);
                    !r)
                    return r.error();
                return Error::unauthorized(kBadCredentials);
            }
            account = **found;
            if (PasswordHasher::needsRehash(account->passwordHash)) {
                if (auto hash = PasswordHasher::hash(password))
                    (void)customers.updatePassword(account->customer.id, *hash);
            }
            break;
        }
    }

    if (!account) {
        if (directoryDown && !m_settings.order.contains(u"local"_s))
            return *directoryDown;
        if (auto r = recordLoginFailure(username, std::nullopt, failure, kBadCredentials, client);
            !r)
            return r.error();
        return Error::unauthorized(kBadCredentials);
    }
    if (!account->isActive()) {
        const QString message = u"This account is disabled; ask your administrator"_s;
        if (auto r =
                recordLoginFailure(username, account->customer.id, u"disabled"_s, message, client);
            !r)
            return r.error();
        return Error::forbidden(message);
    }

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = attempts.record(username, account->customer.id, client.ip, true, QString(),
                                 client.userAgent);
        !r)
        return r.error();
    if (auto r = customers.recordLogin(account->customer.id); !r)
        return r.error();
    auto tokens = issueTokens(*session, *limits, *account, QString(), std::nullopt, client);
    if (!tokens)
        return tokens.error();
    AuditEntry e = client.audit(u"auth.login"_s, AuditResult::Success);
    e.actorId = account->customer.id;
    e.tenantId = account->customer.effectiveTenantId();
    e.username = account->customer.username;
    e.resourceType = u"customer"_s;
    e.resourceId = QString::number(account->customer.id);
    e.statusCode = 200;
    e.detail = QJsonObject{{u"source"_s, account->isDirectoryOnly() ? u"ldap"_s : u"local"_s}};
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return tokens;
}

Result<SessionTokens> AuthService::refresh(const QString &refreshToken, const ClientInfo &client)
{
    if (refreshToken.isEmpty() || refreshToken.size() > 256)
        return Error::badRequest(u"Give the refreshToken you received at sign-in"_s,
                                 {{u"refreshToken"_s, u"refreshToken is required"_s}});
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto limits = loadLimits(*session);
    if (!limits)
        return limits.error();
    RefreshTokenRepository tokens(*session);
    CustomerRepository customers(*session);
    const QByteArray hash = tokenHash(refreshToken);

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    const QDateTime now = m_clock.now();
    auto claimed = tokens.claim(hash, now);
    if (!claimed)
        return claimed.error();
    if (!*claimed) {
        auto state = tokens.find(hash, now);
        if (!state)
            return state.error();
        if (!*state)
            return Error::unauthorized(u"The refresh token is not valid; sign in again"_s);
        if ((*state)->used) {
            // RFC 9700 §4.14.2: a used token presented again means it was copied; end the
            // whole family, committed even though this request is refused.
            auto revoked = tokens.revokeFamily((*state)->familyId, u"reuse_detected"_s);
            if (!revoked)
                return revoked.error();
            AuditEntry e = client.audit(u"auth.refresh"_s, AuditResult::Failure);
            e.actorId = (*state)->customerId;
            e.resourceType = u"refresh_token_family"_s;
            e.resourceId = (*state)->familyId;
            e.statusCode = 401;
            e.errorMessage = u"refresh token reused; family revoked"_s;
            e.detail =
                QJsonObject{{u"reason"_s, u"reuse_detected"_s}, {u"revokedTokens"_s, *revoked}};
            if (auto r = AuditRepository(*session).insert(e); !r)
                return r.error();
            if (auto r = tx.commit(); !r)
                return r.error();
            return Error::unauthorized(
                u"This refresh token was already used; every session of this sign-in was ended. Sign in again"_s);
        }
        if ((*state)->expired)
            return Error::unauthorized(u"The refresh token has expired; sign in again"_s);
        return Error::unauthorized(u"The refresh token was revoked; sign in again"_s);
    }

    auto account = customers.findById((*claimed)->customerId);
    if (!account)
        return account.error();
    if (!*account || !(*account)->isActive()) {
        (void)tokens.revokeAllOf((*claimed)->customerId, u"account_disabled"_s);
        if (auto r = tx.commit(); !r)
            return r.error();
        return Error::unauthorized(u"This account is disabled; ask your administrator"_s);
    }
    if ((*account)->isDirectoryOnly() && m_directory && !m_settings.groupMap.isEmpty()) {
        // Group membership is re-checked at every refresh, so leaving a directory group ends
        // access within one access-token lifetime.
        auto person = m_directory->lookup((*account)->customer.username);
        std::optional<std::pair<Role, std::optional<qint64>>> mapped;
        if (person) {
            auto m = mapGroups(*session, *person);
            if (!m)
                return m.error();
            mapped = *m;
        } else if (person.error().kind == ErrorKind::Unavailable) {
            return person.error(); // rolled back: the token stays usable once the directory is back
        }
        if (!mapped) {
            (void)tokens.revokeFamily((*claimed)->familyId, u"admin"_s);
            if (auto r = tx.commit(); !r)
                return r.error();
            return Error::unauthorized(
                u"Your directory account no longer gives access to RemoteGPU; sign in again or ask an administrator"_s);
        }
        if (auto r = customers.updateRoleAndTenant((*account)->customer.id, mapped->first,
                                                   mapped->second);
            !r)
            return r.error();
        account = customers.findById((*account)->customer.id);
        if (!account || !*account)
            return Error::internal(u"The account could not be read back"_s);
    }
    auto issued =
        issueTokens(*session, *limits, **account, (*claimed)->familyId, (*claimed)->id, client);
    if (!issued)
        return issued.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return issued;
}

Result<void> AuthService::logout(const Principal &principal, const QString &refreshToken,
                                 bool everywhere, const ClientInfo &client)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    RefreshTokenRepository tokens(*session);
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r;
    int revoked = 0;
    if (everywhere) {
        auto n = tokens.revokeAllOf(principal.id, u"logout"_s);
        if (!n)
            return n.error();
        revoked = *n;
    } else if (!refreshToken.isEmpty()) {
        auto state = tokens.find(tokenHash(refreshToken), m_clock.now());
        if (!state)
            return state.error();
        if (*state && (*state)->customerId == principal.id) {
            auto n = tokens.revokeFamily((*state)->familyId, u"logout"_s);
            if (!n)
                return n.error();
            revoked = *n;
        }
    }
    AuditEntry e = client.audit(u"auth.logout"_s, AuditResult::Success);
    e.actorId = principal.id;
    e.tenantId = principal.tenantId ? std::optional<qint64>(principal.tenantId) : std::nullopt;
    e.username = principal.username;
    e.resourceType = u"customer"_s;
    e.resourceId = QString::number(principal.id);
    e.statusCode = 200;
    e.detail = QJsonObject{{u"everywhere"_s, everywhere}, {u"revokedTokens"_s, revoked}};
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    return tx.commit();
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

Result<QJsonObject> AuthService::requestPasswordReset(const QString &login,
                                                      const ClientInfo &client)
{
    if (login.trimmed().isEmpty() || login.size() > 128)
        return Error::badRequest(u"Give your user name or e-mail address"_s,
                                 {{u"username"_s, u"username is required"_s}});
    if (!m_mailer && m_settings.directoryPasswordResetUrl.isEmpty())
        return Error::unavailable(
            u"Password reset is not set up on this server; ask your administrator"_s);
    if (auto r = m_limiter.hit(u"reset-ip:"_s + client.ip, 10, 900,
                               u"password reset requests from your address"_s);
        !r)
        return r.error();
    if (auto r = m_limiter.hit(u"reset-account:"_s + login.trimmed().toLower(), 3, 900,
                               u"password reset requests for this account"_s);
        !r)
        return r.error();

    QJsonObject answer{{u"message"_s, kResetAnswer}};
    if (!m_settings.directoryPasswordResetUrl.isEmpty())
        answer.insert(u"directoryResetUrl"_s, m_settings.directoryPasswordResetUrl);

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto limits = loadLimits(*session);
    if (!limits)
        return limits.error();
    auto account = CustomerRepository(*session).findForLogin(login.trimmed());
    if (!account)
        return account.error();

    AuditEntry e = client.audit(u"auth.password_reset.request"_s, AuditResult::Success);
    e.username = login.left(128);
    e.statusCode = 200;
    const bool eligible = *account && (*account)->isActive() && !(*account)->isDirectoryOnly() &&
                          m_mailer && !(*account)->customer.email.isEmpty();
    if (!eligible) {
        e.result = AuditResult::Failure;
        e.errorMessage = !*account                 ? u"no such account"_s
                         : !(*account)->isActive() ? u"account disabled"_s
                         : (*account)->isDirectoryOnly()
                             ? u"directory account: reset at the directory"_s
                             : u"no mail server or no e-mail address"_s;
        if (*account) {
            e.actorId = (*account)->customer.id;
            e.tenantId = (*account)->customer.effectiveTenantId();
        }
        if (auto r = AuditRepository(*session).insert(e); !r)
            return r.error();
        return answer;
    }

    const AccountRecord &a = **account;
    const QString code = randomDigits(8);
    auto codeHash = PasswordHasher::hash(code);
    if (code.isEmpty() || !codeHash)
        return Error::internal(u"Cannot create a reset code"_s);
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = PasswordResetRepository(*session).insert(a.customer.id, *codeHash,
                                                          m_clock.now().addSecs(limits->resetTtl),
                                                          limits->resetMaxAttempts, client.ip);
        !r)
        return r.error();
    e.actorId = a.customer.id;
    e.tenantId = a.customer.effectiveTenantId();
    e.username = a.customer.username;
    e.resourceType = u"customer"_s;
    e.resourceId = QString::number(a.customer.id);
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();

    // Sent off the request thread: the answer takes as long whether or not the account exists.
    MailMessage mail;
    mail.to = a.customer.email;
    mail.subject = u"RemoteGPU 密码重置验证码 / password reset code"_s;
    mail.textBody =
        u"您好 %1，\n\n您的 RemoteGPU 密码重置验证码是：%2\n验证码 %3 分钟内有效，最多可尝试 %4 "
        u"次。\n"
        "如果这不是您本人的操作，请忽略此邮件。\n\n"
        "Hello %1,\n\nYour RemoteGPU password reset code is: %2\n"
        "It is valid for %3 minutes and %4 tries. If you did not ask for it, ignore this mail.\n"_s
            .arg(a.customer.displayName.isEmpty() ? a.customer.username : a.customer.displayName,
                 code)
            .arg(limits->resetTtl / 60)
            .arg(limits->resetMaxAttempts);
    SmtpMailer *mailer = m_mailer.get();
    const QString traceId = client.traceId;
    (void)QtConcurrent::run(m_mailThreads, [mailer, mail, traceId] {
        if (auto sent = mailer->send(mail); !sent)
            qCWarning(lcServer).noquote()
                << "password reset mail not sent (trace" << traceId << "):" << sent.error().message;
    });
    return answer;
}

Result<void> AuthService::confirmPasswordReset(const QString &login, const QString &code,
                                               const QString &newPassword, const ClientInfo &client)
{
    const QString wrong = u"The reset code is wrong or has expired; request a new one if needed"_s;
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto limits = loadLimits(*session);
    if (!limits)
        return limits.error();
    QList<FieldError> fields;
    if (login.trimmed().isEmpty())
        fields.append({u"username"_s, u"username is required"_s});
    if (code.trimmed().isEmpty())
        fields.append({u"code"_s, u"code is required"_s});
    fields += passwordProblems(newPassword, login.trimmed(), limits->password.minLength,
                               limits->password.requireLetterAndDigit, u"newPassword"_s);
    if (!fields.isEmpty())
        return Error::badRequest(u"The new password or the form is not acceptable"_s, fields);

    auto account = CustomerRepository(*session).findForLogin(login.trimmed());
    if (!account)
        return account.error();
    if (!*account || !(*account)->isActive() || (*account)->isDirectoryOnly())
        return Error::badRequest(wrong, {{u"code"_s, wrong}});
    const AccountRecord &a = **account;

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r;
    PasswordResetRepository codes(*session);
    auto live = codes.lockLive(a.customer.id, m_clock.now());
    if (!live)
        return live.error();
    AuditEntry e = client.audit(u"auth.password_reset.confirm"_s, AuditResult::Success);
    e.actorId = a.customer.id;
    e.tenantId = a.customer.effectiveTenantId();
    e.username = a.customer.username;
    e.resourceType = u"customer"_s;
    e.resourceId = QString::number(a.customer.id);
    AuditRepository audit(*session);
    if (!*live || PasswordHasher::verify(code.trimmed(), (*live)->codeHash) !=
                      PasswordHasher::Verdict::Match) {
        if (*live) {
            if (auto r = codes.countWrongGuess((*live)->id); !r)
                return r;
        }
        e.result = AuditResult::Failure;
        e.statusCode = 400;
        e.errorMessage = *live ? u"wrong code (%1 of %2 tries used)"_s.arg((*live)->attempts + 1)
                                     .arg((*live)->maxAttempts)
                               : u"no live code"_s;
        if (auto r = audit.insert(e); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r;
        return Error::badRequest(wrong, {{u"code"_s, wrong}});
    }
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    if (auto r = CustomerRepository(*session).updatePassword(a.customer.id, *hash); !r)
        return r;
    // Access tokens issued before end with the refresh tokens (a hash upgraded at sign-in keeps
    // the generation: that is why the trigger does not watch password_hash).
    if (auto r = session->exec(
            u"UPDATE customers SET token_generation = token_generation + 1 WHERE id = ?"_s,
            {a.customer.id});
        !r)
        return r.error();
    if (auto r = codes.consume((*live)->id); !r)
        return r;
    auto revoked = RefreshTokenRepository(*session).revokeAllOf(a.customer.id, u"password_reset"_s);
    if (!revoked)
        return revoked.error();
    e.statusCode = 200;
    e.detail = QJsonObject{{u"revokedTokens"_s, *revoked}};
    if (auto r = audit.insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r;
    forgetAccount(a.customer.id);
    return {};
}

} // namespace remotegpu
