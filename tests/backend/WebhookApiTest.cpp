// Webhooks end to end: registration rules (private targets, tenant scoping, roles), and real
// deliveries from the server's own worker to a receiver listening in this test — signed as
// Standard Webhooks says (checked here with OpenSSL, independently of the server's code),
// retried with growing delays under a stepped clock, stopped by a 410, never redirected — and
// the fan-out of an allocation made through the API.
#include "AuthFixture.h"
#include "Clock.h"
#include "QtPrinters.h"
#include "WebhookDispatcher.h"
#include "WebhookTargetPolicy.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <functional>
#include <memory>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}

// An HTTP endpoint on 127.0.0.1 that records every request and answers each with what
// `answer` returns (a status line, headers and body, written as is).
class Receiver
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit Receiver(int status = 200, QByteArray extraHeaders = {})
    {
        answer = [status, extraHeaders](const Request &) -> QByteArray {
            return "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + extraHeaders +
                   "Content-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
        };
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Request request;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                    request.method = first.value(0);
                    request.path = first.value(1);
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const qsizetype colon = lines[i].indexOf(':');
                        if (colon > 0)
                            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                                   lines[i].mid(colon + 1).trimmed());
                    }
                    const qsizetype length = request.headers.value("content-length").toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    request.body = buffer->mid(end + 4, length);
                    requests.append(request);
                    socket->write(answer(request));
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString url(const QString &path = u"/hook"_s) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }

    QList<Request> requests;
    std::function<QByteArray(const Request &)> answer;

private:
    QTcpServer m_server;
};

// HMAC-SHA256 straight from OpenSSL, as a receiver would check it.
QByteArray expectedSignature(const QString &secret, const QByteArray &id,
                             const QByteArray &timestamp, const QByteArray &body)
{
    const QByteArray key = QByteArray::fromBase64(secret.mid(6).toLatin1());
    const QByteArray content = id + '.' + timestamp + '.' + body;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(content.constData()), size_t(content.size()), mac,
         &length);
    return "v1," + QByteArray(reinterpret_cast<const char *>(mac), int(length)).toBase64();
}

class WebhookApi : public ::testing::Test
{
protected:
    static AuthFixture *fixture;
    static QString adminToken, ownerAToken, ownerBToken, memberAToken;
    AuthFixture &f() { return *fixture; }

    static void SetUpTestSuite()
    {
        fixture = AuthFixture::start(u"webhooks"_s).release();
        if (!fixture)
            return;
        adminToken = fixture->accessToken(fixture->admin);
        ownerAToken = fixture->accessToken(fixture->ownerA);
        ownerBToken = fixture->accessToken(fixture->ownerB);
        memberAToken = fixture->accessToken(fixture->memberA);
    }
    static void TearDownTestSuite()
    {
        delete fixture;
        fixture = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(fixture);
        allowPrivateTargets(true);
    }
    void TearDown() override
    {
        if (!fixture)
            return;
        f().server().clock().set({});
        // Each test's webhooks go with it, so none receives the next test's events.
        EXPECT_EQ(f().db().exec(u"DELETE FROM webhooks"_s), QString());
    }

    void allowPrivateTargets(bool allow)
    {
        EXPECT_EQ(f().db().exec(u"UPDATE system_configs SET config_value = '%1' "
                                "WHERE config_key = 'webhook_allow_private_targets'"_s.arg(
                                    allow ? u"true"_s : u"false"_s)),
                  QString());
    }

    HttpResult send(const QByteArray &method, const QString &path, const QString &token,
                    const QJsonObject &body = {})
    {
        return f().http().send(method, path,
                               body.isEmpty() ? QByteArray()
                                              : QJsonDocument(body).toJson(QJsonDocument::Compact),
                               {{"Authorization", "Bearer " + token.toLatin1()},
                                {"Content-Type", "application/json"}});
    }

