#pragma once

#include "Enums.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace remotegpu {

// Who an access token speaks for. tenantId is 0 for admins (they belong to no tenant).
struct AccessClaims
{
    qint64 subject = 0; // customers.id
    Role role = Role::CustomerMember;
    qint64 tenantId = 0;
    QString username;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime notBefore; // read from a token; issue() uses issuedAt
    // customers.token_generation when issued: a token of an older generation is refused
    // (AuthService::verifyAccessToken). Tokens issued before the claim existed read as 0.
    qint64 generation = 0;
};

// Short-lived signed access tokens: JWT (libjwt), HS256 with a server-generated key. The
// algorithm is fixed here; what a token's header says about algorithm or key (alg, kid, jku,
// jwk) is never used to choose how to verify it. `typ` in the claims is our own
// ("remotegpu-access"), so no other token a party might hold — a refresh token, another
// service's JWT signed with a shared key — is ever accepted as an access token.
class AccessTokenCodec
{
public:
    static constexpr const char *kIssuer = "remotegpu";
    static constexpr const char *kAudience = "remotegpu-api";
    static constexpr const char *kType = "remotegpu-access";

    // `keys.first()` signs; every key verifies (the previous key stays valid while tokens signed
    // with it can still be alive).
    explicit AccessTokenCodec(QList<QByteArray> keys);

    // Valid from `now` until `claims.expiresAt`: the lifetime is the caller's (a setting an
    // admin may change while the server runs).
    Result<QString> issue(const AccessClaims &claims, const QDateTime &now) const;
    // Unauthorized with a short reason on any problem: malformed, wrong algorithm, bad signature,
    // wrong issuer/audience/type, not yet valid, expired.
    Result<AccessClaims> verify(const QString &token, const QDateTime &now) const;

private:
    static constexpr qint64 kLeewaySeconds = 30; // clocks of several instances drift a little
    static constexpr qsizetype kVerifiedCapacity = 8192;
    Result<AccessClaims> verifySignature(const QString &token, const QDateTime &now) const;
    static bool withinValidity(const AccessClaims &claims, qint64 nowSecs);

    QList<QByteArray> m_keys;
    mutable QMutex m_verifiedLock;
    mutable QHash<QString, AccessClaims> m_verified; // tokens that verified
};

} // namespace remotegpu
