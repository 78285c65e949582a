#include "ApiClient.h"
#include "ApiUpload.h"
#include "CannedHttpServer.h"
#include "CustomersApi.h"
#include "QtPrinters.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using remotegpu::ApiClient;
using remotegpu::ErrorKind;
using remotegpu::Result;
using remotegpu::test::CannedHttpServer;

namespace {

class ApiClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        client.setBaseUrl(server.url());
    }

    // Sends one request and waits for its callback.
    Result<QJsonValue> call(const std::function<void(ApiClient::Callback)> &send)
    {
        std::optional<Result<QJsonValue>> answer;
        send([&answer](Result<QJsonValue> result) { answer.emplace(std::move(result)); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
        return answer.value_or(Result<QJsonValue>(remotegpu::Error::internal(u"no answer"_s)));
    }

    CannedHttpServer server;
    ApiClient client;
    QObject context;
};

} // namespace

TEST_F(ApiClientTest, ReturnsTheEnvelopeData)
{
    server.enqueue(200, R"({"code":0,"message":"ok","data":{"total":3},"traceId":"t1"})"_ba);
    QUrlQuery query;
    query.addQueryItem(u"page"_s, u"2"_s);
    const auto answer = call([&](ApiClient::Callback cb) {
        client.get(u"/api/admin/machines"_s, query, &context, std::move(cb));
    });
    ASSERT_TRUE(answer.ok()) << answer.error().message.toStdString();
    EXPECT_EQ(answer->toObject().value(u"total"_s).toInt(), 3);

    ASSERT_EQ(server.requests().size(), 1);
    const auto request = server.requests().constFirst();
    EXPECT_EQ(request.method, "GET"_ba);
    EXPECT_EQ(request.target, "/api/admin/machines?page=2"_ba);
    EXPECT_EQ(request.header("Accept"_ba), "application/json"_ba);
    EXPECT_TRUE(request.header("Authorization"_ba).isEmpty());
}

TEST_F(ApiClientTest, SendsJsonBodyAndBearerToken)
{
    server.enqueue(200, R"({"code":0,"message":"ok","data":null,"traceId":"t2"})"_ba);
    client.setAccessToken(u"token-123"_s);
    const auto answer = call([&](ApiClient::Callback cb) {
        client.post(u"/api/auth/logout"_s, QJsonObject{{u"refreshToken"_s, u"r"_s}}, &context,
                    std::move(cb));
    });
    ASSERT_TRUE(answer.ok());
    EXPECT_TRUE(answer->isNull());
    const auto request = server.requests().constFirst();
    EXPECT_EQ(request.method, "POST"_ba);
    EXPECT_EQ(request.target, "/api/auth/logout"_ba);
    EXPECT_EQ(request.header("Authorization"_ba), "Bearer token-123"_ba);
    EXPECT_EQ(request.header("Content-Type"_ba), "application/json"_ba);
    EXPECT_EQ(QJsonDocument::fromJson(request.body).object(),
              (QJsonObject{{u"refreshToken"_s, u"r"_s}}));
}

TEST_F(ApiClientTest, KeepsTheBaseUrlPath)
{
    server.enqueue(200, R"({"code":0,"message":"ok","data":1,"traceId":""})"_ba);
    client.setBaseUrl(QUrl(server.url().toString() + u"/remotegpu/"_s));
    const auto answer = call([&](ApiClient::Callback cb) {
        client.get(u"/api/auth/profile"_s, {}, &context, std::move(cb));
    });
    ASSERT_TRUE(answer.ok());
    EXPECT_EQ(server.requests().constFirst().target, "/remotegpu/api/auth/profile"_ba);
}

TEST_F(ApiClientTest, SurfacesTheErrorEnvelopeMessage)
{
    server.enqueue(
        401,
        R"({"code":401,"message":"Wrong user name or password.","data":null,"traceId":"t3"})"_ba);
    const auto answer = call([&](ApiClient::Callback cb) {
        client.post(u"/api/auth/login"_s, QJsonObject{{u"username"_s, u"a"_s}}, &context,
                    std::move(cb));
    });
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(answer.error().kind, ErrorKind::Unauthorized);
    EXPECT_EQ(answer.error().message, u"Wrong user name or password."_s);
}