    // A webhook registered through the API; its whole answer (with the secret).
    QJsonObject createWebhook(const QString &token, const QString &url, const QStringList &events,
                              const QString &area = u"admin"_s)
    {
        const HttpResult r = send("POST", u"/api/%1/webhooks"_s.arg(area), token,
                                  QJsonObject{{u"name"_s, u"hook"_s},
                                              {u"url"_s, url},
                                              {u"events"_s, QJsonArray::fromStringList(events)}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return dataOf(r);
    }

    int count(const QString &sql) { return f().db().scalar(sql).toInt(); }
    int attemptsOf(qint64 webhookId)
    {
        return count(u"SELECT count(*) FROM webhook_logs WHERE webhook_id = %1"_s.arg(webhookId));
    }

    void addHost(const QString &id)
    {
        static int next = 1;
        ASSERT_EQ(f().db().exec(u"INSERT INTO hosts (id, name, ip_address, total_cpu, "
                                "total_memory_gb, status) VALUES ('%1', 'node %1', "
                                "'10.9.0.%2', 32, 256, 'online')"_s.arg(id)
                                    .arg(next++)),
                  QString());
    }
};

AuthFixture *WebhookApi::fixture = nullptr;
QString WebhookApi::adminToken;
QString WebhookApi::ownerAToken;
QString WebhookApi::ownerBToken;
QString WebhookApi::memberAToken;

TEST(WebhookTargetPolicy, RefusesEveryInternalRange)
{
    for (const char *internal :
         {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
          "100.127.255.254", "0.0.0.0", "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1",
          "::ffff:10.0.0.1", "::ffff:127.0.0.1", "224.0.0.1", "255.255.255.255"})
        EXPECT_TRUE(WebhookTargetPolicy::isInternal(QHostAddress(QString::fromLatin1(internal))))
            << internal;
    for (const char *external :
         {"93.184.216.34", "100.128.0.1", "8.8.8.8", "2606:4700::1111", "::ffff:93.184.216.34"})
        EXPECT_FALSE(WebhookTargetPolicy::isInternal(QHostAddress(QString::fromLatin1(external))))
            << external;
}

TEST_F(WebhookApi, PrivateTargetsAreRefusedAtRegistrationWithAFieldError)
{
    allowPrivateTargets(false);
    for (const QString &url :
         {u"http://127.0.0.1:8080/hook"_s, u"http://localhost/hook"_s,
          u"https://[::ffff:10.0.0.1]/x"_s, u"http://100.64.1.1/"_s, u"http://[fc00::1]/"_s,
          u"http://0.0.0.0/"_s, u"http://[::]/"_s, u"http://169.254.169.254/latest/meta-data"_s}) {
        const HttpResult r = send("POST", u"/api/admin/webhooks"_s, adminToken,
                                  QJsonObject{{u"name"_s, u"internal"_s},
                                              {u"url"_s, url},
                                              {u"events"_s, QJsonArray{u"host.offline"_s}}});
        EXPECT_EQ(r.status, 400) << url.toStdString() << r.body.constData();
        const QJsonArray errors = dataOf(r).value(u"errors"_s).toArray();
        ASSERT_EQ(errors.size(), 1) << r.body.constData();
        EXPECT_EQ(errors[0].toObject().value(u"field"_s).toString(), u"url"_s);
        EXPECT_TRUE(errors[0].toObject().value(u"message"_s).toString().contains(u"private"_s))
            << r.body.constData();
    }
    const HttpResult ftp = send("POST", u"/api/admin/webhooks"_s, adminToken,
                                QJsonObject{{u"name"_s, u"ftp"_s},
                                            {u"url"_s, u"ftp://93.184.216.34/"_s},
                                            {u"events"_s, QJsonArray{u"host.offline"_s}}});
    EXPECT_EQ(ftp.status, 400);
    const HttpResult unknownEvent =
        send("POST", u"/api/admin/webhooks"_s, adminToken,
             QJsonObject{{u"name"_s, u"bad"_s},
                         {u"url"_s, u"http://93.184.216.34/"_s},
                         {u"events"_s, QJsonArray{u"host.exploded"_s}}});
    EXPECT_EQ(unknownEvent.status, 400);
    EXPECT_EQ(count(u"SELECT count(*) FROM webhooks"_s), 0);

    // The same address is fine once the operator allows private targets.
    allowPrivateTargets(true);
    createWebhook(adminToken, u"http://127.0.0.1:8080/hook"_s, {u"host.offline"_s});
}

TEST_F(WebhookApi, SignedDeliveryReachesTheReceiverAndIsLogged)
{
    Receiver receiver;
    const QJsonObject hook = createWebhook(adminToken, receiver.url(), {u"allocation.created"_s});
    const QString secret = hook.value(u"secret"_s).toString();
    ASSERT_TRUE(secret.startsWith(u"whsec_"_s)) << secret.toStdString();
    EXPECT_EQ(QByteArray::fromBase64(secret.mid(6).toLatin1()).size(), 24);
    const qint64 id = hook.value(u"id"_s).toInteger();

    // The secret is shown once: a listing never carries it.
    const HttpResult list = send("GET", u"/api/admin/webhooks"_s, adminToken);
    ASSERT_EQ(list.status, 200);
    EXPECT_FALSE(list.body.contains("whsec_"));

    const HttpResult test = send("POST", u"/api/admin/webhooks/%1/test"_s.arg(id), adminToken);
    ASSERT_EQ(test.status, 202) << test.body.constData();
    const QString eventId = dataOf(test).value(u"eventId"_s).toString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return attemptsOf(id) == 1; }, 15000));

    ASSERT_EQ(receiver.requests.size(), 1);
    const Receiver::Request &got = receiver.requests.first();
    EXPECT_EQ(got.method, "POST");
    EXPECT_EQ(got.path, "/hook");
    EXPECT_EQ(got.headers.value("content-type"), "application/json");
    EXPECT_EQ(got.headers.value("webhook-id"), eventId.toLatin1());
    const QByteArray timestamp = got.headers.value("webhook-timestamp");
    EXPECT_LE(std::abs(timestamp.toLongLong() - QDateTime::currentSecsSinceEpoch()), 60);
    EXPECT_EQ(got.headers.value("webhook-signature"),
              expectedSignature(secret, eventId.toLatin1(), timestamp, got.body));
    const QJsonObject payload = QJsonDocument::fromJson(got.body).object();
    EXPECT_EQ(payload.value(u"type"_s).toString(), u"webhook.test"_s);
    EXPECT_EQ(payload.value(u"data"_s).toObject().value(u"webhookId"_s).toInteger(), id);

    const HttpResult log = send("GET", u"/api/admin/webhooks/%1/deliveries"_s.arg(id), adminToken);
    ASSERT_EQ(log.status, 200) << log.body.constData();
    const QJsonArray rows = dataOf(log).value(u"list"_s).toArray();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows[0].toObject();
    EXPECT_EQ(row.value(u"statusCode"_s).toInt(), 200);
    EXPECT_EQ(row.value(u"attempt"_s).toInt(), 1);
    EXPECT_EQ(row.value(u"eventType"_s).toString(), u"webhook.test"_s);
    EXPECT_EQ(row.value(u"responseBody"_s).toString(), u"ok"_s);
    EXPECT_GE(row.value(u"durationMs"_s).toInt(), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM webhook_deliveries WHERE webhook_id = %1 "
                    "AND status = 'delivered'"_s.arg(id)),
              1);

    // A rotated secret signs the next delivery, and the old one no longer matches.
    const HttpResult rotated =
        send("POST", u"/api/admin/webhooks/%1/rotate-secret"_s.arg(id), adminToken);
    ASSERT_EQ(rotated.status, 200) << rotated.body.constData();
    const QString newSecret = dataOf(rotated).value(u"secret"_s).toString();
    ASSERT_TRUE(newSecret.startsWith(u"whsec_"_s));
    ASSERT_NE(newSecret, secret);
    ASSERT_EQ(send("POST", u"/api/admin/webhooks/%1/test"_s.arg(id), adminToken).status, 202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return receiver.requests.size() == 2; }, 15000));
    const Receiver::Request &second = receiver.requests.last();
    const QByteArray ts = second.headers.value("webhook-timestamp");
    const QByteArray sid = second.headers.value("webhook-id");
    EXPECT_EQ(second.headers.value("webhook-signature"),
              expectedSignature(newSecret, sid, ts, second.body));
    EXPECT_NE(second.headers.value("webhook-signature"),
              expectedSignature(secret, sid, ts, second.body));
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE resource_type = 'webhook' "
                    "AND resource_id = '%1' AND action IN ('webhook.create', "
                    "'webhook.rotate_secret')"_s.arg(id)),
              2);
}

