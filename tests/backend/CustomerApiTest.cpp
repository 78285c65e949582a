// Customers and teams, platform settings, notifications, profile and SSH keys (issue 4 items 3
// and 6), against a real server on a real database.
#include "AuthFixture.h"
#include "CustomerAdminRepository.h"
#include "DatabasePool.h"
#include "DatabaseUrl.h"
#include "QtPrinters.h"
#include "SqlSession.h"
#include "SqlTime.h"

#include <QScopeGuard>
#include <QTimeZone>
#include <QtConcurrent>

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Made with ssh-keygen (OpenSSH 9.2, Debian 12); fingerprints as printed by ssh-keygen -lf.
const QString kEd25519 =
    u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAII9QzEx4klI0YFiOqYvCiON+W8RJ3+/1RWMXLkVbWIOB user@k_ed25519_"_s;
const QString kEd25519Fingerprint = u"SHA256:V224JR68IPVT/1gQKzgARKE/y4LKUmy4KA+eORzrGzg"_s;
const QString kRsa2048 =
    u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDw3dYZsf0Uzgj6DBq5uBrqbjqH6dtiDFQ5Vc9sz6ohmKV1hrZe4YTYhQEoJ65q4Dtw42xp6jxgumVRt2bGws3Avp0Pc2dEsyynTlDZADMJZMxDakMzM4vwdsb8xozwf5fsoIT387wus3TlBMrJgyJLBtPVAS863k/69Wf1w1jwFurtIBUA80ShiBBfmaFbEaJ6rYjAkcLsQnWlkB0K7bdvg6F6DQqR83sWWcg//B9fAEp1JndavrJnirvt07C3THQlDs1ykh2syPQUZe8uG76F2IwxUtRYVjK1vZRh+96JiDaCy5c3b7gV10gnU8XYzSBzheDKsTGaNe3Xbxm5dDd/ user@k_rsa_2048"_s;
const QString kRsa2048Fingerprint = u"SHA256:+0sx51F7cZ8/XU/CtVDL+iIjq3A2K/wTG37b/5HQCwE"_s;
const QString kRsa1024 =
    u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCcrn7Kf9cKR/XWkCPDxJ+y1/F305DnALmc6gw/bZNqakdIwxTtvnCqydnquKUHsjotmSyUza7rROc9DDBpm5YMHRJfhHmaqOZ9HMLq7tWTr2tHOZxHmMjmDbmJURxbOY/JmZspJgmtf8DTuJ9Hknstwrnh1gz/sz7k9n5BRXdygQ== user@k_rsa_1024"_s;

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}

QStringList errorFields(const HttpResult &r)
{
    QStringList fields;
    for (const QJsonValue &e : dataOf(r).value(u"errors"_s).toArray())
        fields << e.toObject().value(u"field"_s).toString();
    return fields;
}

QStringList usernamesOf(const HttpResult &r)
{
    QStringList names;
    for (const QJsonValue &c : dataOf(r).value(u"list"_s).toArray())
        names << c.toObject().value(u"username"_s).toString();
    return names;
}

