// Directory sign-in through the whole server: a real slapd, group mapping to role and tenant,
// provisioning, refusals, and the group re-check at refresh.
#include "AuthFixture.h"
#include "QtPrinters.h"
#include "SlapdServer.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}

const QString kDirectory = uR"(dn: dc=corp,dc=test
objectClass: dcObject
objectClass: organization
o: Corp
dc: corp

dn: ou=people,dc=corp,dc=test
objectClass: organizationalUnit
ou: people

dn: ou=groups,dc=corp,dc=test
objectClass: organizationalUnit
ou: groups

dn: cn=svc,dc=corp,dc=test
objectClass: applicationProcess
objectClass: simpleSecurityObject
cn: svc
userPassword: svc-secret

dn: uid=alice,ou=people,dc=corp,dc=test
objectClass: inetOrgPerson
uid: alice
cn: Alice Admin
sn: Admin
mail: alice@corp.test
userPassword: alice-Pass-1

dn: uid=bob,ou=people,dc=corp,dc=test
objectClass: inetOrgPerson
uid: bob
cn: Bob Member
sn: Member
mail: bob@corp.test
userPassword: bob-Pass-1

dn: uid=carol,ou=people,dc=corp,dc=test
objectClass: inetOrgPerson
uid: carol
cn: Carol Nogroup
sn: Nogroup
mail: carol@corp.test
userPassword: carol-Pass-1

dn: cn=platform-admins,ou=groups,dc=corp,dc=test
objectClass: groupOfNames
cn: platform-admins
member: uid=alice,ou=people,dc=corp,dc=test

dn: cn=acme-users,ou=groups,dc=corp,dc=test
objectClass: groupOfNames
cn: acme-users
member: uid=alice,ou=people,dc=corp,dc=test
member: uid=bob,ou=people,dc=corp,dc=test
)"_s;

const QString kGroupMap = uR"([
  {"group": "cn=platform-admins,ou=groups,dc=corp,dc=test", "role": "admin"},
  {"group": "cn=acme-users,ou=groups,dc=corp,dc=test", "role": "customer_member", "tenant": "tenant.a"}
])"_s;

class DirectorySignIn : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        SlapdServer::Options options;
        options.suffix = u"dc=corp,dc=test"_s;
        options.ldif = kDirectory;
        options.allow = {u"bind_anon_dn"_s}; // permissive on purpose: empty passwords would "bind"
        options.memberOf = true;
        QString error;
        slapd = SlapdServer::start(options, &error).release();
        ASSERT_TRUE(slapd) << qPrintable(error);
        fixture = AuthFixture::start(u"auth_ldap"_s, settings(u"provision"_s)).release();
    }
    static void TearDownTestSuite()
    {
        delete fixture;
        fixture = nullptr;
        delete slapd;
        slapd = nullptr;
    }
    static QHash<QString, QString> settings(const QString &provisioning)
    {
        return {{u"auth-order"_s, u"ldap,local"_s},
                {u"ldap-url"_s, slapd->url()},
                {u"ldap-bind-dn"_s, u"cn=svc,dc=corp,dc=test"_s},
                {u"ldap-bind-password"_s, u"svc-secret"_s},
                {u"ldap-base-dn"_s, u"ou=people,dc=corp,dc=test"_s},
                {u"ldap-group-base-dn"_s, u"ou=groups,dc=corp,dc=test"_s},
                {u"ldap-provisioning"_s, provisioning},
                {u"ldap-group-map"_s, kGroupMap}};
    }
    void SetUp() override
    {
        ASSERT_TRUE(slapd);
        ASSERT_TRUE(fixture);
    }
    static SlapdServer *slapd;
    static AuthFixture *fixture;
    AuthFixture &f() { return *fixture; }
};
SlapdServer *DirectorySignIn::slapd = nullptr;
AuthFixture *DirectorySignIn::fixture = nullptr;

} // namespace

TEST_F(DirectorySignIn, GroupsGiveRoleAndTenantAndTheAccountIsProvisioned)
{
    const HttpResult alice = f().login(u"alice"_s, u"alice-Pass-1"_s);
    ASSERT_EQ(alice.status, 200) << alice.body.constData();
    EXPECT_EQ(dataOf(alice).value(u"user"_s).toObject().value(u"role"_s).toString(), u"admin"_s)
        << "the first mapping wins";

    const HttpResult bob = f().login(u"bob"_s, u"bob-Pass-1"_s);
    ASSERT_EQ(bob.status, 200) << bob.body.constData();
    const QJsonObject user = dataOf(bob).value(u"user"_s).toObject();
    EXPECT_EQ(user.value(u"role"_s).toString(), u"customer_member"_s);
    EXPECT_EQ(user.value(u"tenantId"_s).toInteger(), f().ownerA.id);
    EXPECT_EQ(user.value(u"email"_s).toString(), u"bob@corp.test"_s);
    EXPECT_EQ(
        f().db().scalar(u"SELECT password_hash FROM customers WHERE username = 'bob'"_s).toString(),
        u"!directory"_s)
        << "a directory account keeps no password of its own";
    EXPECT_EQ(
        f().db()
            .scalar(
                u"SELECT count(*) FROM audit_logs WHERE action = 'auth.login' AND result = 'success' AND username = 'bob' AND detail->>'source' = 'ldap'"_s)
            .toInt(),
        1);
}

