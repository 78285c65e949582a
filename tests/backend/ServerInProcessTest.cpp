// The Server class in this process, with test-only routes added to its router, to drive the
// paths no production route exercises on demand: slow handlers during shutdown, clients that
// vanish mid-request, and the body checks over a real socket.
#include "HttpServer.h"
#include "HttpTestClient.h"
#include "QtPrinters.h"
#include "Router.h"
#include "Server.h"
#include "TestDatabase.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The /test/slow route's handler: it counts itself in, then holds until the test opens the gate
// (or 10 s pass), then counts itself out. Tests wait on these events instead of sleeping and
// hoping the request got that far.
struct SlowGate
{
    std::atomic<int> entered{0};
    std::atomic<int> left{0};
    QSemaphore gate;
    void open() { gate.release(1000); }
};
SlowGate *g_slow = nullptr;

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
    server->router().add(HttpMethod::Post, u"/test/echo"_s, Permission::publicRoute(),
                         [](RequestContext &ctx) {
                             auto body = ctx.jsonObject();
                             return body ? ctx.ok(*body) : ctx.fail(body.error());
                         });
    server->router().add(HttpMethod::Get, u"/test/slow"_s, Permission::publicRoute(),
                         [](RequestContext &ctx) {
                             SlowGate &slow = *g_slow;
                             ++slow.entered;
                             const bool opened = slow.gate.tryAcquire(1, 10000);
                             ++slow.left;
                             return opened ? ctx.ok(u"finished"_s)
                                           : ctx.fail(Error::internal(u"gate never opened"_s));
                         });
    return server;
}

QUrl base(const Server &s)
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(s.port()));
}

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
    void SetUp() override
    {
        ASSERT_TRUE(db);
        g_slow = &slow;
    }
    void TearDown() override
    {
        slow.open(); // never leave a handler waiting on a pool thread
        g_slow = nullptr;
    }
    static TestDatabase *db;
    SlowGate slow;
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
    QNetworkReply *reply =
        manager.get(QNetworkRequest(base(*server).resolved(QUrl(u"/test/slow"_s))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    // Once the request is being handled, ask the server to stop; then let the handler finish.
    ASSERT_TRUE(QTest::qWaitFor([&] { return slow.entered == 1; }, 5000));
    server->shutdown();
    EXPECT_EQ(slow.left, 0) << "the handler must still be running when shutdown begins";
    slow.open();
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_TRUE(reply->readAll().contains("finished"));
    EXPECT_TRUE(stopped.count() == 1 || stopped.wait(5000));

    // After shutdown the port no longer accepts connections.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, server->port());
    EXPECT_FALSE(probe.waitForConnected(5000));
    // Refused, not merely unanswered within the wait: the port is closed.
    EXPECT_EQ(probe.error(), QAbstractSocket::ConnectionRefusedError)
        << qPrintable(probe.errorString());
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
        // The request is in its handler when the client goes.
        ASSERT_TRUE(QTest::qWaitFor([&] { return slow.entered == 1; }, 5000));
        socket.abort();
    }
    // The handler answers a socket that is gone...
    slow.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return slow.left == 1; }, 5000));
    // ...and a later request on the same route is answered: the server thread went past that
    // write (answers are written in order on it) and still serves.
    HttpTestClient http(base(*server));
    const HttpResult again = http.get(u"/test/slow"_s);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(slow.entered, 2);
    EXPECT_EQ(http.get(u"/healthz"_s).status, 200);
}

TEST_F(ServerInProcess, HeadAnswersAsGetWithoutTheBodyAndTheConnectionStaysUsable)
{
    auto server = startServer(*db);
    ASSERT_TRUE(server);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 2000));
    QByteArray received;
    const auto readUntil = [&](const QByteArray &marker) {
        return QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.contains(marker);
            },
            3000);
    };

    socket.write("HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    ASSERT_TRUE(readUntil("\r\n\r\n")) << received.constData();
    EXPECT_TRUE(received.startsWith("HTTP/1.1 200 OK\r\n")) << received.constData();
    const qsizetype headEnd = received.indexOf("\r\n\r\n") + 4;
    const QByteArray headHeaders = received.left(headEnd);
    EXPECT_TRUE(headHeaders.contains("Content-Length: ")) << headHeaders.constData();

    // The next request on the connection: its answer comes after anything HEAD sent, so once it
    // is here, a HEAD body would be here too, between the two. There must be nothing: the GET's
    // status line follows HEAD's headers at once, and its body is as long as HEAD said.
    const qsizetype length = headHeaders.mid(headHeaders.indexOf("Content-Length: ") + 16)
                                 .split('\r')
                                 .first()
                                 .toLongLong();
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    qsizetype bodyStart = -1;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            const qsizetype end = received.indexOf("\r\n\r\n", headEnd);
            bodyStart = end < 0 ? -1 : end + 4;
            return bodyStart > 0 && received.size() >= bodyStart + length;
        },
        3000))
        << received.constData();
    EXPECT_TRUE(received.mid(headEnd).startsWith("HTTP/1.1 200 OK\r\n"))
        << "HEAD must not send a body: " << received.constData();
    EXPECT_EQ(received.size() - bodyStart, length) << received.constData();
}

TEST_F(ServerInProcess, ServesHttpsWithTheConfiguredCertificate)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s), key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s,
                   cert, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s});
    ASSERT_TRUE(openssl.waitForFinished(30000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();

    ServerConfig config;
    config.databaseUrl = db->url();
    config.listenPort = 0;
    config.workers = 2;
    config.values = {{u"tls-cert"_s, cert}, {u"tls-key"_s, key}};
    Server server(config);
    auto started = server.start();
    ASSERT_TRUE(started.ok()) << qPrintable(started.error().message);

    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/healthz"_s.arg(server.port())));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(cert));
    request.setSslConfiguration(tls);
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(reply->error(), QNetworkReply::NoError) << qPrintable(reply->errorString());
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    // Plain HTTP to the TLS port gets no HTTP answer.
    HttpTestClient plain(QUrl(u"http://127.0.0.1:%1/"_s.arg(server.port())));
    EXPECT_EQ(plain.send("GET", u"/healthz"_s, {}, {}, 3000).status, 0);
}

TEST_F(ServerInProcess, BadTlsFilesStopTheStartWithTheReason)
{
    ServerConfig config;
    config.databaseUrl = db->url();
    config.listenPort = 0;
    config.values = {{u"tls-cert"_s, u"/nonexistent/cert.pem"_s},
                     {u"tls-key"_s, u"/nonexistent/key.pem"_s}};
    Server server(config);
    auto started = server.start();
    ASSERT_FALSE(started.ok());
    EXPECT_TRUE(started.error().message.contains(u"--tls-cert"_s))
        << qPrintable(started.error().message);
}