class CustomerApi : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        fixture = AuthFixture::start(u"customers"_s).release();
        adminToken = new QString(fixture->accessToken(fixture->admin));
        ownerAToken = new QString(fixture->accessToken(fixture->ownerA));
        memberAToken = new QString(fixture->accessToken(fixture->memberA));
        ownerBToken = new QString(fixture->accessToken(fixture->ownerB));
        memberBToken = new QString(fixture->accessToken(fixture->memberB));
    }
    static void TearDownTestSuite()
    {
        for (QString *t : {adminToken, ownerAToken, memberAToken, ownerBToken, memberBToken})
            delete t;
        delete fixture;
        fixture = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(fixture); }

    static AuthFixture *fixture;
    static QString *adminToken, *ownerAToken, *memberAToken, *ownerBToken, *memberBToken;
    AuthFixture &f() { return *fixture; }

    HttpResult call(const QByteArray &method, const QString &path, const QString &token,
                    const QJsonObject &body = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{
            {"Authorization", "Bearer " + token.toLatin1()}};
        QByteArray payload;
        if (method != "GET" && method != "DELETE") {
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return f().http().send(method, path, payload, headers);
    }
    QString customerPath(qint64 id, const QString &suffix = {})
    {
        return u"/api/admin/customers/%1"_s.arg(id) + suffix;
    }
    int count(const QString &sql) { return f().db().scalar(sql).toInt(); }

    // A fresh member of tenant A with a known password, created by owner A through the API.
    qint64 createMemberOfA(const QString &username, const QString &password = u"Member-pass-42"_s)
    {
        const HttpResult r = call("POST", u"/api/admin/customers"_s, *ownerAToken,
                                  {{u"username"_s, username},
                                   {u"email"_s, QString(username + u"@a.test"_s)},
                                   {u"password"_s, password}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return dataOf(r).value(u"id"_s).toInteger();
    }
    void exec(const QString &sql) { ASSERT_EQ(f().db().exec(sql), QString()) << sql.toStdString(); }
    // An owner created by the admin and one member of its tenant: {owner id, member id}.
    std::pair<qint64, qint64> createTenant(const QString &token, const QString &owner,
                                           const QString &member)
    {
        const HttpResult o = call("POST", u"/api/admin/customers"_s, token,
                                  {{u"username"_s, owner},
                                   {u"email"_s, QString(owner + u"@o.test"_s)},
                                   {u"password"_s, u"Owner-pass-12"_s}});
        EXPECT_EQ(o.status, 201) << o.body.constData();
        const qint64 t = dataOf(o).value(u"id"_s).toInteger();
        const HttpResult m = call("POST", u"/api/admin/customers"_s, token,
                                  {{u"username"_s, member},
                                   {u"email"_s, QString(member + u"@m.test"_s)},
                                   {u"role"_s, u"customer_member"_s},
                                   {u"tenantId"_s, t},
                                   {u"password"_s, u"Member-pass-12"_s}});
        EXPECT_EQ(m.status, 201) << m.body.constData();
        return {t, dataOf(m).value(u"id"_s).toInteger()};
    }
    // Makes `zone` the database's default for new sessions until the guard goes.
    auto defaultZone(const QString &zone)
    {
        const QString db = f().db().name();
        exec(u"ALTER DATABASE \"%1\" SET TimeZone = '%2'"_s.arg(db, zone));
        return qScopeGuard([this, db] { exec(u"ALTER DATABASE \"%1\" RESET TimeZone"_s.arg(db)); });
    }
};

AuthFixture *CustomerApi::fixture = nullptr;
QString *CustomerApi::adminToken = nullptr;
QString *CustomerApi::ownerAToken = nullptr;
QString *CustomerApi::memberAToken = nullptr;
QString *CustomerApi::ownerBToken = nullptr;
QString *CustomerApi::memberBToken = nullptr;

} // namespace

TEST_F(CustomerApi, AdminCreatesOwnerWithPasswordRules)
{
    HttpResult weak = call("POST", u"/api/admin/customers"_s, *adminToken,
                           {{u"username"_s, u"acme"_s},
                            {u"email"_s, u"ops@acme.test"_s},
                            {u"password"_s, u"short"_s}});
    EXPECT_EQ(weak.status, 400) << weak.body.constData();
    EXPECT_TRUE(errorFields(weak).contains(u"password"_s));

    HttpResult r = call("POST", u"/api/admin/customers"_s, *adminToken,
                        {{u"username"_s, u"acme"_s},
                         {u"email"_s, u"ops@acme.test"_s},
                         {u"password"_s, u"Acme-pass-2026"_s},
                         {u"company"_s, u"ACME Ltd"_s}});
    ASSERT_EQ(r.status, 201) << r.body.constData();
    const QJsonObject c = dataOf(r);
    EXPECT_EQ(c.value(u"role"_s).toString(), u"customer_owner"_s);
    EXPECT_EQ(c.value(u"company"_s).toString(), u"ACME Ltd"_s);
    EXPECT_FALSE(c.contains(u"initialPassword"_s)); // the caller chose it
    EXPECT_FALSE(c.contains(u"passwordHash"_s));
    EXPECT_EQ(f().login(u"acme"_s, u"Acme-pass-2026"_s).status, 200);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'customer.create' AND resource_id = '%1'"_s
                .arg(c.value(u"id"_s).toInteger())),
        1);

    // Same name in other case, and same e-mail: 409 naming the clash.
    HttpResult dup = call("POST", u"/api/admin/customers"_s, *adminToken,
                          {{u"username"_s, u"ACME"_s},
                           {u"email"_s, u"x@acme.test"_s},
                           {u"password"_s, u"Acme-pass-2026"_s}});
    EXPECT_EQ(dup.status, 409);
    EXPECT_TRUE(dup.json().value(u"message"_s).toString().contains(u"ACME"_s))
        << dup.body.constData();
    HttpResult dupMail = call("POST", u"/api/admin/customers"_s, *adminToken,
                              {{u"username"_s, u"acme2"_s},
                               {u"email"_s, u"OPS@acme.test"_s},
                               {u"password"_s, u"Acme-pass-2026"_s}});
    EXPECT_EQ(dupMail.status, 409);

    // Admins may not mint admins here; a member needs a real owner as its tenant.
    EXPECT_EQ(
        call(
            "POST", u"/api/admin/customers"_s, *adminToken,
            {{u"username"_s, u"root2"_s}, {u"email"_s, u"root2@x.test"_s}, {u"role"_s, u"admin"_s}})
            .status,
        403);
    HttpResult badTenant = call("POST", u"/api/admin/customers"_s, *adminToken,
                                {{u"username"_s, u"m.x"_s},
                                 {u"email"_s, u"m.x@x.test"_s},
                                 {u"role"_s, u"customer_member"_s},
                                 {u"tenantId"_s, f().memberA.id}});
    EXPECT_EQ(badTenant.status, 400) << badTenant.body.constData();
    EXPECT_TRUE(errorFields(badTenant).contains(u"tenantId"_s));
}

TEST_F(CustomerApi, OwnerCreatesMembersOfItsOwnTenantOnly)
{
    // No password: one is generated, returned once, and works.
    HttpResult r =
        call("POST", u"/api/admin/customers"_s, *ownerAToken,
             {{u"username"_s, u"a.generated"_s},
              {u"email"_s, u"gen@a.test"_s},
              {u"tenantId"_s, f().ownerB.id}}); // ignored: an owner's members join its own tenant
    ASSERT_EQ(r.status, 201) << r.body.constData();
    const QJsonObject c = dataOf(r);
    EXPECT_EQ(c.value(u"role"_s).toString(), u"customer_member"_s);
    EXPECT_EQ(c.value(u"tenantId"_s).toInteger(), f().ownerA.id);
    const QString initial = c.value(u"initialPassword"_s).toString();
    ASSERT_GE(initial.size(), 16);
    EXPECT_EQ(f().login(u"a.generated"_s, initial).status, 200);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT count(*) FROM customers WHERE password_hash LIKE '%%1%'"_s.arg(
                      initial))
                  .toInt(),
              0);
    // The detail never shows it again.
    EXPECT_FALSE(dataOf(call("GET", customerPath(c.value(u"id"_s).toInteger()), *ownerAToken))
                     .contains(u"initialPassword"_s));

    for (const QString &role : {u"customer_owner"_s, u"admin"_s}) {
        HttpResult refused =
            call("POST", u"/api/admin/customers"_s, *ownerAToken,
                 {{u"username"_s, u"a.x"_s}, {u"email"_s, u"ax@a.test"_s}, {u"role"_s, role}});
        EXPECT_EQ(refused.status, 403) << role.toStdString();
        EXPECT_FALSE(refused.json().value(u"message"_s).toString().isEmpty());
    }
    HttpResult weak = call("POST", u"/api/admin/customers"_s, *ownerAToken,
                           {{u"username"_s, u"a.weak"_s},
                            {u"email"_s, u"weak@a.test"_s},
                            {u"password"_s, u"onlyletters"_s}});
    EXPECT_EQ(weak.status, 400);
    EXPECT_TRUE(errorFields(weak).contains(u"password"_s));
}