TEST_F(ApiClientTest, CarriesFieldErrors)
{
    server.enqueue(400, R"({"code":400,"message":"The machine is not valid.","data":{"errors":[
        {"field":"ipAddress","message":"ipAddress is not an IPv4 or IPv6 address"}]},"traceId":""})"_ba);
    const auto answer = call([&](ApiClient::Callback cb) {
        client.post(u"/api/admin/machines"_s, QJsonObject{}, &context, std::move(cb));
    });
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(answer.error().kind, ErrorKind::BadRequest);
    ASSERT_EQ(answer.error().fieldErrors.size(), 1);
    EXPECT_EQ(answer.error().fieldErrors.constFirst().field, u"ipAddress"_s);
}

TEST_F(ApiClientTest, ExplainsAnAnswerThatIsNotAnEnvelope)
{
    server.enqueue(502, "<html>Bad gateway</html>"_ba, "text/html"_ba);
    const auto answer = call([&](ApiClient::Callback cb) {
        client.get(u"/api/auth/profile"_s, {}, &context, std::move(cb));
    });
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(answer.error().kind, ErrorKind::Internal);
    EXPECT_TRUE(answer.error().message.contains(u"HTTP 502"_s))
        << answer.error().message.toStdString();
    EXPECT_TRUE(answer.error().message.contains(server.url().toString()));
}

