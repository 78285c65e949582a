// Sign-in, tokens, roles and the audit trail, against a real server on a real database.
#include "AuthFixture.h"
#include "LocalZone.h"
#include "Permission.h"
#include "QtPrinters.h"
#include "Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <crypt.h>

#include <ctime>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString signJwt(const QJsonObject &header, const QJsonObject &payload, const QByteArray &key)
{
    const QByteArray signingInput = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                    '.' +
                                    b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray mac =
        QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + b64(mac));
}

QJsonObject validClaims(qint64 sub, const QString &role, qint64 tenant, qint64 iat, qint64 exp)
{
    return QJsonObject{{u"iss"_s, u"remotegpu"_s},
                       {u"aud"_s, u"remotegpu-api"_s},
                       {u"typ"_s, u"remotegpu-access"_s},
                       {u"sub"_s, QString::number(sub)},
                       {u"role"_s, role},
                       {u"name"_s, u"x"_s},
                       {u"tenant"_s, tenant},
                       {u"iat"_s, iat},
                       {u"nbf"_s, iat},
                       {u"exp"_s, exp}};
}

class Auth : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { fixture = AuthFixture::start(u"auth"_s).release(); }
    static void TearDownTestSuite()
    {
        delete fixture;
        fixture = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(fixture); }
    static AuthFixture *fixture;
    AuthFixture &f() { return *fixture; }

    QByteArray signingKey()
    {
        return QByteArray::fromHex(
            f().db()
                .scalar(u"SELECT encode(secret, 'hex') FROM signing_keys WHERE status = 'active'"_s)
                .toByteArray());
    }
    int auditCount(const QString &where)
    {
        return f().db().scalar(u"SELECT count(*) FROM audit_logs WHERE "_s + where).toInt();
    }
};
AuthFixture *Auth::fixture = nullptr;

} // namespace

TEST_F(Auth, AccessTokenLifetimeFollowsTheSettingWithoutARestart)
{
    ASSERT_EQ(f().db().exec(u"UPDATE system_configs SET config_value = '120' "
                            "WHERE config_key = 'access_token_ttl_seconds'"_s),
              QString());
    const HttpResult r = f().login(f().ownerA.username, f().ownerA.password);
    ASSERT_EQ(f().db().exec(u"UPDATE system_configs SET config_value = '900' "
                            "WHERE config_key = 'access_token_ttl_seconds'"_s),
              QString());
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(dataOf(r).value(u"expiresIn"_s).toInt(), 120);
    // The token itself says so: exp − iat.
    const QList<QByteArray> parts =
        dataOf(r).value(u"accessToken"_s).toString().toLatin1().split('.');
    ASSERT_EQ(parts.size(), 3);
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
            .object();
    EXPECT_EQ(payload.value(u"exp"_s).toInteger() - payload.value(u"iat"_s).toInteger(), 120);
}

TEST_F(Auth, LoginGivesTokensAndProfile)
{
    const HttpResult r = f().login(f().ownerA.username, f().ownerA.password);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject data = dataOf(r);
    EXPECT_FALSE(data.value(u"accessToken"_s).toString().isEmpty());
    EXPECT_FALSE(data.value(u"refreshToken"_s).toString().isEmpty());
    EXPECT_EQ(data.value(u"tokenType"_s).toString(), u"Bearer"_s);
    EXPECT_EQ(data.value(u"expiresIn"_s).toInt(), 900);
    EXPECT_EQ(data.value(u"user"_s).toObject().value(u"role"_s).toString(), u"customer_owner"_s);
    EXPECT_FALSE(r.body.contains("password"));

    const HttpResult profile =
        f().getAuthed(u"/api/auth/profile"_s, data.value(u"accessToken"_s).toString());
    ASSERT_EQ(profile.status, 200);
    EXPECT_EQ(dataOf(profile).value(u"username"_s).toString(), f().ownerA.username);
    EXPECT_FALSE(profile.body.contains("$y$")) << "no hash may leave the server";
}

TEST_F(Auth, WrongPasswordAndUnknownUserLookTheSame)
{
    const HttpResult wrong = f().login(f().memberB.username, u"not-the-password-1"_s);
    const HttpResult unknown = f().login(u"nobody.at.all"_s, u"not-the-password-1"_s);
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(wrong.json().value(u"message"_s), unknown.json().value(u"message"_s));
}