TEST_F(CustomerApi, EmailMustHaveAHostNameDomainOnEveryRoute)
{
    const qint64 id = createMemberOfA(u"a.mailcheck"_s);
    for (const QString &email : {u"a@b..c"_s, u"x@-y.com"_s}) {
        HttpResult created = call("POST", u"/api/admin/customers"_s, *adminToken,
                                  {{u"username"_s, u"mailcheck"_s},
                                   {u"email"_s, email},
                                   {u"password"_s, u"Mail-check-42"_s}});
        EXPECT_EQ(created.status, 400) << email.toStdString() << created.body.constData();
        EXPECT_EQ(errorFields(created), QStringList{u"email"_s});

        HttpResult updated = call("PUT", customerPath(id), *ownerAToken, {{u"email"_s, email}});
        EXPECT_EQ(updated.status, 400) << email.toStdString() << updated.body.constData();
        EXPECT_EQ(errorFields(updated), QStringList{u"email"_s});
    }
    // The profile never changes the address, whatever it is.
    HttpResult profile = call("PUT", u"/api/customer/settings/profile"_s, *memberAToken,
                              {{u"email"_s, u"a@b..c"_s}});
    EXPECT_EQ(profile.status, 400);
    EXPECT_EQ(errorFields(profile), QStringList{u"email"_s});
    EXPECT_EQ(count(u"SELECT count(*) FROM customers WHERE email IN ('a@b..c', 'x@-y.com')"_s), 0);
}

TEST_F(CustomerApi, NameLimitsCountCharactersLikeTheColumn)
{
    // display_name is VARCHAR(128): 128 characters, though the emoji takes two UTF-16 units.
    const QString longest = QString(127, u'a') + u"😀"_s;
    const QString tooLong = QString(128, u'a') + u"😀"_s;

    HttpResult created = call("POST", u"/api/admin/customers"_s, *adminToken,
                              {{u"username"_s, u"emoji.owner"_s},
                               {u"email"_s, u"emoji@owner.test"_s},
                               {u"password"_s, u"Emoji-pass-42"_s},
                               {u"displayName"_s, longest}});
    ASSERT_EQ(created.status, 201) << created.body.constData();
    EXPECT_EQ(dataOf(created).value(u"displayName"_s).toString(), longest);

    HttpResult profile = call("PUT", u"/api/customer/settings/profile"_s, *memberAToken,
                              {{u"displayName"_s, longest}});
    ASSERT_EQ(profile.status, 200) << profile.body.constData();
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT display_name FROM customers WHERE id = %1"_s.arg(f().memberA.id))
                  .toString(),
              longest);

    const qint64 id = dataOf(created).value(u"id"_s).toInteger();
    HttpResult updated = call("PUT", customerPath(id), *adminToken,
                              {{u"displayName"_s, QString(u"  "_s + longest)}});
    ASSERT_EQ(updated.status, 200) << updated.body.constData();
    EXPECT_EQ(dataOf(updated).value(u"displayName"_s).toString(), longest) << "trimmed";

    const std::pair<const char *, HttpResult> refused[] = {
        {"create", call("POST", u"/api/admin/customers"_s, *adminToken,
                        {{u"username"_s, u"emoji.long"_s},
                         {u"email"_s, u"emoji@long.test"_s},
                         {u"displayName"_s, tooLong}})},
        {"update", call("PUT", customerPath(id), *adminToken, {{u"displayName"_s, tooLong}})},
        {"profile", call("PUT", u"/api/customer/settings/profile"_s, *memberAToken,
                         {{u"displayName"_s, tooLong}})}};
    for (const auto &[route, r] : refused) {
        EXPECT_EQ(r.status, 400) << route << r.body.constData();
        EXPECT_EQ(errorFields(r), QStringList{u"displayName"_s}) << route;
    }
}

TEST_F(CustomerApi, TenantsAreIsolated)
{
    const qint64 b = f().memberB.id;
    EXPECT_EQ(call("GET", customerPath(b), *ownerAToken).status, 404);
    EXPECT_EQ(
        call("PUT", customerPath(b), *ownerAToken, {{u"displayName"_s, u"hijacked"_s}}).status,
        404);
    EXPECT_EQ(call("POST", customerPath(b, u"/disable"_s), *ownerAToken).status, 404);
    EXPECT_EQ(call("DELETE", customerPath(b), *ownerAToken).status, 404);
    EXPECT_EQ(call("GET", customerPath(f().admin.id), *ownerAToken).status, 404);
    EXPECT_EQ(call("GET", customerPath(b), *memberAToken).status, 404);
    EXPECT_EQ(
        f().db().scalar(u"SELECT display_name FROM customers WHERE id = %1"_s.arg(b)).toString(),
        QString());

    const HttpResult listA = call("GET", u"/api/admin/customers?pageSize=200"_s, *ownerAToken);
    ASSERT_EQ(listA.status, 200);
    const QStringList names = usernamesOf(listA);
    EXPECT_TRUE(names.contains(f().ownerA.username));
    EXPECT_TRUE(names.contains(f().memberA.username));
    EXPECT_FALSE(names.contains(f().ownerB.username));
    EXPECT_FALSE(names.contains(f().memberB.username));
    EXPECT_FALSE(names.contains(f().admin.username));
    // Even when asking for B's tenant by filter.
    const HttpResult sneaky =
        call("GET", u"/api/admin/customers?tenantId=%1"_s.arg(f().ownerB.id), *ownerAToken);
    ASSERT_EQ(sneaky.status, 200);
    EXPECT_EQ(dataOf(sneaky).value(u"total"_s).toInt(), 0);

    // Admins see every tenant and can filter.
    const HttpResult adminB =
        call("GET", u"/api/admin/customers?tenantId=%1&sortBy=username"_s.arg(f().ownerB.id),
             *adminToken);
    ASSERT_EQ(adminB.status, 200) << adminB.body.constData();
    EXPECT_EQ(usernamesOf(adminB), (QStringList{f().ownerB.username, f().memberB.username}));
    const HttpResult q = call("GET", u"/api/admin/customers?q=b.MEMB"_s, *adminToken);
    EXPECT_EQ(usernamesOf(q), QStringList{f().memberB.username});
    const HttpResult owners =
        call("GET",
             u"/api/admin/customers?filters=%7B%22role%22%3A%22customer_owner%22%7D&pageSize=200"_s,
             *adminToken);
    ASSERT_EQ(owners.status, 200);
    for (const QJsonValue &c : dataOf(owners).value(u"list"_s).toArray())
        EXPECT_EQ(c.toObject().value(u"role"_s).toString(), u"customer_owner"_s);
    EXPECT_EQ(call("GET", u"/api/admin/customers?sortBy=password"_s, *adminToken).status, 400);
}

