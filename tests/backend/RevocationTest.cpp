// Access ends at once (issue 10 items 5–7), against the real server binary: disabling or
// deleting an account, disabling a tenant; on every instance; deleting an account that signed in.
#include "Enums.h"
#include "HttpTestClient.h"
#include "PasswordHasher.h"
#include "PgConnection.h"
#include "QtPrinters.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto kPassword = "Secret-pass-123";

class Revocation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = TestDatabase::create(u"revocation"_s);
        ASSERT_TRUE(db);
        QString error;
        server = ServerProcess::start(db->url(), {}, &error);
        ASSERT_TRUE(server) << qPrintable(error);
        http = std::make_unique<HttpTestClient>(server->baseUrl());
        adminId = createAccount(u"chief"_s, Role::Admin);
        ownerId = createAccount(u"acme"_s, Role::CustomerOwner);
        memberId = createAccount(u"acme.dev"_s, Role::CustomerMember, ownerId);
    }

    qint64 createAccount(const QString &username, Role role, qint64 tenant = 0)
    {
        const QString hash = PasswordHasher::hash(QString::fromLatin1(kPassword)).value();
        return db
            ->scalar(u"INSERT INTO customers (username, email, password_hash, role, tenant_id, "
                     u"user_type) "
                     "VALUES ('%1', '%1@example.test', '%2', '%3', %4, '%5') RETURNING id"_s.arg(
                         username, hash, toString(role),
                         tenant ? QString::number(tenant) : u"NULL"_s,
                         role == Role::Admin ? u"admin"_s : u"external"_s))
            .toLongLong();
    }

    QString signIn(HttpTestClient &client, const QString &username)
    {
        const HttpResult r =
            client.send("POST", u"/api/auth/login"_s,
                        QJsonDocument(QJsonObject{{u"username"_s, username},
                                                  {u"password"_s, QString::fromLatin1(kPassword)}})
                            .toJson(QJsonDocument::Compact));
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return r.json().value(u"data"_s).toObject().value(u"accessToken"_s).toString();
    }

    static HttpResult call(HttpTestClient &client, const QByteArray &method, const QString &path,
                           const QString &token, const QJsonObject &body = {})
    {
        return client.send(method, path,
                           body.isEmpty() ? QByteArray()
                                          : QJsonDocument(body).toJson(QJsonDocument::Compact),
                           {{"Authorization", "Bearer " + token.toLatin1()}});
    }

    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpTestClient> http;
    qint64 adminId = 0, ownerId = 0, memberId = 0;
};

} // namespace

TEST_F(Revocation, ADisabledOwnerIsOutOnItsNextRequestAndSoAreItsMembers)
{
    const QString admin = signIn(*http, u"chief"_s);
    const QString owner = signIn(*http, u"acme"_s);
    const QString member = signIn(*http, u"acme.dev"_s);
    ASSERT_EQ(call(*http, "GET", u"/api/auth/profile"_s, owner).status, 200);
    ASSERT_EQ(call(*http, "GET", u"/api/auth/profile"_s, member).status, 200);

    ASSERT_EQ(call(*http, "POST", u"/api/admin/customers/%1/disable"_s.arg(ownerId), admin).status,
              200);
    EXPECT_EQ(call(*http, "GET", u"/api/auth/profile"_s, owner).status, 401);
    const HttpResult create = call(*http, "POST", u"/api/admin/customers"_s, owner,
                                   {{u"username"_s, u"acme.new"_s},
                                    {u"email"_s, u"new@acme.test"_s},
                                    {u"password"_s, u"Member-pass-42"_s}});
    EXPECT_EQ(create.status, 401) << create.body.constData();
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM customers WHERE username = 'acme.new'"_s).toInt(),
              0);
    // The tenant's members are out with it.
    const HttpResult memberAfter = call(*http, "GET", u"/api/auth/profile"_s, member);
    EXPECT_EQ(memberAfter.status, 401);
    EXPECT_TRUE(memberAfter.json().value(u"message"_s).toString().contains(u"company"_s))
        << memberAfter.body.constData();
    // Nor may they sign in while it is disabled.
    const HttpResult memberLogin =
        http->send("POST", u"/api/auth/login"_s,
                   QJsonDocument(QJsonObject{{u"username"_s, u"acme.dev"_s},
                                             {u"password"_s, QString::fromLatin1(kPassword)}})
                       .toJson(QJsonDocument::Compact));
    EXPECT_EQ(memberLogin.status, 401) << memberLogin.body.constData();
    // Enabled again, the owner signs in afresh (its old token stays dead).
    ASSERT_EQ(call(*http, "POST", u"/api/admin/customers/%1/enable"_s.arg(ownerId), admin).status,
              200);
    EXPECT_EQ(call(*http, "GET", u"/api/auth/profile"_s, owner).status, 401);
    EXPECT_EQ(call(*http, "GET", u"/api/auth/profile"_s, signIn(*http, u"acme"_s)).status, 200);
}