TEST_F(Auth, EmptyPasswordIsRefusedAsBadInput)
{
    const HttpResult r = f().login(f().ownerA.username, QString());
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(
        dataOf(r).value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(),
        u"password"_s);
}

TEST_F(Auth, SeedBcryptHashesVerify)
{
    // Openwall's bcrypt test vector ($2a$) and a $2b$ hash made here with cost 10, as in seed 000.
    ASSERT_NE(
        f().db().exec(
            u"INSERT INTO customers (username, email, password_hash, role) VALUES "
            "('legacy2a', 'legacy2a@example.test', '$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW', 'customer_owner')"_s),
        u"x"_s);
    EXPECT_EQ(f().login(u"legacy2a"_s, u"U*U"_s).status, 200);
    EXPECT_EQ(f().login(u"legacy2a"_s, u"U*V"_s).status, 401);

    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    ASSERT_TRUE(crypt_gensalt_rn("$2b$", 10, nullptr, 0, setting, sizeof setting));
    crypt_data data{};
    const QString hash2b =
        QString::fromLatin1(crypt_rn("Legacy-pass-9", setting, &data, sizeof data));
    ASSERT_TRUE(hash2b.startsWith(u"$2b$10$"_s));
    ASSERT_EQ(
        f().db().exec(
            u"INSERT INTO customers (username, email, password_hash, role) VALUES ('legacy2b', 'legacy2b@example.test', '%1', 'customer_owner')"_s
                .arg(hash2b)),
        QString());
    EXPECT_EQ(f().login(u"legacy2b"_s, u"Legacy-pass-9"_s).status, 200);
    // A successful sign-in upgrades the old hash to yescrypt.
    EXPECT_TRUE(f().db()
                    .scalar(u"SELECT password_hash FROM customers WHERE username = 'legacy2b'"_s)
                    .toString()
                    .startsWith(u"$y$"_s));
}

TEST_F(Auth, PasswordLongerThanBcryptReadsIsRefusedNotTruncated)
{
    const QByteArray first72(72, 'k');
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    ASSERT_TRUE(crypt_gensalt_rn("$2b$", 5, nullptr, 0, setting, sizeof setting));
    crypt_data data{};
    const QString hash =
        QString::fromLatin1(crypt_rn(first72.constData(), setting, &data, sizeof data));
    ASSERT_EQ(
        f().db().exec(
            u"INSERT INTO customers (username, email, password_hash, role) VALUES ('longpw', 'longpw@example.test', '%1', 'customer_owner')"_s
                .arg(hash)),
        QString());
    // bcrypt itself would accept this (it reads 72 bytes); we must not.
    EXPECT_EQ(f().login(u"longpw"_s, QString::fromLatin1(first72 + "EXTRA-TAIL")).status, 401);
    EXPECT_EQ(f().login(u"longpw"_s, QString::fromLatin1(first72)).status, 200);
}

TEST_F(Auth, DisabledAccountCannotSignIn)
{
    const auto account = f().createAccount(u"soon.disabled"_s, Role::CustomerOwner);
    ASSERT_EQ(
        f().db().exec(u"UPDATE customers SET status = 'disabled' WHERE id = %1"_s.arg(account.id)),
        QString());
    const HttpResult r = f().login(account.username, account.password);
    EXPECT_EQ(r.status, 403);
    EXPECT_TRUE(r.json().value(u"message"_s).toString().contains(u"disabled"_s));
}

