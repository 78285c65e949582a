// The Server class in this process, with test-only routes added to its router, to drive the
// paths no production route exercises on demand: slow handlers during shutdown, clients that
// vanish mid-request, and the body checks over a real socket.
#include "HttpServer.h"
#include "HttpTestClient.h"
#include "Router.h"
#include "Server.h"
#include "QtPrinters.h"
#include "TestDatabase.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<Server> startServer(const TestDatabase &db, qint64 maxBodyBytes = 4096)
{
    ServerConfig config;
    config.databaseUrl = db.url();
    config.listenPort = 0;
    config.workers = 4;
    config.maxBodyBytes = maxBodyBytes;
    auto server = std::make_unique<Server>(config);
    auto started = server->start();
    EXPECT_TRUE(started.ok()) << qPrintable(started.error().message);
    if (!started)
        return nullptr;
    server->router().add(HttpMethod::Post, u"/test/echo"_s, Permission::publicRoute(), [](RequestContext &ctx) {
        auto body = ctx.jsonObject();
        return body ? ctx.ok(*body) : ctx.fail(body.error());
    });
    server->router().add(HttpMethod::Get, u"/test/slow"_s, Permission::publicRoute(), [](RequestContext &ctx) {
        QThread::msleep(800);
        return ctx.ok(u"finished"_s);
    });
    return server;
}

QUrl base(const Server &s) { return QUrl(u"http://127.0.0.1:%1/"_s.arg(s.port())); }

} // namespace

class ServerInProcess : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { db = TestDatabase::create(u"server_inproc"_s).release(); }
    static void TearDownTestSuite()
    {
        delete db;
        db = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(db); }
    static TestDatabase *db;
};
TestDatabase *ServerInProcess::db = nullptr;

TEST_F(ServerInProcess, MalformedJsonOverTheWireIs400WithTraceId)
{
    auto server = startServer(*db);
    ASSERT_TRUE(server);
    HttpTestClient http(base(*server));
    const HttpResult r = http.send("POST", u"/test/echo"_s, R"({"a":1,,})");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.json().value(u"code"_s).toInt(), 400);
    EXPECT_FALSE(r.json().value(u"traceId"_s).toString().isEmpty());
    EXPECT_EQ(QString::fromLatin1(r.header("X-Trace-Id")), r.json().value(u"traceId"_s).toString());

    const HttpResult good = http.send("POST", u"/test/echo"_s, R"({"name":"节点-01"})");
    EXPECT_EQ(good.status, 200);
    EXPECT_EQ(good.json().value(u"data"_s).toObject().value(u"name"_s).toString(), u"节点-01"_s);
}

TEST_F(ServerInProcess, OversizedBodyOverTheWireIs413)
{
    auto server = startServer(*db, 2048);
    ASSERT_TRUE(server);
    HttpTestClient http(base(*server));
    const QByteArray big = "{\"pad\":\"" + QByteArray(5000, 'x') + "\"}";
    const HttpResult r = http.send("POST", u"/test/echo"_s, big, {{"Expect", ""}});
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(r.json().value(u"code"_s).toInt(), 413);
}

TEST_F(ServerInProcess, ShutdownFinishesInFlightRequestsThenStops)
{
    auto server = startServer(*db);
    ASSERT_TRUE(server);
    QSignalSpy stopped(server.get(), &Server::stopped);
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(base(*server).resolved(QUrl(u"/test/slow"_s))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    // Wait until the request is being handled, then ask the server to stop.
    QTest::qWait(300);
    server->shutdown();
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_TRUE(reply->readAll().contains("finished"));
    EXPECT_TRUE(stopped.count() == 1 || stopped.wait(5000));

    // After shutdown the port no longer accepts connections.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, server->port());
    EXPECT_FALSE(probe.waitForConnected(1000));
    reply->deleteLater();
}

TEST_F(ServerInProcess, ClientThatDisconnectsMidRequestDoesNotHurtTheServer)
{
    auto server = startServer(*db);
    ASSERT_TRUE(server);
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        ASSERT_TRUE(socket.waitForConnected(2000));
        socket.write("GET /test/slow HTTP/1.1\r\nHost: x\r\n\r\n");
        ASSERT_TRUE(socket.waitForBytesWritten(2000));
        QTest::qWait(100);
        socket.abort();
    }
    QTest::qWait(1200); // past the slow handler's answer, which now has no socket to go to
    HttpTestClient http(base(*server));
    EXPECT_EQ(http.get(u"/healthz"_s).status, 200);
}
