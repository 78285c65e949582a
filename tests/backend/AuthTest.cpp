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
#include <QUuid>

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

// A refresh token lives 14 days (refresh_token_ttl_seconds 1,209,600): with the server's clock
// moved, one from the same sign-in time still works a second before and is refused at the 14th
// day, with the message that says so.
TEST_F(Auth, ARefreshTokenLastsFourteenDays)
{
    const auto account = f().createAccount(u"fortnight"_s, Role::CustomerOwner);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QString early, late;
    {
        AuthFixture::ClockAt clock(f(), at);
        const HttpResult a = f().login(account.username, account.password);
        ASSERT_EQ(a.status, 200) << a.body.constData();
        EXPECT_EQ(dataOf(a).value(u"refreshExpiresIn"_s).toInt(), 14 * 24 * 3600);
        early = dataOf(a).value(u"refreshToken"_s).toString();
        late = dataOf(f().login(account.username, account.password))
                   .value(u"refreshToken"_s)
                   .toString();
    }
    {
        AuthFixture::ClockAt clock(f(), at.addDays(14).addSecs(-1));
        const HttpResult r = f().postJson(u"/api/auth/refresh"_s, {{u"refreshToken"_s, early}});
        EXPECT_EQ(r.status, 200) << r.body.constData();
    }
    {
        AuthFixture::ClockAt clock(f(), at.addDays(14));
        const HttpResult r = f().postJson(u"/api/auth/refresh"_s, {{u"refreshToken"_s, late}});
        EXPECT_EQ(r.status, 401) << r.body.constData();
        EXPECT_TRUE(r.json().value(u"message"_s).toString().contains(u"expired"_s))
            << r.body.constData();
    }
}

// "everywhere": signing out ends every session of the account, not only the one presented; other
// accounts keep theirs.
TEST_F(Auth, LogoutEverywhereEndsEverySessionOfTheAccount)
{
    const auto account = f().createAccount(u"everywhere"_s, Role::CustomerMember, f().ownerA.id);
    const QJsonObject laptop = dataOf(f().login(account.username, account.password));
    const QJsonObject phone = dataOf(f().login(account.username, account.password));
    const QString bystander = dataOf(f().login(f().ownerB.username, f().ownerB.password))
                                  .value(u"refreshToken"_s)
                                  .toString();
    const HttpResult out = f().postJson(u"/api/auth/logout"_s, {{u"everywhere"_s, true}},
                                        laptop.value(u"accessToken"_s).toString());
    ASSERT_EQ(out.status, 200) << out.body.constData();
    for (const QJsonObject &session : {laptop, phone}) {
        EXPECT_EQ(f().postJson(u"/api/auth/refresh"_s,
                               {{u"refreshToken"_s, session.value(u"refreshToken"_s)}})
                      .status,
                  401);
    }
    EXPECT_EQ(f().postJson(u"/api/auth/refresh"_s, {{u"refreshToken"_s, bystander}}).status, 200);
}