TEST_F(ApiClientTest, ReportsConnectionRefused)
{
    const QUrl closed(u"http://127.0.0.1:"_s + QString::number(CannedHttpServer::closedPort()));
    client.setBaseUrl(closed);
    const auto answer = call([&](ApiClient::Callback cb) {
        client.get(u"/api/auth/profile"_s, {}, &context, std::move(cb));
    });
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(answer.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(answer.error().message.startsWith(u"Cannot reach the server at "_s +
                                                  closed.toString() + u": connection refused"_s))
        << answer.error().message.toStdString();
}

TEST_F(ApiClientTest, ReportsATimeout)
{
    server.setSilent(true);
    client.setTimeout(std::chrono::milliseconds(1000));
    const auto answer = call([&](ApiClient::Callback cb) {
        client.get(u"/api/auth/profile"_s, {}, &context, std::move(cb));
    });
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(answer.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(answer.error().message.contains(u"did not answer within 1 s"_s))
        << answer.error().message.toStdString();
}

TEST_F(ApiClientTest, RejectsAnUnusableBaseUrlAsynchronously)
{
    client.setBaseUrl(QUrl(u"ftp://example.com"_s));
    bool called = false;
    std::optional<Result<QJsonValue>> answer;
    client.get(u"/x"_s, {}, &context, [&](Result<QJsonValue> result) {
        called = true;
        answer.emplace(std::move(result));
    });
    EXPECT_FALSE(called);
    ASSERT_TRUE(QTest::qWaitFor([&] { return called; }, 5000));
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().kind, ErrorKind::BadRequest);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(ApiClientTest, DropsTheCallbackWhenTheContextIsGone)
{
    server.setSilent(true);
    bool called = false;
    auto shortLived = std::make_unique<QObject>();
    client.get(u"/api/auth/profile"_s, {}, shortLived.get(),
               [&](Result<QJsonValue>) { called = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !server.requests().isEmpty(); }, 5000));
    shortLived.reset();
    QTest::qWait(100);
    EXPECT_FALSE(called);
}

TEST_F(ApiClientTest, ASignInRoutes401IsItsOwnAnswer)
{
    server.enqueue(
        401,
        R"({"code":401,"message":"Wrong user name or password.","data":null,"traceId":""})"_ba);
    int unauthorized = 0;
    QObject::connect(&client, &ApiClient::unauthorized, &context, [&] { ++unauthorized; });
    client.setAccessToken(u"whatever"_s);
    // A wrong password is not an expired session: never held, never a renewal.
    const auto login = call([&](ApiClient::Callback cb) {
        client.post(u"/api/auth/login"_s, QJsonObject{}, &context, std::move(cb));
    });
    EXPECT_EQ(unauthorized, 0);
    ASSERT_FALSE(login.ok());
    EXPECT_EQ(login.error().kind, ErrorKind::Unauthorized);
    EXPECT_FALSE(client.isHoldingRequests());
}

TEST_F(ApiClientTest, HoldsAnAuthenticatedRequestRefusedWith401UntilReleased)
{
    server.enqueue(
        401, R"({"code":401,"message":"The session has expired.","data":null,"traceId":"t4"})"_ba);
    server.enqueue(200, R"({"code":0,"message":"ok","data":{"who":"me"},"traceId":"t5"})"_ba);
    server.enqueue(200, R"({"code":0,"message":"ok","data":{"total":0},"traceId":"t6"})"_ba);
    int unauthorized = 0;
    QObject::connect(&client, &ApiClient::unauthorized, &context, [&] { ++unauthorized; });

    // With a token, the 401 is held: no callback yet, one signal, and later requests wait too.
    client.setAccessToken(u"expired"_s);
    std::optional<Result<QJsonValue>> first, second;
    client.get(u"/api/auth/profile"_s, {}, &context,
               [&](Result<QJsonValue> r) { first.emplace(std::move(r)); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return unauthorized == 1; }, 10000));
    EXPECT_TRUE(client.isHoldingRequests());
    EXPECT_FALSE(first.has_value());
    client.get(u"/api/admin/machines"_s, {}, &context,
               [&](Result<QJsonValue> r) { second.emplace(std::move(r)); });
    EXPECT_EQ(client.heldRequestCount(), 2);
    EXPECT_EQ(server.requests().size(), 1); // the second never went out with the dead token

    // Released with a new token, both go out again carrying it.
    client.setAccessToken(u"fresh"_s);
    client.releaseHeldRequests();
    ASSERT_TRUE(QTest::qWaitFor([&] { return first.has_value() && second.has_value(); }, 10000));
    ASSERT_TRUE(first->ok());
    EXPECT_EQ(first->value().toObject().value(u"who"_s).toString(), u"me"_s);
    EXPECT_TRUE(second->ok());
    ASSERT_EQ(server.requests().size(), 3);
    EXPECT_EQ(server.requests().constLast().header("Authorization"_ba), "Bearer fresh"_ba);
    EXPECT_EQ(unauthorized, 1);
}

TEST_F(ApiClientTest, ARequestRefusedAgainAfterRenewalGetsIts401)
{
    server.enqueue(
        401, R"({"code":401,"message":"The session has expired.","data":null,"traceId":""})"_ba);
    client.setAccessToken(u"expired"_s);
    std::optional<Result<QJsonValue>> answer;
    client.get(u"/api/auth/profile"_s, {}, &context,
               [&](Result<QJsonValue> r) { answer.emplace(std::move(r)); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.isHoldingRequests(); }, 10000));
    client.setAccessToken(u"still-refused"_s);
    client.releaseHeldRequests();
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().kind, ErrorKind::Unauthorized);
    EXPECT_FALSE(client.isHoldingRequests());
}

TEST_F(ApiClientTest, FailingHeldRequestsDeliversTheReason)
{
    server.enqueue(
        401, R"({"code":401,"message":"The session has expired.","data":null,"traceId":""})"_ba);
    client.setAccessToken(u"expired"_s);
    std::optional<Result<QJsonValue>> answer;
    client.get(u"/api/auth/profile"_s, {}, &context,
               [&](Result<QJsonValue> r) { answer.emplace(std::move(r)); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.isHoldingRequests(); }, 10000));
    client.failHeldRequests(remotegpu::Error::unauthorized(u"You signed out."_s));
    ASSERT_TRUE(answer.has_value());
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().message, u"You signed out."_s);
    EXPECT_FALSE(client.isHoldingRequests());
}