TEST_F(Auth, RefreshRotatesAndReuseRevokesTheFamily)
{
    const auto account = f().createAccount(u"rotator"_s, Role::CustomerOwner);
    const HttpResult login = f().login(account.username, account.password);
    ASSERT_EQ(login.status, 200);
    const QString first = dataOf(login).value(u"refreshToken"_s).toString();

    const HttpResult rotated = f().postJson(u"/api/auth/refresh"_s, {{u"refreshToken"_s, first}});
    ASSERT_EQ(rotated.status, 200) << rotated.body.constData();
    const QString second = dataOf(rotated).value(u"refreshToken"_s).toString();
    EXPECT_NE(second, first);
    EXPECT_FALSE(dataOf(rotated).value(u"accessToken"_s).toString().isEmpty());

    // The old one presented again: refused, and the whole family (the second token too) dies.
    const HttpResult reuse = f().postJson(u"/api/auth/refresh"_s, {{u"refreshToken"_s, first}});
    EXPECT_EQ(reuse.status, 401);
    EXPECT_EQ(f().postJson(u"/api/auth/refresh"_s, {{u"refreshToken"_s, second}}).status, 401);
    EXPECT_EQ(
        f().db()
            .scalar(
                u"SELECT count(*) FROM refresh_tokens WHERE customer_id = %1 AND revoked_reason = 'reuse_detected'"_s
                    .arg(account.id))
            .toInt(),
        1);
    EXPECT_EQ(
        auditCount(u"action = 'auth.refresh' AND result = 'failure' AND customer_id = %1"_s.arg(
            account.id)),
        1);
}

