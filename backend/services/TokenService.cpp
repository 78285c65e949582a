#include "TokenService.h"

#include "AccountStates.h"
#include "AuditRepository.h"
#include "AuthLimits.h"
#include "ClientInfo.h"
#include "CustomerRepository.h"
#include "LdapSignIn.h"
#include "RandomText.h"
#include "RefreshTokenRepository.h"
#include "SqlSession.h"

#include <QCryptographicHash>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

} // namespace

TokenService::TokenService(DatabasePool &pool, std::shared_ptr<const AccessTokenCodec> codec,
                           const Clock &clock, AccountStates &states, LdapSignIn &directory)
    : m_pool(pool)
    , m_codec(std::move(codec))
    , m_clock(clock)
    , m_states(states)
    , m_directory(directory)
{}

Result<SessionTokens> TokenService::issue(SqlSession &session, const AuthLimits &limits,
                                          const AccountRecord &account, const QString &familyId,
                                          std::optional<qint64> parentId, const ClientInfo &client)
{
    const QDateTime now = m_clock.now();
    const Customer &c = account.customer;
    const Principal p{c.id, c.role, c.effectiveTenantId().value_or(0), c.username};
    // Read in this transaction, after any role or tenant change made while signing in; a member
    // of a disabled tenant gets no tokens (they would be refused at once anyway).
    auto state = CustomerRepository(session).tokenState(p.id);
    if (!state)
        return state.error();
    if (!*state)
        return Error::unauthorized(u"This account no longer exists"_s);
    const qint64 generation = (*state)->generation;
    const bool tenantActive = (*state)->tenantActive;
    if (!tenantActive)
        return Error::unauthorized(u"Your company's account is disabled; ask your administrator"_s);
    const AccessClaims claims{
        p.id, p.role, p.tenantId, p.username, now, now.addSecs(limits.accessTtl), now, generation};
    auto access = m_codec->issue(claims, now);
    if (!access)
        return access.error();
    const QString refresh = random_text::urlSafeToken(32);
    auto issued = RefreshTokenRepository(session).insert(c.id, tokenHash(refresh), familyId,
                                                         parentId, now.addSecs(limits.refreshTtl),
                                                         client.ip, client.userAgent);
    if (!issued)
        return issued.error();
    return SessionTokens{*access, refresh, limits.accessTtl, limits.refreshTtl, c};
}

Result<SessionTokens> TokenService::rotate(const QString &refreshToken, const ClientInfo &client)
{
    if (refreshToken.isEmpty() || refreshToken.size() > 256)
        return Error::badRequest(u"Give the refreshToken you received at sign-in"_s,
                                 {{u"refreshToken"_s, u"refreshToken is required"_s}});
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto limits = AuthLimits::load(*session);
    if (!limits)
        return limits.error();
    RefreshTokenRepository tokens(*session);
    const QByteArray hash = tokenHash(refreshToken);

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    const QDateTime now = m_clock.now();
    auto claimed = tokens.claim(hash, now);
    if (!claimed)
        return claimed.error();
    if (!*claimed)
        return refuseUnclaimed(*session, tx, hash, now, client);

    auto account = CustomerRepository(*session).findById((*claimed)->customerId);
    if (!account)
        return account.error();
    if (!*account || !(*account)->isActive()) {
        (void)tokens.revokeAllOf((*claimed)->customerId, u"account_disabled"_s);
        if (auto r = tx.commit(); !r)
            return r.error();
        return Error::unauthorized(u"This account is disabled; ask your administrator"_s);
    }
    auto current = m_directory.recheck(*session, **account);
    if (!current)
        return current.error();
    if (!*current) {
        (void)tokens.revokeFamily((*claimed)->familyId, u"admin"_s);
        if (auto r = tx.commit(); !r)
            return r.error();
        return Error::unauthorized(
            u"Your directory account no longer gives access to RemoteGPU; sign in again or ask an administrator"_s);
    }
    auto issued = issue(*session, *limits, **current, (*claimed)->familyId, (*claimed)->id, client);
    if (!issued)
        return issued.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return issued;
}

Error TokenService::refuseUnclaimed(SqlSession &session, Transaction &tx, const QByteArray &hash,
                                    const QDateTime &now, const ClientInfo &client)
{
    RefreshTokenRepository tokens(session);
    auto state = tokens.find(hash, now);
    if (!state)
        return state.error();
    if (!*state)
        return Error::unauthorized(u"The refresh token is not valid; sign in again"_s);
    if ((*state)->used) {
        // RFC 9700 §4.14.2: a used token presented again means it was copied; end the whole
        // family, committed even though this request is refused.
        auto revoked = tokens.revokeFamily((*state)->familyId, u"reuse_detected"_s);
        if (!revoked)
            return revoked.error();
        AuditEntry e = client.audit(u"auth.refresh"_s, AuditResult::Failure);
        e.actorId = (*state)->customerId;
        e.resourceType = u"refresh_token_family"_s;
        e.resourceId = (*state)->familyId;
        e.statusCode = 401;
        e.errorMessage = u"refresh token reused; family revoked"_s;
        e.detail = QJsonObject{{u"reason"_s, u"reuse_detected"_s}, {u"revokedTokens"_s, *revoked}};
        if (auto r = AuditRepository(session).insert(e); !r)
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

Result<void> TokenService::revoke(const Principal &principal, const QString &refreshToken,
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

Result<Principal> TokenService::verify(const QString &accessToken) const
{
    auto claims = m_codec->verify(accessToken, m_clock.now());
    if (!claims)
        return claims.error();
    auto state = m_states.lookup(claims->subject);
    // A token newer than what is cached: the account changed here or elsewhere a moment ago
    // (the notification may still be on its way), so ask the database.
    if (state && state->generation < claims->generation)
        state = m_states.lookup(claims->subject, true);
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

} // namespace remotegpu