TEST_F(Revocation, ADisabledAccountIsOutOnEveryInstance)
{
    // A second instance on the same database learns of the change through NOTIFY.
    QString error;
    auto other = ServerProcess::start(db->url(), {}, &error);
    ASSERT_TRUE(other) << qPrintable(error);
    HttpTestClient otherHttp(other->baseUrl());
    const QString admin = signIn(*http, u"chief"_s);
    const QString member = signIn(*http, u"acme.dev"_s);
    ASSERT_EQ(call(otherHttp, "GET", u"/api/auth/profile"_s, member).status, 200); // now cached
    ASSERT_EQ(call(*http, "POST", u"/api/admin/customers/%1/disable"_s.arg(memberId), admin).status,
              200);
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    while (timer.elapsed() < 3000) {
        status = call(otherHttp, "GET", u"/api/auth/profile"_s, member).status;
        if (status == 401)
            break;
        QTest::qWait(20);
    }
    std::printf(
        "[ figures  ] the other instance refused the disabled account's token after %lld ms\n",
        timer.elapsed());
    EXPECT_EQ(status, 401);
    EXPECT_LT(timer.elapsed(), 1000);
}

TEST_F(Revocation, ASignedInAccountCanBeDeletedAndItsTokensDie)
{
    const QString admin = signIn(*http, u"chief"_s);
    const QString member = signIn(*http, u"acme.dev"_s);
    ASSERT_EQ(
        db->scalar(u"SELECT count(*) FROM refresh_tokens WHERE customer_id = %1"_s.arg(memberId))
            .toInt(),
        1);
    const HttpResult deleted =
        call(*http, "DELETE", u"/api/admin/customers/%1"_s.arg(memberId), admin);
    ASSERT_LT(deleted.status, 300) << deleted.body.constData();
    EXPECT_EQ(call(*http, "GET", u"/api/auth/profile"_s, member).status, 401);
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM refresh_tokens WHERE customer_id = %1 AND "
                         "revoked_reason = 'account_deleted'"_s.arg(memberId))
                  .toInt(),
              1);
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM audit_logs WHERE action = 'customer.delete' AND "
                         "resource_id = '%1' AND result = 'success'"_s.arg(memberId))
                  .toInt(),
              1);
    // An owner can be deleted too once its members are gone.
    const QString owner = signIn(*http, u"acme"_s);
    ASSERT_LT(call(*http, "DELETE", u"/api/admin/customers/%1"_s.arg(ownerId), admin).status, 300);
    EXPECT_EQ(call(*http, "GET", u"/api/auth/profile"_s, owner).status, 401);
}