TEST_F(Auth, ConcurrentRefreshWithOneTokenHasOneWinner)
{
    const auto account = f().createAccount(u"racer"_s, Role::CustomerOwner);
    const QString token =
        dataOf(f().login(account.username, account.password)).value(u"refreshToken"_s).toString();
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    const QByteArray body = QJsonDocument(QJsonObject{{u"refreshToken"_s, token}}).toJson();
    for (int i = 0; i < 2; ++i) {
        QNetworkRequest request(f().baseUrl().resolved(QUrl(u"/api/auth/refresh"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        replies.append(manager.post(request, body));
    }
    for (QNetworkReply *r : replies) {
        if (!r->isFinished()) {
            QSignalSpy finished(r, &QNetworkReply::finished);
            ASSERT_TRUE(finished.wait(10000));
        }
    }
    int ok = 0, refused = 0;
    for (QNetworkReply *r : replies) {
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ok += status == 200;
        refused += status == 401;
        r->deleteLater();
    }
    EXPECT_EQ(ok, 1);
    EXPECT_EQ(refused, 1);
    EXPECT_EQ(
        f().db()
            .scalar(
                u"SELECT count(*) FROM refresh_tokens WHERE customer_id = %1 AND parent_id IS NOT NULL"_s
                    .arg(account.id))
            .toInt(),
        1);
}

TEST_F(Auth, LogoutRevokesTheSession)
{
    const auto account = f().createAccount(u"leaver"_s, Role::CustomerMember, f().ownerA.id);
    const QJsonObject session = dataOf(f().login(account.username, account.password));
    const HttpResult out =
        f().postJson(u"/api/auth/logout"_s, {{u"refreshToken"_s, session.value(u"refreshToken"_s)}},
                     session.value(u"accessToken"_s).toString());
    EXPECT_EQ(out.status, 200) << out.body.constData();
    EXPECT_EQ(f().postJson(u"/api/auth/refresh"_s,
                           {{u"refreshToken"_s, session.value(u"refreshToken"_s)}})
                  .status,
              401);
    EXPECT_EQ(auditCount(u"action = 'auth.logout' AND customer_id = %1"_s.arg(account.id)), 1);
}

TEST_F(Auth, DisablingAnAccountStopsRefreshAtOnce)
{
    const auto account = f().createAccount(u"to.disable"_s, Role::CustomerOwner);
    const QString refresh =
        dataOf(f().login(account.username, account.password)).value(u"refreshToken"_s).toString();
    ASSERT_EQ(
        f().db().exec(u"UPDATE customers SET status = 'disabled' WHERE id = %1"_s.arg(account.id)),
        QString());
    EXPECT_EQ(f().postJson(u"/api/auth/refresh"_s, {{u"refreshToken"_s, refresh}}).status, 401);
    EXPECT_EQ(
        f().db()
            .scalar(
                u"SELECT count(*) FROM refresh_tokens WHERE customer_id = %1 AND revoked_at IS NULL"_s
                    .arg(account.id))
            .toInt(),
        0);
}

TEST_F(Auth, BadTokensAre401)
{
    const QString good = f().accessToken(f().memberA);
    ASSERT_EQ(f().getAuthed(u"/api/auth/profile"_s, good).status, 200);
    EXPECT_EQ(f().http().get(u"/api/auth/profile"_s).status, 401) << "no token";

    const QByteArray key = signingKey();
    ASSERT_GE(key.size(), 32);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject hs256{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
    const QJsonObject claims =
        validClaims(f().memberA.id, u"customer_member"_s, f().ownerA.id, now, now + 600);
    // Sanity: our hand-made token with the real key is accepted, so the refusals below are real.
    ASSERT_EQ(f().getAuthed(u"/api/auth/profile"_s, signJwt(hs256, claims, key)).status, 200);

    const QList<QPair<const char *, QString>> bad = {
        {"expired", signJwt(hs256,
                            validClaims(f().memberA.id, u"customer_member"_s, f().ownerA.id,
                                        now - 7200, now - 3600),
                            key)},
        {"not yet valid",
         [&] {
             QJsonObject c = claims;
             c[u"nbf"_s] = now + 3600;
             return signJwt(hs256, c, key);
         }()},
        {"other key", signJwt(hs256, claims, QByteArray(64, 'z'))},
        {"alg none",
         QString::fromLatin1(b64(R"({"alg":"none","typ":"JWT"})") + '.' +
                             b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.')},
        {"alg HS512 with the right key", signJwt({{u"alg"_s, u"HS512"_s}}, claims, key)},
        {"typ of another token kind",
         [&] {
             QJsonObject c = claims;
             c[u"typ"_s] = u"refresh"_s;
             return signJwt(hs256, c, key);
         }()},
        {"wrong audience",
         [&] {
             QJsonObject c = claims;
             c[u"aud"_s] = u"other-service"_s;
             return signJwt(hs256, c, key);
         }()},
        {"wrong issuer",
         [&] {
             QJsonObject c = claims;
             c[u"iss"_s] = u"evil"_s;
             return signJwt(hs256, c, key);
         }()},
        {"no exp",
         [&] {
             QJsonObject c = claims;
             c.remove(u"exp"_s);
             return signJwt(hs256, c, key);
         }()},
        {"jwk in header",
         signJwt({{u"alg"_s, u"HS256"_s},
                  {u"jwk"_s,
                   QJsonObject{{u"kty"_s, u"oct"_s}, {u"k"_s, QString::fromLatin1(b64("zzzz"))}}}},
                 claims, QByteArray("zzzz"))},
        {"tampered payload",
         [&] {
             QStringList parts = good.split(u'.');
             QJsonObject c =
                 QJsonDocument::fromJson(
                     QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding))
                     .object();
             c[u"role"_s] = u"admin"_s;
             parts[1] = QString::fromLatin1(b64(QJsonDocument(c).toJson(QJsonDocument::Compact)));
             return parts.join(u'.');
         }()},
        {"a refresh token", dataOf(f().login(f().memberA.username, f().memberA.password))
                                .value(u"refreshToken"_s)
                                .toString()},
        {"garbage", u"abc.def.ghi"_s},
    };
    for (const auto &[why, token] : bad) {
        const HttpResult r = f().getAuthed(u"/api/auth/profile"_s, token);
        EXPECT_EQ(r.status, 401) << why;
        EXPECT_EQ(r.json().value(u"code"_s).toInt(), 401) << why;
    }
}

TEST_F(Auth, PermissionMatrixMatchesTheSeed)
{
    // Seed 001 §5.4, written out: M/W → read+write, R → read, - → nothing.
    struct Row
    {
        Module module;
        const char *admin, *owner, *member;
    };
    const Row rows[] = {
        {Module::Profile, "rw", "rw", "rw"},       {Module::AdminDashboard, "rw", "", ""},
        {Module::Machines, "rw", "", ""},          {Module::Customers, "rw", "rw", "r"},
        {Module::Allocations, "rw", "r", "r"},     {Module::Monitoring, "rw", "rw", "r"},
        {Module::Images, "rw", "rw", "r"},         {Module::Datasets, "rw", "rw", "rw"},
        {Module::Tasks, "rw", "rw", "rw"},         {Module::SettingsAudit, "rw", "r", ""},
        {Module::Notifications, "rw", "rw", "rw"},
    };
    for (const Row &row : rows) {
        const QList<QPair<Role, QByteArray>> grants = {{Role::Admin, row.admin},
                                                       {Role::CustomerOwner, row.owner},
                                                       {Role::CustomerMember, row.member}};
        for (const auto &[role, grant] : grants) {
            EXPECT_EQ(permits(role, Permission::read(row.module)), grant.contains('r'))
                << qPrintable(moduleName(row.module)) << qPrintable(toString(role));
            EXPECT_EQ(permits(role, Permission::write(row.module)), grant.contains('w'))
                << qPrintable(moduleName(row.module)) << qPrintable(toString(role));
        }
    }
}

TEST_F(Auth, EveryRouteAdmitsExactlyTheRolesOfTheMatrix)
{
    // Walks the server's own route table, so every route added later joins this test.
    const QList<QPair<Role, QString>> tokens = {
        {Role::Admin, f().accessToken(f().admin)},
        {Role::CustomerOwner, f().accessToken(f().ownerA)},
        {Role::CustomerMember, f().accessToken(f().memberA)}};
    const QList<Router::RouteInfo> routes = f().server().router().routes();
    ASSERT_GT(routes.size(), 5);
    int checked = 0;
    for (const Router::RouteInfo &route : routes) {
        QString path = route.pattern;
        path.replace(QRegularExpression(u":[A-Za-z]+"_s), u"0"_s);
        const QByteArray method = methodName(route.method).toLatin1();
        if (route.permission.isPublic)
            continue;
        // Without a token every protected route is 401.
        EXPECT_EQ(f().http().send(method, path, "{}").status, 401)
            << method.constData() << " " << qPrintable(path);
        for (const auto &[role, token] : tokens) {
            if (route.pattern == u"/api/auth/logout"_s)
                continue; // would end the session the loop still needs; its matrix row is Profile,
                          // checked above
            const HttpResult r = f().http().send(method, path, "{}",
                                                 {{"Authorization", "Bearer " + token.toLatin1()},
                                                  {"Content-Type", "application/json"}});
            const bool allowed = permits(role, route.permission);
            if (allowed) {
                EXPECT_NE(r.status, 403) << method.constData() << " " << qPrintable(path) << " as "
                                         << qPrintable(toString(role));
                EXPECT_NE(r.status, 401) << method.constData() << " " << qPrintable(path) << " as "
                                         << qPrintable(toString(role));
            } else {
                EXPECT_EQ(r.status, 403) << method.constData() << " " << qPrintable(path) << " as "
                                         << qPrintable(toString(role));
            }
            ++checked;
        }
    }
    EXPECT_GT(checked, 0);
}

TEST_F(Auth, NoRouteCanChangeOrDeleteAuditRows)
{
    for (const Router::RouteInfo &route : f().server().router().routes()) {
        if (route.pattern.contains(u"audit"_s)) {
            EXPECT_EQ(route.method, HttpMethod::Get) << qPrintable(route.pattern);
        }
    }
    EXPECT_NE(f().db().exec(u"UPDATE audit_logs SET action = 'x'"_s), QString());
    EXPECT_NE(f().db().exec(u"DELETE FROM audit_logs"_s), QString());
}

TEST_F(Auth, LoginAuditRowsCarryTheTraceId)
{
    const HttpResult ok = f().login(f().ownerB.username, f().ownerB.password,
                                    {{"X-Trace-Id", "trace-login-success-0001"}});
    ASSERT_EQ(ok.status, 200);
    EXPECT_EQ(auditCount(u"trace_id = 'trace-login-success-0001'"_s), 1);
    EXPECT_EQ(
        auditCount(
            u"trace_id = 'trace-login-success-0001' AND action = 'auth.login' AND result = 'success' AND customer_id = %1 AND tenant_id = %1"_s
                .arg(f().ownerB.id)),
        1);

    const HttpResult bad = f().login(f().ownerB.username, u"wrong-password-1"_s,
                                     {{"X-Trace-Id", "trace-login-failure-0001"}});
    ASSERT_EQ(bad.status, 401);
    EXPECT_EQ(auditCount(u"trace_id = 'trace-login-failure-0001'"_s), 1);
    EXPECT_EQ(
        auditCount(
            u"trace_id = 'trace-login-failure-0001' AND result = 'failure' AND status_code = 401 AND ip_address = '127.0.0.1'"_s),
        1);
}

TEST_F(Auth, AuditListIsScopedToTheTenant)
{
    // Activity in both tenants first.
    ASSERT_EQ(f().login(f().memberA.username, f().memberA.password).status, 200);
    ASSERT_EQ(f().login(f().memberB.username, f().memberB.password).status, 200);

    const QString ownerA = f().accessToken(f().ownerA);
    const HttpResult mine = f().getAuthed(u"/api/admin/audits?pageSize=200"_s, ownerA);
    ASSERT_EQ(mine.status, 200) << mine.body.constData();
    const QJsonArray rows = dataOf(mine).value(u"list"_s).toArray();
    ASSERT_FALSE(rows.isEmpty());
    for (const QJsonValue &row : rows)
        EXPECT_EQ(row.toObject().value(u"tenantId"_s).toInteger(), f().ownerA.id)
            << QJsonDocument(row.toObject()).toJson().constData();

    // Asking for tenant B's rows by filter still yields nothing of B.
    const QString filter =
        QString::fromLatin1(QUrl::toPercentEncoding(u"{\"tenantId\":%1}"_s.arg(f().ownerB.id)));
    const HttpResult probe = f().getAuthed(u"/api/admin/audits?filters="_s + filter, ownerA);
    ASSERT_EQ(probe.status, 200);
    EXPECT_EQ(dataOf(probe).value(u"total"_s).toInt(), 0);

    EXPECT_EQ(f().getAuthed(u"/api/admin/audits"_s, f().accessToken(f().memberA)).status, 403);
    const HttpResult all = f().getAuthed(u"/api/admin/audits?pageSize=200&filters="_s + filter,
                                         f().accessToken(f().admin));
    ASSERT_EQ(all.status, 200);
    EXPECT_GT(dataOf(all).value(u"total"_s).toInt(), 0);
}

// The audit filters read a zoneless time as UTC, like every other query time (docs/api.md),
// not as the server's local time.
TEST_F(Auth, AuditFilterTimesWithoutAZoneAreUtc)
{
    ASSERT_EQ(f().login(f().ownerA.username, f().ownerA.password,
                        {{"X-Trace-Id", "trace-zoneless-audit-0001"}})
                  .status,
              200);
    const QString admin = f().accessToken(f().admin);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // "2026-11-24T08:00:00.000": the instant without its zone.
    auto zoneless = [](const QDateTime &t) { return t.toString(Qt::ISODateWithMs).chopped(1); };
    auto count = [&](const QString &bound, const QDateTime &t) {
        const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(
            u"{\"traceId\":\"trace-zoneless-audit-0001\",\"%1\":\"%2\"}"_s.arg(bound,
                                                                               zoneless(t))));
        const HttpResult r = f().getAuthed(u"/api/admin/audits?filters="_s + filter, admin);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return dataOf(r).value(u"total"_s).toInt();
    };

    const LocalZone westOfUtc("TST+8");
    // An hour ago in UTC; read as local time it would be seven hours from now.
    EXPECT_EQ(count(u"to"_s, now.addSecs(-3600)), 0);
    EXPECT_EQ(count(u"from"_s, now.addSecs(-3600)), 1);
    EXPECT_EQ(count(u"to"_s, now.addSecs(3600)), 1);
    EXPECT_EQ(count(u"from"_s, now.addSecs(3600)), 0);
}

TEST_F(Auth, AuditListRejectsUnknownFilters)
{
    const QString admin = f().accessToken(f().admin);
    const HttpResult r = f().getAuthed(u"/api/admin/audits?sortBy=password_hash"_s, admin);
    EXPECT_EQ(r.status, 400);
    const HttpResult f2 =
        f().getAuthed(u"/api/admin/audits?filters="_s +
                          QString::fromLatin1(QUrl::toPercentEncoding(
                              u"{\"action\":\"auth.login\",\"result\":\"failure\"}"_s)),
                      admin);
    ASSERT_EQ(f2.status, 200);
    for (const QJsonValue &row : dataOf(f2).value(u"list"_s).toArray()) {
        EXPECT_EQ(row.toObject().value(u"action"_s).toString(), u"auth.login"_s);
        EXPECT_EQ(row.toObject().value(u"result"_s).toString(), u"failure"_s);
    }
}