TEST_F(WebhookApi, FailingReceiverIsRetriedWithGrowingDelaysAndEveryAttemptLogged)
{
    Receiver receiver(500);
    const qint64 id =
        createWebhook(adminToken, receiver.url(), {u"host.offline"_s}).value(u"id"_s).toInteger();
    // The server's clock stands still a little ahead of the database's, and each step moves it
    // just past the delivery's next attempt.
    Clock &clock = f().server().clock();
    QDateTime at = QDateTime::currentDateTimeUtc().addSecs(5);
    clock.setFixed(at);
    ASSERT_EQ(send("POST", u"/api/admin/webhooks/%1/test"_s.arg(id), adminToken).status, 202);

    const QList<QPair<int, int>> expectedDelaySecs{{4, 6}, {24, 36}, {96, 144}};
    for (int attempt = 1; attempt <= 3; ++attempt) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return attemptsOf(id) == attempt; }, 15000))
            << "attempt " << attempt << " not logged";
        const QDateTime next =
            f().db()
                .scalar(
                    u"SELECT next_attempt_at FROM webhook_deliveries WHERE webhook_id = %1"_s.arg(
                        id))
                .toDateTime()
                .toUTC();
        const qint64 delay = at.secsTo(next);
        EXPECT_GE(delay, expectedDelaySecs[attempt - 1].first) << "after attempt " << attempt;
        EXPECT_LE(delay, expectedDelaySecs[attempt - 1].second) << "after attempt " << attempt;
        at = next.addSecs(1);
        clock.setFixed(at);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return attemptsOf(id) == 4; }, 15000));
    EXPECT_EQ(receiver.requests.size(), 4);
    EXPECT_EQ(count(u"SELECT count(*) FROM webhook_logs WHERE webhook_id = %1 AND status_code = "
                    "500 AND duration_ms >= 0 AND response_body = 'ok'"_s.arg(id)),
              4);
    EXPECT_EQ(
        count(u"SELECT count(DISTINCT attempt) FROM webhook_logs WHERE webhook_id = %1"_s.arg(id)),
        4);
    EXPECT_EQ(count(u"SELECT count(*) FROM webhook_deliveries WHERE webhook_id = %1 "
                    "AND status = 'pending' AND attempts = 4"_s.arg(id)),
              1);
    // Every attempt carried the same message id, so a receiver can drop duplicates.
    EXPECT_EQ(receiver.requests.first().headers.value("webhook-id"),
              receiver.requests.last().headers.value("webhook-id"));
}