TEST_F(DirectorySignIn, RefusalsDoNotLetAnyoneIn)
{
    EXPECT_EQ(f().login(u"bob"_s, u"wrong-Pass-1"_s).status, 401);
    EXPECT_EQ(f().login(u"bob"_s, QString()).status, 400)
        << "empty password refused before any bind";
    for (const QString &name : {u"*"_s, u"a)(uid=*"_s, u"*)(uid=*"_s, u"bob)(|(uid=*"_s}) {
        const HttpResult r = f().login(name, u"bob-Pass-1"_s);
        EXPECT_EQ(r.status, 401) << qPrintable(name);
    }
    const HttpResult carol = f().login(u"carol"_s, u"carol-Pass-1"_s);
    EXPECT_EQ(carol.status, 403) << "in no mapped group";
    EXPECT_TRUE(carol.json().value(u"message"_s).toString().contains(u"group"_s));
    EXPECT_EQ(f().db().scalar(u"SELECT count(*) FROM customers WHERE username = 'carol'"_s).toInt(),
              0);
}

TEST_F(DirectorySignIn, LocalAccountsStillSignInAfterTheDirectory)
{
    EXPECT_EQ(f().login(f().ownerB.username, f().ownerB.password).status, 200);
}

TEST_F(DirectorySignIn, LeavingTheGroupEndsAccessAtTheNextRefresh)
{
    const HttpResult login = f().login(u"bob"_s, u"bob-Pass-1"_s);
    ASSERT_EQ(login.status, 200);
    const QString refresh = dataOf(login).value(u"refreshToken"_s).toString();
    const HttpResult stillIn = f().postJson(u"/api/auth/refresh"_s, {{u"refreshToken"_s, refresh}});
    ASSERT_EQ(stillIn.status, 200) << stillIn.body.constData();

    ASSERT_EQ(
        slapd->modify(
            u"dn: cn=acme-users,ou=groups,dc=corp,dc=test\nchangetype: modify\ndelete: member\n"
            "member: uid=bob,ou=people,dc=corp,dc=test\n"_s),
        QString());
    const HttpResult out =
        f().postJson(u"/api/auth/refresh"_s,
                     {{u"refreshToken"_s, dataOf(stillIn).value(u"refreshToken"_s).toString()}});
    EXPECT_EQ(out.status, 401) << out.body.constData();
    EXPECT_EQ(f().login(u"bob"_s, u"bob-Pass-1"_s).status, 403);
    ASSERT_EQ(slapd->modify(
                  u"dn: cn=acme-users,ou=groups,dc=corp,dc=test\nchangetype: modify\nadd: member\n"
                  "member: uid=bob,ou=people,dc=corp,dc=test\n"_s),
              QString());
}

TEST_F(DirectorySignIn, WithoutProvisioningAnUnknownDirectoryUserIsRefused)
{
    auto refusing = AuthFixture::start(u"auth_ldap_refuse"_s, settings(u"refuse"_s));
    ASSERT_TRUE(refusing);
    const HttpResult r = refusing->login(u"bob"_s, u"bob-Pass-1"_s);
    EXPECT_EQ(r.status, 403);
    EXPECT_TRUE(r.json().value(u"message"_s).toString().contains(u"no RemoteGPU account"_s))
        << r.body.constData();
}

TEST(DirectoryConfig, MistakesStopTheServerWithTheSettingNamed)
{
    auto db = TestDatabase::create(u"auth_ldap_config"_s);
    ASSERT_TRUE(db);
    ServerConfig config;
    config.databaseUrl = db->url();
    config.listenPort = 0;
    config.values = {{u"auth-order"_s, u"ldap,local"_s}};
    Server server(config);
    auto started = server.start();
    ASSERT_FALSE(started.ok());
    EXPECT_TRUE(started.error().message.contains(u"--ldap-url"_s))
        << qPrintable(started.error().message);

    config.values = {
        {u"ldap-url"_s, u"ldap://127.0.0.1:1"_s},
        {u"ldap-base-dn"_s, u"dc=x"_s},
        {u"ldap-group-map"_s, u"[{\"group\":\"cn=g\",\"role\":\"customer_member\"}]"_s}};
    Server second(config);
    auto again = second.start();
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(u"tenant"_s)) << qPrintable(again.error().message);
}