// The database holds a hash of each refresh token, never the token: a copy of the table signs
// nobody in.
TEST_F(Auth, RefreshTokensAreStoredOnlyHashed)
{
    const auto account = f().createAccount(u"hashed"_s, Role::CustomerOwner);
    const QString token =
        dataOf(f().login(account.username, account.password)).value(u"refreshToken"_s).toString();
    ASSERT_GE(token.size(), 32);
    EXPECT_EQ(
        f().db()
            .scalar(u"SELECT count(*) FROM refresh_tokens WHERE customer_id = %1"_s.arg(account.id))
            .toInt(),
        1);
    // Nowhere in any column of any row, not even as a part.
    EXPECT_EQ(
        f().db()
            .scalar(u"SELECT count(*) FROM refresh_tokens t WHERE strpos(t::text, '%1') > 0"_s.arg(
                token))
            .toInt(),
        0);
    const QString stored =
        f().db()
            .scalar(
                u"SELECT token_hash FROM refresh_tokens WHERE customer_id = %1"_s.arg(account.id))
            .toString();
    EXPECT_FALSE(stored.isEmpty());
    EXPECT_NE(stored, token);
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

namespace {

// Who may call each route, written out from seed 001 (§5 lists the routes, §5.4 the matrix:
// M/W read and write, R read only, - nothing) and kept here independently of the product's own
// Permission tags and permits(): a route whose tag drifts from the seed fails below.
struct RouteRoles
{
    const char *method;
    const char *pattern;
    QList<Role> roles; // who gets a real answer; everyone else a 403
};

const QList<Role> kEveryone = {Role::Admin, Role::CustomerOwner, Role::CustomerMember};
const QList<Role> kAdminAndOwner = {Role::Admin, Role::CustomerOwner};
const QList<Role> kAdminOnly = {Role::Admin};

const QList<RouteRoles> &routeRoles()
{
    static const QList<RouteRoles> table = {
        // 认证与个人资料 (R/W R/W R/W): one's own session and profile.
        {"POST", "/api/auth/logout", kEveryone},
        {"GET", "/api/auth/profile", kEveryone},
        {"GET", "/api/customer/settings/profile", kEveryone},
        {"PUT", "/api/customer/settings/profile", kEveryone},
        {"GET", "/api/customer/settings/notifications", kEveryone},
        {"PUT", "/api/customer/settings/notifications", kEveryone},
        {"GET", "/api/customer/settings/ssh-keys", kEveryone},
        {"POST", "/api/customer/settings/ssh-keys", kEveryone},
        {"DELETE", "/api/customer/settings/ssh-keys/:id", kEveryone},
        // 管理员仪表盘/统计 (M - -): /api/admin/dashboard*, /api/admin/statistics*.
        {"GET", "/api/admin/dashboard/stats", kAdminOnly},
        {"GET", "/api/admin/dashboard/gpu-trend", kAdminOnly},
        {"GET", "/api/admin/statistics/resources", kAdminOnly},
        {"GET", "/api/admin/statistics/customers", kAdminOnly},
        // 机器管理（全局） (M - -): /api/admin/machines*, import included.
        {"GET", "/api/admin/machines", kAdminOnly},
        {"POST", "/api/admin/machines", kAdminOnly},
        {"GET", "/api/admin/machines/:id", kAdminOnly},
        {"PUT", "/api/admin/machines/:id", kAdminOnly},
        {"DELETE", "/api/admin/machines/:id", kAdminOnly},
        {"POST", "/api/admin/machines/:id/maintenance", kAdminOnly},
        {"GET", "/api/admin/monitoring/realtime", kAdminOnly},
        {"GET", "/api/admin/machines/:id/monitoring", kAdminOnly},
        {"GET", "/api/admin/machines/:id/gpus/:index/monitoring", kAdminOnly},
        {"GET", "/api/admin/machines/:id/status-history", kAdminOnly},
        {"GET", "/api/admin/machines/import/template", kAdminOnly},
        {"POST", "/api/admin/machines/import", kAdminOnly},
        // 客户/租户管理 (M W R): the owner manages members, a member reads.
        {"GET", "/api/admin/customers", kEveryone},
        {"POST", "/api/admin/customers", kAdminAndOwner},
        {"GET", "/api/admin/customers/:id", kEveryone},
        {"PUT", "/api/admin/customers/:id", kAdminAndOwner},
        {"DELETE", "/api/admin/customers/:id", kAdminAndOwner},
        {"POST", "/api/admin/customers/:id/disable", kAdminAndOwner},
        {"POST", "/api/admin/customers/:id/enable", kAdminAndOwner},
        {"GET", "/api/customer/workspaces", kEveryone},
        {"POST", "/api/customer/workspaces", kAdminAndOwner},
        {"GET", "/api/customer/workspaces/:id", kEveryone},
        {"POST", "/api/customer/workspaces/:id/members", kAdminAndOwner},
        {"DELETE", "/api/customer/workspaces/:id/members/:customerId", kAdminAndOwner},
        // 分配管理 (M R R): customers read their tenant's allocations (and their machines, which
        // are those allocations); allocating and reclaiming a machine are allocation changes.
        {"GET", "/api/admin/allocations", kEveryone},
        {"GET", "/api/admin/allocations/recent", kEveryone},
        {"GET", "/api/admin/allocations/free-windows", kEveryone},
        {"GET", "/api/admin/allocations/:id", kEveryone},
        {"POST", "/api/admin/allocations", kAdminOnly},
        {"POST", "/api/admin/allocations/bulk-extend", kAdminOnly},
        {"POST", "/api/admin/allocations/:id/extend", kAdminOnly},
        {"POST", "/api/admin/allocations/:id/reclaim", kAdminOnly},
        {"POST", "/api/admin/machines/:id/allocate", kAdminOnly},
        {"POST", "/api/admin/machines/:id/reclaim", kAdminOnly},
        {"GET", "/api/customer/dashboard/stats", kEveryone},
        {"GET", "/api/customer/machines", kEveryone},
        {"GET", "/api/customer/machines/summary", kEveryone},
        {"GET", "/api/customer/machines/:id", kEveryone},
        {"GET", "/api/customer/machines/:id/monitoring", kEveryone},
        {"GET", "/api/customer/machines/:id/processes", kEveryone},
        // 任务管理 (M W W).
        {"GET", "/api/customer/machines/:id/tasks", kEveryone},
        {"GET", "/api/customer/tasks/recent", kEveryone},
        // 监控与告警 (M W R).
        {"GET", "/api/admin/alerts/active", kEveryone},
        {"GET", "/api/admin/alerts", kAdminOnly},
        {"POST", "/api/admin/alerts/:id/ack", kAdminOnly},
        {"POST", "/api/admin/alerts/:id/resolve", kAdminOnly},
        {"GET", "/api/customer/alerts", kEveryone},
        {"POST", "/api/customer/alerts/:id/ack", kAdminAndOwner},
        {"GET", "/api/admin/alert-rules", kAdminOnly},
        {"POST", "/api/admin/alert-rules", kAdminOnly},
        {"PUT", "/api/admin/alert-rules/:id", kAdminOnly},
        {"DELETE", "/api/admin/alert-rules/:id", kAdminOnly},
        // Webhooks: an administrator's under /api/admin (every tenant's events), a tenant's under
        // /api/customer (owners manage them, members read them and their delivery log).
        {"GET", "/api/admin/webhooks", kAdminOnly},
        {"POST", "/api/admin/webhooks", kAdminOnly},
        {"PUT", "/api/admin/webhooks/:id", kAdminOnly},
        {"DELETE", "/api/admin/webhooks/:id", kAdminOnly},
        {"POST", "/api/admin/webhooks/:id/rotate-secret", kAdminOnly},
        {"POST", "/api/admin/webhooks/:id/test", kAdminOnly},
        {"GET", "/api/admin/webhooks/:id/deliveries", kAdminOnly},
        {"GET", "/api/customer/webhooks", kEveryone},
        {"POST", "/api/customer/webhooks", kAdminAndOwner},
        {"PUT", "/api/customer/webhooks/:id", kAdminAndOwner},
        {"DELETE", "/api/customer/webhooks/:id", kAdminAndOwner},
        {"POST", "/api/customer/webhooks/:id/rotate-secret", kAdminAndOwner},
        {"POST", "/api/customer/webhooks/:id/test", kAdminAndOwner},
        {"GET", "/api/customer/webhooks/:id/deliveries", kEveryone},
        // Allocated versus used: the fleet for administrators, its own tenant for an owner.
        {"GET", "/api/admin/statistics/allocations", kAdminOnly},
        {"GET", "/api/customer/statistics/usage", {Role::CustomerOwner}},
        {"GET", "/api/customer/alert-rules", kEveryone},
        {"POST", "/api/customer/alert-rules", kAdminAndOwner},
        {"PUT", "/api/customer/alert-rules/:id", kAdminAndOwner},
        {"DELETE", "/api/customer/alert-rules/:id", kAdminAndOwner},
        {"POST", "/api/admin/agents/enrollment-token", kAdminOnly},
        {"POST", "/api/admin/machines/:id/agent-token/revoke", kAdminOnly},
        // 系统设置与审计 (M R -): the owner reads its tenant's audit and the settings.
        {"GET", "/api/admin/settings", kAdminAndOwner},
        {"PUT", "/api/admin/settings", kAdminOnly},
        {"GET", "/api/admin/audits", kAdminAndOwner},
        // 通知中心 (R/W R/W R/W): one's own notifications.
        {"GET", "/api/customer/notifications", kEveryone},
        {"POST", "/api/customer/notifications/read-all", kEveryone},
        {"POST", "/api/customer/notifications/:id/read", kEveryone},
    };
    return table;
}

// Meant to answer without a token (seed 001 §5.1 "Public", and the operations endpoints).
const QList<QPair<const char *, const char *>> kPublicRoutes = {
    {"POST", "/api/auth/login"},
    {"POST", "/api/auth/refresh"},
    {"POST", "/api/auth/password-reset/request"},
    {"POST", "/api/auth/password-reset/confirm"},
    {"GET", "/healthz"},
    {"GET", "/readyz"},
    {"GET", "/metrics"},
    // The agent's own routes: no user token (the agent's per-host token, checked by the handler).
    {"POST", "/api/agent/enroll"},
    {"POST", "/api/agent/heartbeat"},
    // Guarded by its own metrics_token (404 when none is set), not by a user's token.
    {"GET", "/metrics/fleet"},
};

// A status and message that come from the route's handler, not from the router's sign-in or
// role check (nor from an unmatched route): 2xx, or the handler's own 400/404/409.
bool answeredByHandler(const HttpResult &r)
{
    const QString message = r.json().value(u"message"_s).toString();
    const bool handlerStatus = (r.status >= 200 && r.status < 300) || r.status == 400 ||
                               r.status == 404 || r.status == 409;
    return handlerStatus && !message.startsWith(u"Your role"_s) &&
           !message.startsWith(u"Sign in"_s) && !message.startsWith(u"No API route"_s);
}

} // namespace

TEST_F(Auth, EveryRouteAdmitsExactlyTheRolesOfTheMatrix)
{
    const QList<QPair<Role, const AuthFixture::Account *>> accounts = {
        {Role::Admin, &f().admin},
        {Role::CustomerOwner, &f().ownerA},
        {Role::CustomerMember, &f().memberA}};
    QMap<Role, QString> tokens;
    for (const auto &[role, account] : accounts)
        tokens.insert(role, f().accessToken(*account));

    // Every registered route is in exactly one of the two lists: a new route fails here until
    // someone decides who may call it.
    QSet<QString> known;
    for (const RouteRoles &r : routeRoles())
        known.insert(QLatin1String(r.method) + u' ' + QLatin1String(r.pattern));
    QSet<QString> publicRoutes;
    for (const auto &[method, pattern] : kPublicRoutes)
        publicRoutes.insert(QLatin1String(method) + u' ' + QLatin1String(pattern));
    const QList<Router::RouteInfo> routes = f().server().router().routes();
    QSet<QString> registered;
    for (const Router::RouteInfo &route : routes) {
        const QString key = methodName(route.method) + u' ' + route.pattern;
        registered.insert(key);
        EXPECT_TRUE(known.contains(key) || publicRoutes.contains(key))
            << "route " << qPrintable(key) << " is in neither the role table nor the public list";
        EXPECT_EQ(route.permission.isPublic, publicRoutes.contains(key))
            << qPrintable(key) << (route.permission.isPublic ? " is public" : " needs a token");
    }
    for (const QString &key : known | publicRoutes)
        EXPECT_TRUE(registered.contains(key)) << qPrintable(key) << " is listed but not registered";

    // Public routes answer without a token.
    for (const auto &[method, pattern] : kPublicRoutes) {
        const HttpResult r = f().http().send(method, QString::fromLatin1(pattern), "{}",
                                             {{"Content-Type", "application/json"}});
        EXPECT_TRUE(answeredByHandler(r))
            << method << " " << pattern << " without a token: " << r.status << " "
            << r.body.constData();
    }

    int checked = 0;
    for (const RouteRoles &route : routeRoles()) {
        QString path = QString::fromLatin1(route.pattern);
        path.replace(QRegularExpression(u":[A-Za-z]+"_s), u"0"_s);
        const QByteArray method(route.method);
        // Without a token: 401.
        EXPECT_EQ(f().http().send(method, path, "{}").status, 401)
            << route.method << " " << route.pattern << " without a token";
        for (const auto &[role, account] : accounts) {
            // Signing out ends the session the loop still needs: that call gets a token of its
            // own.
            const QString token = QByteArray(route.pattern) == "/api/auth/logout"
                                      ? f().accessToken(*account)
                                      : tokens.value(role);
            const HttpResult r = f().http().send(method, path, "{}",
                                                 {{"Authorization", "Bearer " + token.toLatin1()},
                                                  {"Content-Type", "application/json"}});
            if (route.roles.contains(role)) {
                EXPECT_TRUE(answeredByHandler(r))
                    << route.method << " " << route.pattern << " as " << qPrintable(toString(role))
                    << ": " << r.status << " " << r.body.constData();
            } else {
                EXPECT_EQ(r.status, 403)
                    << route.method << " " << route.pattern << " as " << qPrintable(toString(role))
                    << ": " << r.body.constData();
            }
            ++checked;
        }
    }
    EXPECT_EQ(checked, routeRoles().size() * 3);
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

// Each audit row names its target as it is now: a customer by user name, a machine by its name,
// an allocation by machine and tenant; a target that is gone, an id that is not a number where
// one is expected and a type without names have none (the type and id stay as recorded).
TEST_F(Auth, AuditRowsNameTheirTargetsAsTheyAreNow)
{
    // Audit rows cannot be deleted: a trace id of this run's own.
    const QString trace = u"trace-audit-target-"_s + QUuid::createUuid().toString(QUuid::Id128);
    ASSERT_EQ(f().db().exec(
                  u"DELETE FROM hosts WHERE id = 'audit-target-host'; "
                  "INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu) "
                  "VALUES ('audit-target-host', 'AUDIT-GPU-01', '10.77.0.1', 8, 64, 0); "
                  "INSERT INTO allocations (id, customer_id, tenant_id, host_id, start_time, "
                  "end_time, status) VALUES ('audit-target-alloc', %1, %1, 'audit-target-host', "
                  "'2001-01-01', '2001-02-01', 'expired'); "
                  "INSERT INTO audit_logs (username, action, resource_type, resource_id, result, "
                  "trace_id, created_at) SELECT 'admin', 'x.y', t, i, 'success', "
                  "'%2', '2001-01-01'::timestamptz + n * interval '1 s' "
                  "FROM (VALUES (1, 'customer', '%1'), (2, 'machine', 'audit-target-host'), "
                  "(3, 'allocation', 'audit-target-alloc'), (4, 'customer', '987654321'), "
                  "(5, 'customer', 'not-a-number'), (6, 'refresh_token_family', 'abc')) "
                  "AS v(n, t, i)"_s.arg(f().ownerA.id)
                      .arg(trace)),
              QString());
    const QString filter =
        QString::fromLatin1(QUrl::toPercentEncoding(u"{\"traceId\":\"%1\"}"_s.arg(trace)));
    const HttpResult r =
        f().getAuthed(u"/api/admin/audits?sortBy=createdAt&order=asc&filters="_s + filter,
                      f().accessToken(f().admin));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    QStringList names;
    for (const QJsonValue &row : dataOf(r).value(u"list"_s).toArray()) {
        const QJsonValue name = row.toObject().value(u"targetName"_s);
        names << (name.isNull() ? u"null"_s : name.toString());
    }
    const QString tenant =
        f().db()
            .scalar(u"SELECT tenant_display_name(company, display_name, "
                    "username) FROM customers WHERE id = %1"_s.arg(f().ownerA.id))
            .toString();
    EXPECT_EQ(names, (QStringList{f().ownerA.username, u"AUDIT-GPU-01"_s,
                                  u"AUDIT-GPU-01 → "_s + tenant, u"null"_s, u"null"_s, u"null"_s}));
    f().db().exec(u"DELETE FROM allocations WHERE id = 'audit-target-alloc'; "
                  "DELETE FROM hosts WHERE id = 'audit-target-host'"_s);
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