TEST_F(WebhookApi, GoneStopsAtOnceAndDisablesTheWebhook)
{
    Receiver receiver(410);
    const qint64 id =
        createWebhook(adminToken, receiver.url(), {u"host.offline"_s}).value(u"id"_s).toInteger();
    ASSERT_EQ(send("POST", u"/api/admin/webhooks/%1/test"_s.arg(id), adminToken).status, 202);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return count(u"SELECT count(*) FROM webhook_deliveries WHERE webhook_id = %1 "
                         "AND status = 'failed'"_s.arg(id)) == 1;
        },
        15000));
    EXPECT_EQ(attemptsOf(id), 1);
    EXPECT_EQ(count(u"SELECT enabled::int FROM webhooks WHERE id = %1"_s.arg(id)), 0);
    // Disabled: no event reaches it, and a test is refused.
    EXPECT_EQ(send("POST", u"/api/admin/webhooks/%1/test"_s.arg(id), adminToken).status, 409);
    addHost(u"gone-host"_s);
    ASSERT_EQ(f().db().exec(u"UPDATE hosts SET status = 'offline' WHERE id = 'gone-host'"_s),
              QString());
    EXPECT_EQ(count(u"SELECT count(*) FROM webhook_deliveries WHERE webhook_id = %1"_s.arg(id)), 1);
    QTest::qWait(1500);
    EXPECT_EQ(receiver.requests.size(), 1);
}

