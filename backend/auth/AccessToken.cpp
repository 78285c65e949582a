#include "AccessToken.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <jwt.h>

#include <cstdlib>
#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

struct JwtDeleter
{
    void operator()(jwt_t *j) const { jwt_free(j); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtDeleter>;

// The header, read without libjwt, so its `alg` can be refused before any key is handed over.
QJsonObject headerOf(const QByteArray &token)
{
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0)
        return {};
    const QByteArray json = QByteArray::fromBase64(
        token.left(dot), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(json).object();
}

} // namespace

AccessTokenCodec::AccessTokenCodec(QList<QByteArray> keys)
    : m_keys(std::move(keys))
{}

Result<QString> AccessTokenCodec::issue(const AccessClaims &claims, const QDateTime &now) const
{
    if (m_keys.isEmpty() || m_keys.first().size() < 32)
        return Error::internal(u"No token signing key is loaded"_s);
    if (!claims.expiresAt.isValid() || claims.expiresAt <= now)
        return Error::internal(u"A token must expire after it is issued"_s);
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return Error::internal(u"Cannot create a token"_s);
    JwtPtr jwt(raw);
    const QByteArray &key = m_keys.first();
    const long iat = long(now.toSecsSinceEpoch());
    const QByteArray sub = QByteArray::number(claims.subject);
    const QByteArray role = toString(claims.role).toUtf8();
    const QByteArray username = claims.username.toUtf8();
    bool ok = jwt_set_alg(jwt.get(), JWT_ALG_HS256,
                          reinterpret_cast<const unsigned char *>(key.constData()),
                          int(key.size())) == 0 &&
              jwt_add_grant(jwt.get(), "iss", kIssuer) == 0 &&
              jwt_add_grant(jwt.get(), "aud", kAudience) == 0 &&
              jwt_add_grant(jwt.get(), "typ", kType) == 0 &&
              jwt_add_grant(jwt.get(), "sub", sub.constData()) == 0 &&
              jwt_add_grant(jwt.get(), "role", role.constData()) == 0 &&
              jwt_add_grant(jwt.get(), "name", username.constData()) == 0 &&
              jwt_add_grant_int(jwt.get(), "tenant", long(claims.tenantId)) == 0 &&
              jwt_add_grant_int(jwt.get(), "gen", long(claims.generation)) == 0 &&
              jwt_add_grant_int(jwt.get(), "iat", iat) == 0 &&
              jwt_add_grant_int(jwt.get(), "nbf", iat) == 0 &&
              jwt_add_grant_int(jwt.get(), "exp", long(claims.expiresAt.toSecsSinceEpoch())) == 0;
    if (!ok)
        return Error::internal(u"Cannot fill the token's claims"_s);
    char *encoded = jwt_encode_str(jwt.get());
    if (!encoded)
        return Error::internal(u"Cannot sign the token"_s);
    QString token = QString::fromLatin1(encoded);
    free(encoded); // libjwt 1.10 allocates with malloc and has no jwt_free_str
    return token;
}

Result<AccessClaims> AccessTokenCodec::verify(const QString &tokenText, const QDateTime &now) const
{
    // Checking a signature costs a base64 decode, a JSON parse and an HMAC on every request
    // (about 6 % of the server's CPU for a machine-list page). A token's verdict can change only
    // with time, so a token that verified is remembered with its validity window, and a later
    // request checks that window alone.
    const qint64 nowSecs = now.toSecsSinceEpoch();
    {
        QMutexLocker lock(&m_verifiedLock);
        const auto hit = m_verified.constFind(tokenText);
        if (hit != m_verified.cend() && withinValidity(*hit, nowSecs))
            return *hit;
    }
    auto claims = verifySignature(tokenText, now);
    if (claims) {
        QMutexLocker lock(&m_verifiedLock);
        if (m_verified.size() >= kVerifiedCapacity)
            m_verified.clear(); // bounded; tokens live minutes, so the live ones return at once
        m_verified.insert(tokenText, *claims);
    }
    return claims;
}

Result<AccessClaims> AccessTokenCodec::verifySignature(const QString &tokenText,
                                                       const QDateTime &now) const
{
    const auto refuse = [](const QString &why) {
        return Error::unauthorized(u"The access token is not valid: %1"_s.arg(why));
    };
    const QByteArray token = tokenText.toLatin1();
    if (token.count('.') != 2 || token.size() > 4096)
        return refuse(u"malformed"_s);
    const QJsonObject header = headerOf(token);
    if (header.value(u"alg"_s).toString() != u"HS256"_s)
        return refuse(u"unexpected algorithm"_s);

    JwtPtr jwt;
    for (const QByteArray &key : m_keys) {
        jwt_t *raw = nullptr;
        if (jwt_decode(&raw, token.constData(),
                       reinterpret_cast<const unsigned char *>(key.constData()),
                       int(key.size())) == 0) {
            jwt.reset(raw);
            break;
        }
    }
    if (!jwt)
        return refuse(u"bad signature"_s);
    if (jwt_get_alg(jwt.get()) != JWT_ALG_HS256)
        return refuse(u"unexpected algorithm"_s);

    const auto grant = [&](const char *name) {
        const char *v = jwt_get_grant(jwt.get(), name);
        return v ? QString::fromUtf8(v) : QString();
    };
    const auto grantInt = [&](const char *name, bool *present) {
        errno = 0;
        const long v = jwt_get_grant_int(jwt.get(), name);
        *present = errno == 0;
        return v;
    };
    if (grant("typ") != QLatin1StringView(kType))
        return refuse(u"not an access token"_s);
    if (grant("iss") != QLatin1StringView(kIssuer) || grant("aud") != QLatin1StringView(kAudience))
        return refuse(u"issued for someone else"_s);
    bool hasExp = false, hasNbf = false, hasIat = false, hasTenant = false, hasGeneration = false;
    const long exp = grantInt("exp", &hasExp);
    const long nbf = grantInt("nbf", &hasNbf);
    const long iat = grantInt("iat", &hasIat);
    const long tenant = grantInt("tenant", &hasTenant);
    const long generation = grantInt("gen", &hasGeneration);
    if (!hasExp || !hasNbf || !hasIat || !hasTenant)
        return refuse(u"claims missing"_s);
    const qint64 nowSecs = now.toSecsSinceEpoch();
    if (nowSecs >= exp + kLeewaySeconds)
        return refuse(u"expired"_s);
    if (nowSecs + kLeewaySeconds < nbf)
        return refuse(u"not yet valid"_s);
    const auto role = fromString<Role>(grant("role"));
    bool subOk = false;
    const qint64 subject = grant("sub").toLongLong(&subOk);
    if (!role || !subOk || subject <= 0)
        return refuse(u"claims missing"_s);

    AccessClaims claims;
    claims.subject = subject;
    claims.role = *role;
    claims.tenantId = tenant;
    claims.username = grant("name");
    claims.issuedAt = QDateTime::fromSecsSinceEpoch(iat, Qt::UTC);
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
    claims.notBefore = QDateTime::fromSecsSinceEpoch(nbf, Qt::UTC);
    claims.generation = hasGeneration ? generation : 0;
    return claims;
}

bool AccessTokenCodec::withinValidity(const AccessClaims &claims, qint64 nowSecs)
{
    return nowSecs < claims.expiresAt.toSecsSinceEpoch() + kLeewaySeconds &&
           nowSecs + kLeewaySeconds >= claims.notBefore.toSecsSinceEpoch();
}

} // namespace remotegpu