TEST_F(ApiClientTest, UploadsARawBodyWithItsProgressAndTheReplyLeftReadable)
{
    server.enqueue(
        400, R"({"code":400,"message":"2 rows refused","data":{"rows":2},"traceId":"u1"})"_ba);
    client.setAccessToken(u"token-1"_s);
    const QByteArray csv = "name,ip\n" + QByteArray(200000, 'x') + '\n';
    std::optional<Result<QJsonValue>> answer;
    QByteArray body;
    qint64 mostSent = 0, mostTotal = 0;
    int sentSignals = 0;
    QPointer<remotegpu::ApiUpload> upload =
        client.upload("POST"_ba, u"/api/admin/machines/import"_s, QUrlQuery(u"dryRun=true"_s),
                      ApiClient::UploadBody::raw("text/csv"_ba, csv), &context,
                      [&](Result<QJsonValue> r, QNetworkReply *reply) {
                          answer.emplace(std::move(r));
                          ASSERT_NE(reply, nullptr);
                          body = reply->readAll();
                      });
    ASSERT_FALSE(upload.isNull());
    // The most seen: Qt may report (0, 0) once more as the reply finishes.
    QObject::connect(upload, &remotegpu::ApiUpload::progress, &context, [&](qint64 s, qint64 t) {
        mostSent = std::max(mostSent, s);
        mostTotal = std::max(mostTotal, t);
    });
    QObject::connect(upload, &remotegpu::ApiUpload::sent, &context, [&] { ++sentSignals; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));

    // The error is read as for every call, and the body is still there for the caller.
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().message, u"2 rows refused"_s);
    EXPECT_EQ(answer->error().traceId, u"u1"_s);
    EXPECT_TRUE(body.contains("\"rows\":2"));
    EXPECT_EQ(mostSent, csv.size());
    EXPECT_EQ(mostTotal, csv.size());
    EXPECT_EQ(sentSignals, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return upload.isNull(); }, 5000)); // done, so deleted

    const auto request = server.requests().constFirst();
    EXPECT_EQ(request.method, "POST"_ba);
    EXPECT_EQ(request.target, "/api/admin/machines/import?dryRun=true"_ba);
    EXPECT_EQ(request.header("Content-Type"_ba), "text/csv"_ba);
    EXPECT_EQ(request.header("Authorization"_ba), "Bearer token-1"_ba);
    EXPECT_EQ(request.body, csv);
}

TEST_F(ApiClientTest, AnUploadRefusedWith401IsHeldAndSentAgainWholeWithTheNewToken)
{
    server.enqueue(
        401, R"({"code":401,"message":"The session has expired.","data":null,"traceId":""})"_ba);
    server.enqueue(200, R"({"code":0,"message":"ok","data":{"imported":1},"traceId":"u2"})"_ba);
    client.setAccessToken(u"expired"_s);
    const auto body = ApiClient::UploadBody::multipart(
        {{"mode"_ba, {}, {}, "upsert"_ba},
         {"file"_ba, "hosts.csv"_ba, "text/csv"_ba, "a,b\n1,2\n"_ba}});
    std::optional<Result<QJsonValue>> answer;
    client.upload("POST"_ba, u"/api/admin/import"_s, {}, body, &context,
                  [&](Result<QJsonValue> r, QNetworkReply *) { answer.emplace(std::move(r)); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.isHoldingRequests(); }, 10000));
    EXPECT_FALSE(answer.has_value());

    client.setAccessToken(u"fresh"_s);
    client.releaseHeldRequests();
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    ASSERT_TRUE(answer->ok()) << answer->error().message.toStdString();
    EXPECT_EQ(answer->value().toObject().value(u"imported"_s).toInt(), 1);
    ASSERT_EQ(server.requests().size(), 2);
    const auto again = server.requests().constLast();
    EXPECT_EQ(again.header("Authorization"_ba), "Bearer fresh"_ba);
    EXPECT_EQ(again.body, body.bytes);
    EXPECT_EQ(again.header("Content-Type"_ba), body.contentType);

    // The form as a server reads it: each part between boundaries, the file with its name.
    const QByteArray boundary = body.contentType.mid(body.contentType.indexOf("boundary=") + 9);
    ASSERT_FALSE(boundary.isEmpty());
    EXPECT_TRUE(body.bytes.startsWith(QByteArray("--" + boundary + "\r\n")));
    EXPECT_TRUE(
        body.bytes.contains("Content-Disposition: form-data; name=\"mode\"\r\n\r\nupsert\r\n"));
    EXPECT_TRUE(body.bytes.contains(
        "Content-Disposition: form-data; name=\"file\"; "
        "filename=\"hosts.csv\"\r\nContent-Type: text/csv\r\n\r\na,b\n1,2\n\r\n"));
    EXPECT_TRUE(body.bytes.endsWith(QByteArray("--" + boundary + "--\r\n")));
}