TEST_F(WebhookApi, RedirectIsNotFollowed)
{
    Receiver elsewhere;
    Receiver receiver(302, "Location: " + elsewhere.url(u"/other"_s).toLatin1() + "\r\n");
    const qint64 id =
        createWebhook(adminToken, receiver.url(), {u"host.offline"_s}).value(u"id"_s).toInteger();
    ASSERT_EQ(send("POST", u"/api/admin/webhooks/%1/test"_s.arg(id), adminToken).status, 202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return attemptsOf(id) == 1; }, 15000));
    QTest::qWait(500);
    EXPECT_EQ(receiver.requests.size(), 1);
    EXPECT_TRUE(elsewhere.requests.isEmpty());
    EXPECT_EQ(count(u"SELECT status_code FROM webhook_logs WHERE webhook_id = %1"_s.arg(id)), 302);
    EXPECT_TRUE(
        f().db()
            .scalar(u"SELECT error_message FROM webhook_logs WHERE webhook_id = %1"_s.arg(id))
            .toString()
            .contains(u"redirect"_s));
    EXPECT_EQ(count(u"SELECT count(*) FROM webhook_deliveries WHERE webhook_id = %1 "
                    "AND status = 'pending' AND attempts = 1"_s.arg(id)),
              1);
}

TEST_F(WebhookApi, TenantsSeeAndManageOnlyTheirOwnWebhooks)
{
    const qint64 hookA = createWebhook(ownerAToken, u"http://127.0.0.1:9/a"_s,
                                       {u"allocation.created"_s}, u"customer"_s)
                             .value(u"id"_s)
                             .toInteger();
    const QString item = u"/api/customer/webhooks/%1"_s.arg(hookA);
    EXPECT_EQ(send("GET", item + u"/deliveries"_s, ownerBToken).status, 404);
    EXPECT_EQ(send("PUT", item, ownerBToken, QJsonObject{{u"name"_s, u"mine"_s}}).status, 404);
    EXPECT_EQ(send("DELETE", item, ownerBToken).status, 404);
    EXPECT_EQ(send("POST", item + u"/rotate-secret"_s, ownerBToken).status, 404);
    const HttpResult listB = send("GET", u"/api/customer/webhooks"_s, ownerBToken);
    ASSERT_EQ(listB.status, 200);
    EXPECT_EQ(dataOf(listB).value(u"total"_s).toInt(), 0) << listB.body.constData();

    // A member reads its tenant's webhooks and changes none; an owner is no admin.
    const HttpResult listMember = send("GET", u"/api/customer/webhooks"_s, memberAToken);
    ASSERT_EQ(listMember.status, 200);
    EXPECT_EQ(dataOf(listMember).value(u"total"_s).toInt(), 1);
    EXPECT_EQ(send("DELETE", item, memberAToken).status, 403);
    EXPECT_EQ(send("GET", u"/api/admin/webhooks"_s, ownerAToken).status, 403);

    // The owner changes its own; the admin sees every tenant's.
    const HttpResult renamed = send("PUT", item, ownerAToken,
                                    QJsonObject{{u"name"_s, u"renamed"_s}, {u"enabled"_s, false}});
    ASSERT_EQ(renamed.status, 200) << renamed.body.constData();
    EXPECT_EQ(dataOf(renamed).value(u"name"_s).toString(), u"renamed"_s);
    EXPECT_FALSE(dataOf(renamed).value(u"enabled"_s).toBool());
    EXPECT_EQ(dataOf(renamed).value(u"tenantId"_s).toInteger(), f().ownerA.id);
    const HttpResult all = send("GET", u"/api/admin/webhooks"_s, adminToken);
    EXPECT_EQ(dataOf(all).value(u"total"_s).toInt(), 1);
    EXPECT_EQ(send("DELETE", item, ownerAToken).status, 200);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE resource_type = 'webhook' AND "
                    "resource_id = '%1'"_s.arg(hookA)),
              3);
}