TEST_F(CustomerApi, MembersOnlyRead)
{
    EXPECT_EQ(call("GET", u"/api/admin/customers"_s, *memberAToken).status, 200);
    EXPECT_EQ(call("GET", customerPath(f().ownerA.id), *memberAToken).status, 200);
    EXPECT_EQ(call("POST", u"/api/admin/customers"_s, *memberAToken,
                   {{u"username"_s, u"m.new"_s}, {u"email"_s, u"m@new.test"_s}})
                  .status,
              403);
    EXPECT_EQ(
        call("PUT", customerPath(f().memberA.id), *memberAToken, {{u"displayName"_s, u"me"_s}})
            .status,
        403);
    EXPECT_EQ(call("POST", customerPath(f().ownerA.id, u"/disable"_s), *memberAToken).status, 403);
    EXPECT_EQ(call("DELETE", customerPath(f().ownerA.id), *memberAToken).status, 403);
}

TEST_F(CustomerApi, OwnerUpdatesItsMembersButNotRoleOrTenant)
{
    const qint64 id = createMemberOfA(u"a.update"_s);
    HttpResult r = call("PUT", customerPath(id), *ownerAToken,
                        {{u"displayName"_s, u"Ann Update"_s}, {u"phone"_s, u"+86 10 1234"_s}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(dataOf(r).value(u"displayName"_s).toString(), u"Ann Update"_s);
    EXPECT_EQ(f().db().scalar(u"SELECT phone FROM customers WHERE id = %1"_s.arg(id)).toString(),
              u"+86 10 1234"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'customer.update' AND "
                    u"resource_id = '%1' "
                    "AND detail->'changes'->'display_name'->>'new' = 'Ann Update'"_s.arg(id)),
              1);
    HttpResult role =
        call("PUT", customerPath(id), *ownerAToken, {{u"role"_s, u"customer_owner"_s}});
    EXPECT_EQ(role.status, 400);
    EXPECT_TRUE(errorFields(role).contains(u"role"_s));
    EXPECT_EQ(call("PUT", customerPath(id), *ownerAToken, {{u"tenantId"_s, f().ownerB.id}}).status,
              400);
    EXPECT_EQ(call("PUT", customerPath(id), *ownerAToken, {{u"email"_s, u"not-an-email"_s}}).status,
              400);
    EXPECT_EQ(call("PUT", customerPath(id), *ownerAToken,
                   {{u"email"_s, QString(f().memberB.username + u"@example.test"_s)}})
                  .status,
              409);
    // The owner edits its own basic info too.
    EXPECT_EQ(
        call("PUT", customerPath(f().ownerA.id), *ownerAToken, {{u"company"_s, u"Tenant A GmbH"_s}})
            .status,
        200);
}

TEST_F(CustomerApi, DisableRevokesSessionsAtOnce)
{
    const qint64 id = createMemberOfA(u"a.disable"_s, u"Disable-me-1"_s);
    const HttpResult login = f().login(u"a.disable"_s, u"Disable-me-1"_s);
    ASSERT_EQ(login.status, 200);
    const QString refresh = dataOf(login).value(u"refreshToken"_s).toString();

    EXPECT_EQ(call("POST", customerPath(f().ownerA.id, u"/disable"_s), *ownerAToken).status,
              403); // never itself
    HttpResult r = call("POST", customerPath(id, u"/disable"_s), *ownerAToken);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(dataOf(r).value(u"status"_s).toString(), u"disabled"_s);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM refresh_tokens WHERE customer_id = %1 AND revoked_at IS NULL"_s
                  .arg(id)),
        0);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM refresh_tokens WHERE customer_id = %1 AND revoked_reason = 'account_disabled'"_s
                .arg(id)),
        1);
    EXPECT_EQ(f().postJson(u"/api/auth/refresh"_s, {{u"refreshToken"_s, refresh}}).status, 401);
    EXPECT_EQ(f().login(u"a.disable"_s, u"Disable-me-1"_s).status, 403);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'customer.disable' AND resource_id = '%1' AND tenant_id = %2"_s
                .arg(id)
                .arg(f().ownerA.id)),
        1);

    HttpResult enabled = call("POST", customerPath(id, u"/enable"_s), *ownerAToken);
    ASSERT_EQ(enabled.status, 200);
    EXPECT_EQ(dataOf(enabled).value(u"status"_s).toString(), u"active"_s);
    EXPECT_EQ(f().login(u"a.disable"_s, u"Disable-me-1"_s).status, 200);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'customer.enable' AND resource_id = '%1'"_s
                .arg(id)),
        1);
}

TEST_F(CustomerApi, DeleteIsSoftAndRefusedWhileAllocationsAreLive)
{
    const qint64 id = createMemberOfA(u"a.delete"_s);
    exec(
        u"INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu) VALUES ('h-del', 'h-del', '10.9.0.1', 64, 512, 8)"_s);
    exec(
        u"INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) "
        "VALUES ('alloc-del', %1, 'h-del', now() - interval '1 day', now() + interval '5 days', 'active')"_s
            .arg(id));

    HttpResult refused = call("DELETE", customerPath(id), *ownerAToken);
    EXPECT_EQ(refused.status, 409) << refused.body.constData();
    EXPECT_TRUE(refused.json().value(u"message"_s).toString().contains(u"a.delete"_s));
    // The owner's tenant holds it too: the owner cannot be deleted either (by an admin).
    EXPECT_EQ(call("DELETE", customerPath(f().ownerA.id), *adminToken).status, 409);

    exec(
        u"UPDATE allocations SET status = 'reclaimed', reclaimed_at = now() WHERE id = 'alloc-del'"_s);
    HttpResult r = call("DELETE", customerPath(id), *ownerAToken);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(
        count(u"SELECT count(*) FROM customers WHERE id = %1 AND deleted_at IS NOT NULL"_s.arg(id)),
        1);
    EXPECT_EQ(call("GET", customerPath(id), *ownerAToken).status, 404);
    EXPECT_FALSE(usernamesOf(call("GET", u"/api/admin/customers?pageSize=200"_s, *adminToken))
                     .contains(u"a.delete"_s));
    EXPECT_EQ(f().login(u"a.delete"_s, u"Member-pass-42"_s).status, 401);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'customer.delete' AND resource_id = '%1'"_s
                .arg(id)),
        1);
    EXPECT_EQ(call("DELETE", customerPath(id), *ownerAToken).status, 404);
}