TEST_F(Revocation, TextTheDatabaseRefusesIs400NamingTheField)
{
    const QString admin = signIn(*http, u"chief"_s);
    for (const QByteArray &bad :
         {QByteArray(R"("acme\u0000evil")"), QByteArray(R"("acme\ud800")")}) {
        const QByteArray body =
            R"({"username":)" + bad + R"(,"email":"x@acme.test","password":"Acme-pass-2026"})";
        const HttpResult r = http->send("POST", u"/api/admin/customers"_s, body,
                                        {{"Authorization", "Bearer " + admin.toLatin1()}});
        EXPECT_EQ(r.status, 400) << r.body.constData();
        const QJsonArray errors = r.json().value(u"data"_s).toObject().value(u"errors"_s).toArray();
        ASSERT_FALSE(errors.isEmpty()) << r.body.constData();
        EXPECT_EQ(errors.first().toObject().value(u"field"_s).toString(), u"username"_s);
    }
    // In a nested array too, named by its path; and in a query parameter.
    const HttpResult nested =
        http->send("POST", u"/api/admin/machines"_s,
                   R"({"name":"m1","ipAddress":"10.1.1.1","gpus":[{"model":"A\u0000"}]})",
                   {{"Authorization", "Bearer " + admin.toLatin1()}});
    EXPECT_EQ(nested.status, 400);
    EXPECT_TRUE(nested.body.contains("gpus[0].model")) << nested.body.constData();
    const HttpResult query = call(*http, "GET", u"/api/admin/customers?q=a%00b"_s, admin);
    EXPECT_EQ(query.status, 400) << query.body.constData();
}

TEST_F(Revocation, AMachineHasAtMostTheImportsGpuCount)
{
    const QString admin = signIn(*http, u"chief"_s);
    QJsonArray gpus;
    for (int i = 0; i < 20000; ++i)
        gpus.append(QJsonObject{{u"index"_s, i}, {u"model"_s, u"H100"_s}});
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = call(*http, "POST", u"/api/admin/machines"_s, admin,
                              {{u"name"_s, u"huge"_s},
                               {u"ipAddress"_s, u"10.9.9.9"_s},
                               {u"totalCpu"_s, 64},
                               {u"totalMemoryGb"_s, 512},
                               {u"gpus"_s, gpus}});
    EXPECT_EQ(r.status, 400) << r.body.left(400).constData();
    EXPECT_TRUE(r.body.contains("at most 64")) << r.body.left(400).constData();
    // How fast the refusal comes is a figure, not a check: a timed assertion fails on a loaded
    // or sanitized build (2.8 s under ASan) without the server doing anything wrong.
    std::printf("[ figures  ] 20,000 GPUs refused in %lld ms\n", qint64(timer.elapsed()));
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM gpus"_s).toInt(), 0);
}

TEST_F(Revocation, ADatabaseOutageIs503WithoutSayingWhere)
{
    ASSERT_EQ(http->get(u"/readyz"_s).status, 200);
    const QString token = signIn(*http, u"acme"_s);
    // The workers' sessions ended and no new one admitted: an outage as the server sees it.
    auto admin = PgConnection::open(qEnvironmentVariable("REMOTEGPU_TEST_DATABASE_URL"));
    ASSERT_TRUE(admin) << qPrintable(admin.error().message);
    const QString name = db->scalar(u"SELECT current_database()"_s).toString();
    ASSERT_TRUE(admin->exec(u"ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false"_s.arg(name).toUtf8()));
    ASSERT_TRUE(admin->query(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                             "WHERE datname = '%1'"_s.arg(name)
                                 .toUtf8()));
    HttpResult ready;
    for (int i = 0; i < 20; ++i) {
        ready = http->get(u"/readyz"_s);
        EXPECT_EQ(ready.status, 503) << ready.body.constData(); // never a 500
        const HttpResult profile = call(*http, "GET", u"/api/auth/profile"_s, token);
        EXPECT_EQ(profile.status, 503) << profile.body.constData();
    }
    EXPECT_EQ(ready.json().value(u"message"_s).toString(), u"database unreachable"_s);
    ASSERT_TRUE(admin->exec(u"ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true"_s.arg(name).toUtf8()));
    EXPECT_TRUE(QTest::qWaitFor([&] { return http->get(u"/readyz"_s).status == 200; }, 10000));
    EXPECT_EQ(call(*http, "GET", u"/api/auth/profile"_s, token).status, 200);
    // Back-off: a few tries and fewer warning lines, not one per request.
    const int warnings = int(server->log().count(u"cannot open database connection"_s));
    std::printf("[ figures  ] 40 requests during the outage: %d warning line(s)\n", warnings);
    EXPECT_LE(warnings, 3);
}