TEST_F(WebhookApi, AnAllocationMadeThroughTheApiIsDeliveredOncePerMatchingWebhook)
{
    Receiver receiver;
    const qint64 platform = createWebhook(adminToken, receiver.url(u"/platform"_s),
                                          {u"allocation.created"_s, u"host.offline"_s})
                                .value(u"id"_s)
                                .toInteger();
    const qint64 tenantA =
        createWebhook(ownerAToken, receiver.url(u"/a"_s), {u"allocation.created"_s}, u"customer"_s)
            .value(u"id"_s)
            .toInteger();
    const qint64 tenantAOffline = createWebhook(ownerAToken, receiver.url(u"/a-offline"_s),
                                                {u"host.offline"_s}, u"customer"_s)
                                      .value(u"id"_s)
                                      .toInteger();
    const qint64 tenantB =
        createWebhook(ownerBToken, receiver.url(u"/b"_s),
                      {u"allocation.created"_s, u"host.offline"_s}, u"customer"_s)
            .value(u"id"_s)
            .toInteger();

    addHost(u"wh-node"_s);
    const HttpResult allocated = f().postJson(
        u"/api/admin/machines/wh-node/allocate"_s,
        QJsonObject{{u"tenantId"_s, f().ownerA.id},
                    {u"endTime"_s,
                     QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODateWithMs)}},
        adminToken);
    ASSERT_EQ(allocated.status, 201) << allocated.body.constData();
    const QString allocationId = dataOf(allocated).value(u"id"_s).toString();

    const auto deliveriesTo = [&](qint64 hook) {
        return count(u"SELECT count(*) FROM webhook_deliveries WHERE webhook_id = %1 "
                     "AND event_type = 'allocation.created'"_s.arg(hook));
    };
    EXPECT_EQ(deliveriesTo(platform), 1);
    EXPECT_EQ(deliveriesTo(tenantA), 1);
    EXPECT_EQ(deliveriesTo(tenantAOffline), 0);
    EXPECT_EQ(deliveriesTo(tenantB), 0);

    ASSERT_TRUE(QTest::qWaitFor([&] { return receiver.requests.size() >= 2; }, 15000));
    QTest::qWait(300);
    ASSERT_EQ(receiver.requests.size(), 2);
    QStringList paths;
    for (const Receiver::Request &r : std::as_const(receiver.requests)) {
        paths << QString::fromLatin1(r.path);
        const QJsonObject event = QJsonDocument::fromJson(r.body).object();
        EXPECT_EQ(event.value(u"type"_s).toString(), u"allocation.created"_s);
        EXPECT_EQ(event.value(u"data"_s).toObject().value(u"allocationId"_s).toString(),
                  allocationId);
    }
    paths.sort();
    EXPECT_EQ(paths, (QStringList{u"/a"_s, u"/platform"_s}));

    // The machine going offline reaches the platform and its tenant, never tenant B.
    ASSERT_EQ(f().db().exec(u"UPDATE hosts SET status = 'offline' WHERE id = 'wh-node'"_s),
              QString());
    EXPECT_EQ(count(u"SELECT count(*) FROM webhook_deliveries WHERE event_type = 'host.offline' "
                    "AND webhook_id IN (%1, %2)"_s.arg(platform)
                        .arg(tenantAOffline)),
              2);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM webhook_deliveries WHERE webhook_id = %1"_s.arg(tenantB)), 0);
}

} // namespace