// An owner whose tenant still has members cannot be deleted (409, naming the count); once the
// members are gone it can.
TEST_F(CustomerApi, AnOwnerWithMembersCannotBeDeleted)
{
    const auto [t, m] = createTenant(*adminToken, u"keeps.members"_s, u"kept.member"_s);
    const HttpResult refused = call("DELETE", customerPath(t), *adminToken);
    EXPECT_EQ(refused.status, 409) << refused.body.constData();
    EXPECT_TRUE(refused.json().value(u"message"_s).toString().contains(u"1 member"_s))
        << refused.body.constData();
    EXPECT_EQ(
        count(u"SELECT count(*) FROM customers WHERE id = %1 AND deleted_at IS NULL"_s.arg(t)), 1);
    ASSERT_EQ(call("DELETE", customerPath(m), *adminToken).status, 200);
    EXPECT_EQ(call("DELETE", customerPath(t), *adminToken).status, 200);
}

// A customer write whose audit row cannot be stored is not made: the update is rolled back and
// no audit row of it remains.
TEST_F(CustomerApi, AFailingAuditInsertLeavesTheCustomerUnchanged)
{
    const qint64 id = createMemberOfA(u"audit.rollback"_s);
    const QString before =
        f().db().scalar(u"SELECT display_name FROM customers WHERE id = %1"_s.arg(id)).toString();
    exec(u"CREATE FUNCTION fail_customer_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
         "IF NEW.action = 'customer.update' AND NEW.result = 'success' THEN RAISE EXCEPTION "
         "'audit store down'; END IF; RETURN NEW; END $$; "
         "CREATE TRIGGER fail_customer_audit BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE "
         "FUNCTION fail_customer_audit();"_s);
    const HttpResult r =
        call("PUT", customerPath(id), *ownerAToken, {{u"displayName"_s, u"Never Stored"_s}});
    exec(u"DROP TRIGGER fail_customer_audit ON audit_logs; DROP FUNCTION fail_customer_audit();"_s);
    EXPECT_EQ(r.status, 500) << r.body.constData();
    EXPECT_EQ(
        f().db().scalar(u"SELECT display_name FROM customers WHERE id = %1"_s.arg(id)).toString(),
        before);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'customer.update' AND "
                    u"result = 'success' AND resource_id = '%1'"_s.arg(id)),
              0);
}