TEST_F(ApiClientTest, ACancelledUploadNeverCallsBackEvenWhenHeld)
{
    server.enqueue(
        401, R"({"code":401,"message":"The session has expired.","data":null,"traceId":""})"_ba);
    server.enqueue(200, R"({"code":0,"message":"ok","data":null,"traceId":""})"_ba);
    client.setAccessToken(u"expired"_s);
    bool called = false;
    QPointer<remotegpu::ApiUpload> upload = client.upload(
        "POST"_ba, u"/api/admin/import"_s, {}, ApiClient::UploadBody::raw("text/csv"_ba, "a\n"_ba),
        &context, [&](Result<QJsonValue>, QNetworkReply *) { called = true; });
    QSignalSpy cancelled(upload.data(), &remotegpu::ApiUpload::cancelled);
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.isHoldingRequests(); }, 10000));
    upload->cancel();
    EXPECT_EQ(cancelled.size(), 1);
    EXPECT_TRUE(upload->isDone());
    upload->cancel(); // once only
    EXPECT_EQ(cancelled.size(), 1);

    client.setAccessToken(u"fresh"_s);
    client.releaseHeldRequests();
    QTest::qWait(300);
    EXPECT_FALSE(called);
    EXPECT_EQ(server.requests().size(), 1); // the held one was dropped, not sent again
}

// The customer panel's "Last 7 days" asks for its tenant alone: the server picks the row.
TEST_F(ApiClientTest, TenantStatisticsOfOneTenantSendCustomerId)
{
    server.enqueue(200, R"({"code":0,"message":"ok","data":{"from":"2026-01-01T00:00:00.000Z",
        "to":"2026-01-08T00:00:00.000Z","sampleIntervalSeconds":10,"busyThresholdPercent":10,
        "list":[]},"traceId":""})"_ba);
    remotegpu::CustomersApi api(client);
    const QDateTime to(QDate(2026, 1, 8), QTime(0, 0), QTimeZone::utc());
    std::optional<Result<remotegpu::TenantStatisticsReport>> answer;
    api.tenantStatistics(
        to.addDays(-7), to, 42, &context,
        [&](Result<remotegpu::TenantStatisticsReport> r) { answer.emplace(std::move(r)); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    ASSERT_TRUE(answer->ok()) << answer->error().message.toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    const QUrl sent(QString::fromLatin1(server.requests().constFirst().target));
    EXPECT_EQ(sent.path(), u"/api/admin/statistics/customers"_s);
    const QUrlQuery query(sent);
    EXPECT_EQ(query.queryItemValue(u"customerId"_s), u"42"_s);
    EXPECT_EQ(query.queryItemValue(u"from"_s, QUrl::FullyDecoded), u"2026-01-01T00:00:00.000Z"_s);
}