// The GPU-hours of `statistics` as of a chosen instant: the server's clock stands at `at` and
// the rows sit around it, so the figures do not depend on the day the suite runs.
TEST_F(CustomerApi, DetailCarriesStatistics)
{
    // Mid-month, well inside it: 2027-01-15 12:00 UTC.
    const QDateTime at(QDate(2027, 1, 15), QTime(12, 0), QTimeZone::utc());
    const QDateTime month(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    AuthFixture::ClockAt clock(f(), at);
    const QString admin = f().accessToken(f().admin);

    const auto [t, m] = createTenant(admin, u"stats.owner"_s, u"stats.member"_s);

    exec(u"INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu) VALUES "
         "('h-s8', 'h-s8', '10.9.1.1', 64, 512, 8), ('h-s4', 'h-s4', '10.9.1.2', 32, 256, 4)"_s);
    // Active for the last 2 hours on 8 GPUs: 16 GPU-hours.
    exec(u"INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) VALUES "
         "('s-active', %1, 'h-s8', %2, %3, 'active')"_s.arg(m)
             .arg(sqlTime(at.addSecs(-2 * 3600)), sqlTime(at.addDays(10))));
    // Began last month, reclaimed 3 hours into this one, 4 GPUs: 12 GPU-hours (clipped at the month
    // start).
    exec(u"INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status, "
         u"reclaimed_at) VALUES ('s-reclaimed', %1, 'h-s4', %2, %3, 'reclaimed', %4)"_s.arg(m)
             .arg(sqlTime(month.addDays(-2)), sqlTime(month.addDays(10)),
                  sqlTime(month.addSecs(3 * 3600))));
    // Wholly last month: nothing.
    exec(u"INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) VALUES "
         "('s-old', %1, 'h-s4', %2, %3, 'expired')"_s.arg(m)
             .arg(sqlTime(month.addDays(-10)), sqlTime(month.addDays(-5))));
    // Starts after the clock's now: nothing yet.
    exec(u"INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) VALUES "
         "('s-later', %1, 'h-s4', %2, %3, 'expired')"_s.arg(m)
             .arg(sqlTime(at.addDays(1)), sqlTime(at.addDays(2))));
    exec(
        u"INSERT INTO tasks (id, customer_id, name, command, status) VALUES "
        "('t1', %1, 'a', 'true', 'running'), ('t2', %1, 'b', 'true', 'running'), ('t3', %1, 'c', 'true', 'failed')"_s
            .arg(m));
    exec(
        u"INSERT INTO datasets (customer_id, name, storage_path, total_size) VALUES (%1, 'd1', '/d1', 1000), (%1, 'd2', '/d2', 500)"_s
            .arg(m));
    exec(
        u"INSERT INTO datasets (customer_id, name, storage_path, total_size, deleted_at) VALUES (%1, 'gone', '/g', 999, now())"_s
            .arg(m));

    for (qint64 id : {t, m}) {
        HttpResult r = call("GET", customerPath(id), admin);
        ASSERT_EQ(r.status, 200) << r.body.constData();
        const QJsonObject s = dataOf(r).value(u"statistics"_s).toObject();
        EXPECT_EQ(s.value(u"machinesHeld"_s).toInt(), 1);
        EXPECT_NEAR(s.value(u"gpuHoursThisMonth"_s).toDouble(), 28.0, 0.01);
        EXPECT_EQ(s.value(u"storageUsedBytes"_s).toInteger(), 1500);
        const QJsonObject tasks = s.value(u"tasks"_s).toObject();
        EXPECT_EQ(tasks.value(u"running"_s).toInt(), 2);
        EXPECT_EQ(tasks.value(u"failed"_s).toInt(), 1);
        EXPECT_EQ(tasks.value(u"queued"_s).toInt(), 0);
        EXPECT_EQ(tasks.value(u"total"_s).toInt(), 3);
    }
    const QJsonObject other =
        dataOf(call("GET", customerPath(f().ownerB.id), admin)).value(u"statistics"_s).toObject();
    EXPECT_EQ(other.value(u"machinesHeld"_s).toInt(), 0);
    EXPECT_EQ(other.value(u"storageUsedBytes"_s).toInteger(), 0);
}

// Runs `work` with a session of a fresh pool on this test's database, on a pool thread (where a
// QPSQL connection must be used), and returns what it returns.
template<typename Work>
auto withFreshSession(const TestDatabase &db, Work work)
{
    auto url = DatabaseUrl::parse(db.url());
    EXPECT_TRUE(url.ok());
    DatabasePool pool(*url, 1);
    return QtConcurrent::run(pool.threadPool(),
                             [&pool, &work] {
                                 auto session = SqlSession::open(pool);
                                 EXPECT_TRUE(session.ok()) << qPrintable(session.error().message);
                                 return work(*session);
                             })
        .result();
}

// "This month" is the UTC calendar month, whatever zone a session runs in. The clock stands near
// the end of March 2027 (31 days, after a 28-day February); month arithmetic in
// America/New_York (March 1st 00:00 UTC is February 28th 19:00 there, plus one month is March
// 28th) cut the month three days short.
TEST_F(CustomerApi, ThisMonthIsTheUtcMonthWhateverTheSessionZone)
{
    const QDateTime at(QDate(2027, 3, 30), QTime(12, 0), QTimeZone::utc());
    const QDateTime month(QDate(2027, 3, 1), QTime(0, 0), QTimeZone::utc());
    const qint64 m = createMemberOfA(u"month.member"_s);
    exec(u"INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu) VALUES "
         "('h-m1', 'h-m1', '10.9.2.1', 8, 64, 1)"_s);
    // Held by this member since February, still active: this month is 29.5 days = 708 hours of
    // one GPU.
    exec(u"INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) VALUES "
         "('m-long', %1, 'h-m1', %2, %3, 'active')"_s.arg(m)
             .arg(sqlTime(month.addDays(-20)), sqlTime(at.addDays(30))));

    // Through the API, with the server's clock at that instant.
    {
        AuthFixture::ClockAt clock(f(), at);
        HttpResult r = call("GET", customerPath(m), f().accessToken(f().admin));
        ASSERT_EQ(r.status, 200) << r.body.constData();
        EXPECT_NEAR(
            dataOf(r).value(u"statistics"_s).toObject().value(u"gpuHoursThisMonth"_s).toDouble(),
            708.0, 0.01);
    }
    // The repository alone, in a session explicitly switched to New York.
    const double hours = withFreshSession(f().db(), [&](SqlSession &session) {
        EXPECT_TRUE(
            session.exec(u"SELECT set_config('TimeZone', 'America/New_York', false)"_s).ok());
        auto stats = CustomerAdminRepository(session).statistics(m, false, at);
        EXPECT_TRUE(stats.ok()) << qPrintable(stats.error().message);
        return stats ? stats->gpuHoursThisMonth : -1.0;
    });
    EXPECT_NEAR(hours, 708.0, 0.01);
}

// Every session the server and the tests' helpers open runs in UTC, even when the database's own
// default zone is another.
TEST_F(CustomerApi, EveryDatabaseSessionRunsInUtc)
{
    const auto restore = defaultZone(u"America/New_York"_s);
    const QString zoneQuery = u"SELECT current_setting('TimeZone')"_s;
    // The libpq helper (PgConnection, what migrations and TestDatabase::scalar use).
    EXPECT_EQ(f().db().scalar(zoneQuery).toString(), u"UTC"_s);
    // A pool's QPSQL session, as the request handlers get it.
    const QString zone = withFreshSession(f().db(), [&](SqlSession &session) {
        auto rows = session.exec(zoneQuery);
        return rows && (*rows)->next() ? (*rows)->value(0).toString() : u"no answer"_s;
    });
    EXPECT_EQ(zone, u"UTC"_s);
}

TEST_F(CustomerApi, SettingsAreTypedAndAudited)
{
    HttpResult all = call("GET", u"/api/admin/settings"_s, *adminToken);
    ASSERT_EQ(all.status, 200) << all.body.constData();
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &v : dataOf(all).value(u"list"_s).toArray())
        byKey.insert(v.toObject().value(u"key"_s).toString(), v.toObject());
    ASSERT_TRUE(byKey.contains(u"login_lockout_seconds"_s));
    EXPECT_EQ(byKey[u"login_lockout_seconds"_s].value(u"value"_s), QJsonValue(900));
    EXPECT_EQ(byKey[u"password_require_letter_and_digit"_s].value(u"value"_s), QJsonValue(true));

    HttpResult bad =
        call("PUT", u"/api/admin/settings"_s, *adminToken,
             {{u"login_lockout_seconds"_s, u"abc"_s}, {u"metrics_retention_days"_s, 14}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(errorFields(bad), QStringList{u"login_lockout_seconds"_s});
    EXPECT_TRUE(bad.json().value(u"message"_s).toString().contains(u"login_lockout_seconds"_s))
        << bad.body.constData();
    EXPECT_EQ(
        f().db()
            .scalar(
                u"SELECT config_value FROM system_configs WHERE config_key = 'metrics_retention_days'"_s)
            .toString(),
        u"7"_s)
        << "nothing is written when one value is wrong";
    HttpResult unknown =
        call("PUT", u"/api/admin/settings"_s, *adminToken, {{u"no_such_setting"_s, 1}});
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(unknown.json().value(u"message"_s).toString().contains(u"no_such_setting"_s));
    EXPECT_EQ(call("PUT", u"/api/admin/settings"_s, *adminToken,
                   {{u"password_require_letter_and_digit"_s, u"yes"_s}})
                  .status,
              400);

    HttpResult ok = call("PUT", u"/api/admin/settings"_s, *adminToken,
                         {{u"metrics_retention_days"_s, 14}, {u"login_lockout_seconds"_s, 900}});
    ASSERT_EQ(ok.status, 200) << ok.body.constData();
    EXPECT_EQ(
        f().db()
            .scalar(
                u"SELECT config_value FROM system_configs WHERE config_key = 'metrics_retention_days'"_s)
            .toString(),
        u"14"_s);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'settings.update' AND "
            u"detail->'changes'->'metrics_retention_days'->>'old' = '7' "
            "AND detail->'changes'->'metrics_retention_days'->>'new' = '14' AND NOT (detail->'changes' ? 'login_lockout_seconds')"_s),
        1);

    // Owners read the public ones only and change nothing; members see nothing.
    HttpResult owner = call("GET", u"/api/admin/settings"_s, *ownerAToken);
    ASSERT_EQ(owner.status, 200);
    QStringList keys;
    for (const QJsonValue &v : dataOf(owner).value(u"list"_s).toArray()) {
        keys << v.toObject().value(u"key"_s).toString();
        EXPECT_TRUE(v.toObject().value(u"isPublic"_s).toBool());
    }
    EXPECT_TRUE(keys.contains(u"password_min_length"_s));
    EXPECT_FALSE(keys.contains(u"login_lockout_seconds"_s));
    EXPECT_EQ(
        call("PUT", u"/api/admin/settings"_s, *ownerAToken, {{u"password_min_length"_s, 4}}).status,
        403);
    EXPECT_EQ(call("GET", u"/api/admin/settings"_s, *memberAToken).status, 403);
}

TEST_F(CustomerApi, NotificationsAreOwnOnly)
{
    exec(u"INSERT INTO notifications (customer_id, title, type, level, is_read) VALUES "
         "(%1, 'n1', 'system', 'info', false), (%1, 'n2', 'expiry', 'warning', false), (%1, 'n3', "
         "'alert', 'error', true), "
         "(%2, 'other', 'system', 'info', false)"_s.arg(f().memberA.id)
             .arg(f().memberB.id));
    const qint64 otherId =
        f().db().scalar(u"SELECT id FROM notifications WHERE title = 'other'"_s).toLongLong();
    const qint64 n1 =
        f().db().scalar(u"SELECT id FROM notifications WHERE title = 'n1'"_s).toLongLong();

    HttpResult list = call("GET", u"/api/customer/notifications"_s, *memberAToken);
    ASSERT_EQ(list.status, 200) << list.body.constData();
    EXPECT_EQ(dataOf(list).value(u"total"_s).toInt(), 3);
    EXPECT_EQ(dataOf(list).value(u"unreadCount"_s).toInt(), 2);
    HttpResult unread = call("GET", u"/api/customer/notifications?isRead=false"_s, *memberAToken);
    EXPECT_EQ(dataOf(unread).value(u"total"_s).toInt(), 2);
    EXPECT_EQ(call("GET", u"/api/customer/notifications?isRead=maybe"_s, *memberAToken).status,
              400);

    EXPECT_EQ(
        call("POST", u"/api/customer/notifications/%1/read"_s.arg(otherId), *memberAToken).status,
        404);
    EXPECT_EQ(call("POST", u"/api/customer/notifications/%1/read"_s.arg(n1), *memberAToken).status,
              200);
    EXPECT_EQ(count(u"SELECT is_read::int FROM notifications WHERE id = %1"_s.arg(n1)), 1);
    HttpResult all = call("POST", u"/api/customer/notifications/read-all"_s, *memberAToken);
    ASSERT_EQ(all.status, 200);
    EXPECT_EQ(dataOf(all).value(u"updated"_s).toInt(), 1);
    EXPECT_EQ(count(u"SELECT is_read::int FROM notifications WHERE id = %1"_s.arg(otherId)), 0);
    EXPECT_EQ(dataOf(call("GET", u"/api/customer/notifications"_s, *memberBToken))
                  .value(u"total"_s)
                  .toInt(),
              1);
}

TEST_F(CustomerApi, ProfileAndNotificationSettings)
{
    HttpResult me = call("GET", u"/api/customer/settings/profile"_s, *memberAToken);
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(dataOf(me).value(u"username"_s).toString(), f().memberA.username);

    HttpResult r = call("PUT", u"/api/customer/settings/profile"_s, *memberAToken,
                        {{u"displayName"_s, u"Member A"_s}, {u"fullName"_s, u"Ann A"_s}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(dataOf(r).value(u"displayName"_s).toString(), u"Member A"_s);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT full_name FROM customers WHERE id = %1"_s.arg(f().memberA.id))
                  .toString(),
              u"Ann A"_s);
    for (const QString &field : {u"email"_s, u"role"_s, u"tenantId"_s, u"nickname"_s}) {
        HttpResult refused =
            call("PUT", u"/api/customer/settings/profile"_s, *memberAToken, {{field, u"x"_s}});
        EXPECT_EQ(refused.status, 400) << field.toStdString();
        EXPECT_TRUE(errorFields(refused).contains(field));
    }
    EXPECT_EQ(
        call("PUT", u"/api/customer/settings/profile"_s, *memberAToken, {{u"company"_s, u"X"_s}})
            .status,
        403);
    EXPECT_EQ(call("PUT", u"/api/customer/settings/profile"_s, *ownerBToken,
                   {{u"company"_s, u"B Corp"_s}})
                  .status,
              200);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT company FROM customers WHERE id = %1"_s.arg(f().ownerB.id))
                  .toString(),
              u"B Corp"_s);

    HttpResult prefs = call("GET", u"/api/customer/settings/notifications"_s, *memberAToken);
    ASSERT_EQ(prefs.status, 200);
    EXPECT_EQ(dataOf(prefs).value(u"email"_s), QJsonValue(true));
    HttpResult changed = call("PUT", u"/api/customer/settings/notifications"_s, *memberAToken,
                              {{u"email"_s, false}});
    ASSERT_EQ(changed.status, 200);
    EXPECT_EQ(dataOf(changed).value(u"email"_s), QJsonValue(false));
    EXPECT_EQ(dataOf(changed).value(u"alerts"_s), QJsonValue(true));
    EXPECT_EQ(
        f().db()
            .scalar(u"SELECT notification_settings->>'email' FROM customers WHERE id = %1"_s.arg(
                f().memberA.id))
            .toString(),
        u"false"_s);
    EXPECT_EQ(
        call("PUT", u"/api/customer/settings/notifications"_s, *memberAToken, {{u"bogus"_s, true}})
            .status,
        400);
    EXPECT_EQ(call("PUT", u"/api/customer/settings/notifications"_s, *memberAToken,
                   {{u"alerts"_s, u"yes"_s}})
                  .status,
              400);
    EXPECT_EQ(dataOf(call("GET", u"/api/customer/settings/notifications"_s, *memberBToken))
                  .value(u"email"_s),
              QJsonValue(true));
}

TEST_F(CustomerApi, SshKeys)
{
    const QString path = u"/api/customer/settings/ssh-keys"_s;
    HttpResult added =
        call("POST", path, *memberAToken, {{u"name"_s, u"laptop"_s}, {u"publicKey"_s, kEd25519}});
    ASSERT_EQ(added.status, 201) << added.body.constData();
    const qint64 id = dataOf(added).value(u"id"_s).toInteger();
    EXPECT_EQ(dataOf(added).value(u"fingerprint"_s).toString(), kEd25519Fingerprint);
    HttpResult rsa = call("POST", path, *memberAToken, {{u"publicKey"_s, kRsa2048}});
    ASSERT_EQ(rsa.status, 201) << rsa.body.constData();
    EXPECT_EQ(dataOf(rsa).value(u"fingerprint"_s).toString(), kRsa2048Fingerprint);
    EXPECT_EQ(dataOf(rsa).value(u"name"_s).toString(),
              u"user@k_rsa_2048"_s); // the comment, when no name is given

    HttpResult list = call("GET", path, *memberAToken);
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(dataOf(list).value(u"total"_s).toInt(), 2);
    EXPECT_EQ(dataOf(call("GET", path, *memberBToken)).value(u"total"_s).toInt(), 0);

    HttpResult dup =
        call("POST", path, *memberAToken,
             {{u"name"_s, u"again"_s}, {u"publicKey"_s, QString(kEd25519 + u"   "_s)}});
    EXPECT_EQ(dup.status, 409);
    EXPECT_TRUE(dup.json().value(u"message"_s).toString().contains(u"laptop"_s))
        << dup.body.constData();
    // Another account may hold the same key.
    EXPECT_EQ(
        call("POST", path, *memberBToken, {{u"name"_s, u"shared"_s}, {u"publicKey"_s, kEd25519}})
            .status,
        201);

    HttpResult weak =
        call("POST", path, *memberAToken, {{u"name"_s, u"old"_s}, {u"publicKey"_s, kRsa1024}});
    EXPECT_EQ(weak.status, 400);
    EXPECT_TRUE(errorFields(weak).contains(u"publicKey"_s));
    HttpResult priv = call(
        "POST", path, *memberAToken,
        {{u"name"_s, u"oops"_s},
         {u"publicKey"_s,
          u"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----"_s}});
    EXPECT_EQ(priv.status, 400);
    EXPECT_TRUE(priv.json().value(u"message"_s).toString().contains(u".pub"_s));

    EXPECT_EQ(call("DELETE", path + u"/%1"_s.arg(id), *memberBToken).status, 404);
    EXPECT_EQ(call("DELETE", path + u"/%1"_s.arg(id), *adminToken).status, 404);
    EXPECT_EQ(call("DELETE", path + u"/%1"_s.arg(id), *memberAToken).status, 200);
    EXPECT_EQ(call("DELETE", path + u"/%1"_s.arg(id), *memberAToken).status, 404);
    EXPECT_EQ(dataOf(call("GET", path, *memberAToken)).value(u"total"_s).toInt(), 1);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'ssh_key.create' AND customer_id = %1"_s
                .arg(f().memberA.id)),
        2);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'ssh_key.delete' AND resource_id = '%1'"_s
                .arg(id)),
        1);
}

TEST_F(CustomerApi, WorkspacesInsideATenant)
{
    HttpResult ws =
        call("POST", u"/api/customer/workspaces"_s, *ownerAToken, {{u"name"_s, u"Vision team"_s}});
    ASSERT_EQ(ws.status, 201) << ws.body.constData();
    const qint64 id = dataOf(ws).value(u"id"_s).toInteger();
    EXPECT_EQ(dataOf(ws).value(u"tenantId"_s).toInteger(), f().ownerA.id);
    EXPECT_EQ(dataOf(ws).value(u"memberCount"_s).toInt(), 1);
    const QString members = u"/api/customer/workspaces/%1/members"_s.arg(id);

    HttpResult added = call("POST", members, *ownerAToken, {{u"customerId"_s, f().memberA.id}});
    ASSERT_EQ(added.status, 201) << added.body.constData();
    EXPECT_EQ(call("POST", members, *ownerAToken, {{u"customerId"_s, f().memberA.id}}).status, 409);
    EXPECT_EQ(call("POST", members, *ownerAToken, {{u"customerId"_s, f().memberB.id}}).status, 404);
    EXPECT_EQ(call("POST", members, *memberAToken, {{u"customerId"_s, f().ownerA.id}}).status, 403);
    EXPECT_EQ(
        call("POST", u"/api/customer/workspaces"_s, *memberAToken, {{u"name"_s, u"x"_s}}).status,
        403);

    // Names are counted in characters like the column: 127 letters and an emoji fit in 128.
    const QString emojiName = QString(127, u'w') + QString::fromUtf8("\xF0\x9F\x9A\x80");
    EXPECT_EQ(
        call("POST", u"/api/customer/workspaces"_s, *ownerAToken, {{u"name"_s, emojiName}}).status,
        201);
    const HttpResult tooLong = call("POST", u"/api/customer/workspaces"_s, *ownerAToken,
                                    {{u"name"_s, QString(emojiName + u'w')}});
    EXPECT_EQ(tooLong.status, 400);
    EXPECT_TRUE(tooLong.body.contains("\"field\":\"name\"")) << tooLong.body.constData();
    const HttpResult badType = call("POST", u"/api/customer/workspaces"_s, *ownerAToken,
                                    {{u"name"_s, u"Ops"_s}, {u"type"_s, 7}});
    EXPECT_EQ(badType.status, 400);
    EXPECT_TRUE(badType.body.contains("type must be a string")) << badType.body.constData();

    HttpResult detail = call("GET", u"/api/customer/workspaces/%1"_s.arg(id), *memberAToken);
    ASSERT_EQ(detail.status, 200);
    EXPECT_EQ(dataOf(detail).value(u"members"_s).toArray().size(), 2);
    EXPECT_EQ(dataOf(detail).value(u"memberCount"_s).toInt(), 2);
    EXPECT_EQ(call("GET", u"/api/customer/workspaces/%1"_s.arg(id), *ownerBToken).status, 404);
    EXPECT_EQ(
        dataOf(call("GET", u"/api/customer/workspaces"_s, *ownerBToken)).value(u"total"_s).toInt(),
        0);
    EXPECT_EQ(call("POST", members, *ownerBToken, {{u"customerId"_s, f().memberB.id}}).status, 404);

    EXPECT_EQ(call("DELETE", members + u"/%1"_s.arg(f().memberA.id), *ownerBToken).status, 404);
    EXPECT_EQ(call("DELETE", members + u"/%1"_s.arg(f().ownerA.id), *ownerAToken).status, 409);
    EXPECT_EQ(call("DELETE", members + u"/%1"_s.arg(f().memberA.id), *ownerAToken).status, 200);
    EXPECT_EQ(
        f().db().scalar(u"SELECT member_count FROM workspaces WHERE id = %1"_s.arg(id)).toInt(), 1);
}
