// WS /ws/admin/monitoring against the Server class in this process and a real PostgreSQL: events
// are published with pg_notify('remotegpu_fleet', …) exactly as ingest, the offline detector and
// the alerts trigger send them, and read by QWebSocket clients (or a raw socket that never reads).
#include "Clock.h"
#include "Enums.h"
#include "HttpTestClient.h"
#include "MonitoringSocketHub.h"
#include "PasswordHasher.h"
#include "QtPrinters.h"
#include "Sanitizers.h"
#include "Server.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto kPassword = "Secret-pass-123";
const QString kAllowedOrigin = u"https://console.example.test"_s;

// A QWebSocket client that keeps every JSON message it receives.
class FeedClient
{
public:
    FeedClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
    }

    void open(quint16 port, const QString &token)
    {
        QString url = u"ws://127.0.0.1:%1/ws/admin/monitoring"_s.arg(port);
        if (!token.isEmpty())
            url += u"?access_token="_s + token;
        socket.open(QUrl(url));
    }
    // Waits for a message of `type` (optionally about `hostId`); returns it, or an empty object.
    QJsonObject waitFor(const QString &type, int timeoutMs = 3000, const QString &hostId = {})
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : std::as_const(messages)) {
                    if (m.value(u"type"_s).toString() == type &&
                        (hostId.isEmpty() || m.value(u"hostId"_s).toString() == hostId)) {
                        found = m;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messages) {
            if (m.value(u"type"_s).toString() == type)
                out.append(m);
        }
        return out;
    }
    void subscribe(const QStringList &hosts)
    {
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"type"_s, u"subscribe"_s},
                                      {u"hosts"_s, QJsonArray::fromStringList(hosts)}})
                .toJson(QJsonDocument::Compact)));
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                               timeoutMs);
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
};

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString hostStatus(const QString &hostId, const QString &status)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"host_status"_s},
                                                       {u"hostId"_s, hostId},
                                                       {u"status"_s, status},
                                                       {u"previous"_s, u"online"_s},
                                                       {u"reason"_s, u"no heartbeat for 30 s"_s},
                                                       {u"flapping"_s, false},
                                                       {u"at"_s, u"2026-12-01T10:00:00Z"_s}})
                                 .toJson(QJsonDocument::Compact));
}

QString metrics(const QString &hostId, double gpuUtilization)
{
    QJsonArray gpus;
    for (int i = 0; i < 8; ++i)
        gpus.append(QJsonObject{{u"index"_s, i},
                                {u"utilizationPercent"_s, gpuUtilization},
                                {u"memoryUsed"_s, 40000},
                                {u"memoryUsagePercent"_s, 50.0},
                                {u"temperature"_s, 60.0},
                                {u"powerDraw"_s, 300.0}});
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"type"_s, u"metrics"_s},
                                  {u"hostId"_s, hostId},
                                  {u"at"_s, u"2026-12-01T10:00:00Z"_s},
                                  {u"host"_s, QJsonObject{{u"cpuUsagePercent"_s, 20.0},
                                                          {u"memoryUsagePercent"_s, 30.0},
                                                          {u"gpuAvgUtilization"_s, gpuUtilization},
                                                          {u"gpuAvgTemperature"_s, 60.0},
                                                          {u"gpuAvgPower"_s, 300.0}}},
                                  {u"gpus"_s, gpus}})
            .toJson(QJsonDocument::Compact));
}

class MonitoringSocket : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = TestDatabase::create(u"monitoring_ws"_s);
        ASSERT_TRUE(db);
        server = startServer();
        ASSERT_TRUE(server);
        adminId = createAccount(u"chief"_s, Role::Admin);
        createAccount(u"deputy"_s, Role::Admin);
        createAccount(u"acme"_s, Role::CustomerOwner);
    }

    std::unique_ptr<Server> startServer(qint64 maxUnsentBytes = 4 * 1024 * 1024)
    {
        ServerConfig config;
        config.databaseUrl = db->url();
        config.listenPort = 0;
        config.workers = 2;
        config.http.maxUnsentBytes = maxUnsentBytes;
        config.values.insert(u"ws-allowed-origins"_s, kAllowedOrigin);
        auto s = std::make_unique<Server>(config);
        auto started = s->start();
        EXPECT_TRUE(started.ok()) << qPrintable(started.error().message);
        return started ? std::move(s) : nullptr;
    }

    qint64 createAccount(const QString &username, Role role)
    {
        const QString hash = PasswordHasher::hash(QString::fromLatin1(kPassword)).value();
        return db
            ->scalar(u"INSERT INTO customers (username, email, password_hash, role, user_type) "
                     "VALUES ('%1', '%1@example.test', '%2', '%3', '%4') RETURNING id"_s.arg(
                         username, hash, toString(role),
                         role == Role::Admin ? u"admin"_s : u"external"_s))
            .toLongLong();
    }

    QString signIn(const Server &s, const QString &username)
    {
        HttpTestClient http(QUrl(u"http://127.0.0.1:%1/"_s.arg(s.port())));
        const HttpResult r =
            http.send("POST", u"/api/auth/login"_s,
                      QJsonDocument(QJsonObject{{u"username"_s, username},
                                                {u"password"_s, QString::fromLatin1(kPassword)}})
                          .toJson(QJsonDocument::Compact));
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return r.json().value(u"data"_s).toObject().value(u"accessToken"_s).toString();
    }

    void notify(const QString &payload)
    {
        QString quoted = payload;
        quoted.replace(u"'"_s, u"''"_s);
        ASSERT_EQ(db->exec(u"SELECT pg_notify('remotegpu_fleet', '%1')"_s.arg(quoted)), QString());
    }

    // Opens a feed as `username` and waits for its hello (and its subscription, when given).
    std::unique_ptr<FeedClient> connectedClient(const Server &s, const QString &username,
                                                const std::optional<QStringList> &hosts = {})
    {
        auto client = std::make_unique<FeedClient>();
        client->open(s.port(), signIn(s, username));
        EXPECT_FALSE(client->waitFor(u"hello"_s).isEmpty()) << "no hello";
        if (hosts) {
            client->subscribe(*hosts);
            EXPECT_FALSE(client->waitFor(u"subscribed"_s).isEmpty()) << "no subscription";
        }
        return client;
    }

    // The HTTP answer's status line to an upgrade request sent as raw bytes.
    QByteArray upgradeStatusLine(const QByteArray &extraHeaders)
    {
        QTcpSocket raw;
        raw.connectToHost(u"127.0.0.1"_s, server->port());
        EXPECT_TRUE(raw.waitForConnected(3000));
        raw.write("GET /ws/admin/monitoring HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders +
                  "\r\n");
        (void)QTest::qWaitFor([&] { return raw.canReadLine(); }, 3000);
        return raw.readLine().trimmed();
    }

    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<Server> server;
    qint64 adminId = 0;
};

const QByteArray kUpgradeHeaders = "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                   "Sec-WebSocket-Version: 13\r\n";

} // namespace

TEST_F(MonitoringSocket, AnEventReachesTheClientsSubscribedToItsHostOnly)
{
    auto onA = connectedClient(*server, u"chief"_s, QStringList{u"gpu-a"_s});
    auto onB = connectedClient(*server, u"deputy"_s, QStringList{u"gpu-b"_s});
    auto onAll = connectedClient(*server, u"chief"_s, QStringList{});

    QElapsedTimer clock;
    clock.start();
    notify(hostStatus(u"gpu-a"_s, u"offline"_s));
    const QJsonObject got = onA->waitFor(u"host_status"_s, 2000);
    ASSERT_FALSE(got.isEmpty()) << "the event did not arrive within 2 s";
    EXPECT_LT(clock.elapsed(), 2000);
    std::printf("[ figures  ] pg_notify to client: %lld ms\n", qint64(clock.elapsed()));
    EXPECT_EQ(got.value(u"hostId"_s).toString(), u"gpu-a"_s);
    EXPECT_EQ(got.value(u"status"_s).toString(), u"offline"_s);
    EXPECT_EQ(got.value(u"reason"_s).toString(), u"no heartbeat for 30 s"_s);
    EXPECT_FALSE(onAll->waitFor(u"host_status"_s, 2000, u"gpu-a"_s).isEmpty());

    // B's own host's event comes after A's: once it is there, A's would have been too.
    notify(hostStatus(u"gpu-b"_s, u"maintenance"_s));
    ASSERT_FALSE(onB->waitFor(u"host_status"_s, 2000, u"gpu-b"_s).isEmpty());
    const auto bStatuses = onB->ofType(u"host_status"_s);
    ASSERT_EQ(bStatuses.size(), 1);
    EXPECT_EQ(bStatuses.first().value(u"hostId"_s).toString(), u"gpu-b"_s);
    EXPECT_EQ(onA->ofType(u"host_status"_s).size(), 1);

    // Alerts go the same way, with the C2 field names as sent.
    notify(u"{\"type\":\"alert\",\"event\":\"fired\",\"alertId\":12,\"ruleId\":4,\"hostId\":"
           "\"gpu-b\",\"tenantId\":null,\"severity\":\"warning\",\"metricType\":"
           "\"gpu_temperature\",\"message\":\"GPU 3 at 91 C\",\"at\":\"2026-12-01T10:00:00Z\"}"_s);
    const QJsonObject alert = onB->waitFor(u"alert"_s, 2000);
    ASSERT_FALSE(alert.isEmpty());
    EXPECT_EQ(alert.value(u"alertId"_s).toInt(), 12);
    EXPECT_EQ(alert.value(u"event"_s).toString(), u"fired"_s);
    EXPECT_TRUE(onA->ofType(u"alert"_s).isEmpty());
}

TEST_F(MonitoringSocket, MetricsForOneHostAreCoalescedToTheLatestOncePerSecond)
{
    auto client = connectedClient(*server, u"chief"_s, QStringList{});
    for (int i = 1; i <= 5; ++i)
        notify(metrics(u"gpu-a"_s, 10.0 * i));
    QTest::qWait(2500);
    const auto snapshots = client->ofType(u"metrics"_s);
    ASSERT_GE(snapshots.size(), 1);
    EXPECT_LE(snapshots.size(), 2);
    EXPECT_EQ(snapshots.last().value(u"host"_s).toObject().value(u"gpuAvgUtilization"_s).toDouble(),
              50.0);
    EXPECT_EQ(snapshots.last().value(u"gpus"_s).toArray().size(), 8);
}

TEST_F(MonitoringSocket, ASocketOutlivesTheHandshakeTimeout)
{
    auto client = connectedClient(*server, u"chief"_s, QStringList{});
    QTest::qWait(11000); // past the 10 s a handshake may take
    ASSERT_EQ(client->socket.state(), QAbstractSocket::ConnectedState);
    notify(hostStatus(u"gpu-a"_s, u"offline"_s));
    EXPECT_FALSE(client->waitFor(u"host_status"_s, 2000).isEmpty());
}

TEST_F(MonitoringSocket, TheFirstMessageMayCarryTheToken)
{
    FeedClient client;
    client.open(server->port(), {});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return client.socket.state() == QAbstractSocket::ConnectedState; }, 3000));
    client.socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"auth"_s},
                                                    {u"token"_s, signIn(*server, u"chief"_s)}})
                              .toJson(QJsonDocument::Compact)));
    const QJsonObject hello = client.waitFor(u"hello"_s);
    ASSERT_FALSE(hello.isEmpty());
    EXPECT_TRUE(QDateTime::fromString(hello.value(u"serverTime"_s).toString(), Qt::ISODateWithMs)
                    .isValid());
}

TEST_F(MonitoringSocket, AnOriginNotAllowedIsRefusedBeforeTheUpgrade)
{
    EXPECT_EQ(upgradeStatusLine(kUpgradeHeaders + "Origin: https://evil.example\r\n"),
              "HTTP/1.1 403 Forbidden");
    EXPECT_EQ(upgradeStatusLine(kUpgradeHeaders + "Origin: " + kAllowedOrigin.toLatin1() + "\r\n"),
              "HTTP/1.1 101 Switching Protocols");
    EXPECT_EQ(upgradeStatusLine(kUpgradeHeaders), "HTTP/1.1 101 Switching Protocols");
    // A plain GET on the path is told what the path is.
    EXPECT_TRUE(upgradeStatusLine({}).startsWith("HTTP/1.1 426"));
}

TEST_F(MonitoringSocket, ACustomerIsRefusedWith4403)
{
    FeedClient client;
    client.open(server->port(), signIn(*server, u"acme"_s));
    ASSERT_TRUE(client.waitClosed());
    EXPECT_EQ(int(client.socket.closeCode()), 4403);
    EXPECT_TRUE(client.socket.closeReason().contains(u"admin role required"_s))
        << qPrintable(client.socket.closeReason());
    EXPECT_TRUE(client.ofType(u"hello"_s).isEmpty());
}

TEST_F(MonitoringSocket, NoTokenWithinFiveSecondsCloses4401)
{
    FeedClient client;
    client.open(server->port(), {});
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(client.waitClosed(8000));
    EXPECT_GE(clock.elapsed(), 4500);
    EXPECT_EQ(int(client.socket.closeCode()), 4401);
}

TEST_F(MonitoringSocket, ATokenThatExpiresWhileConnectedCloses4401)
{
    auto client = connectedClient(*server, u"chief"_s);
    const QDateTime expiresAt = QDateTime::fromString(
        client->waitFor(u"hello"_s).value(u"expiresAt"_s).toString(), Qt::ISODate);
    ASSERT_TRUE(expiresAt.isValid());
    EXPECT_TRUE(client->socket.state() == QAbstractSocket::ConnectedState);
    server->clock().setFixed(expiresAt.addSecs(1));
    ASSERT_TRUE(client->waitClosed(3000));
    EXPECT_EQ(int(client->socket.closeCode()), 4401);
    EXPECT_EQ(client->socket.closeReason(), u"access token expired: sign in again"_s);

    // And a token already expired is refused with the same words.
    const QString token = [&] {
        server->clock().set({});
        return signIn(*server, u"chief"_s);
    }();
    server->clock().setFixed(QDateTime::currentDateTimeUtc().addSecs(3600));
    FeedClient late;
    late.open(server->port(), token);
    ASSERT_TRUE(late.waitClosed());
    EXPECT_EQ(int(late.socket.closeCode()), 4401);
    EXPECT_EQ(late.socket.closeReason(), u"access token expired: sign in again"_s);
}

TEST_F(MonitoringSocket, ARevokedAccountIsClosed4401)
{
    auto client = connectedClient(*server, u"deputy"_s);
    auto other = connectedClient(*server, u"chief"_s);
    ASSERT_EQ(db->exec(u"UPDATE customers SET status = 'disabled' WHERE username = 'deputy'"_s),
              QString());
    ASSERT_TRUE(client->waitClosed(3000));
    EXPECT_EQ(int(client->socket.closeCode()), 4401);
    EXPECT_FALSE(client->socket.closeReason().isEmpty());
    EXPECT_EQ(other->socket.state(), QAbstractSocket::ConnectedState);
}

TEST_F(MonitoringSocket, AClientThatNeverReadsIsDroppedAndMemoryStaysBounded)
{
    server.reset();
    server = startServer(256 * 1024);
    ASSERT_TRUE(server);
    auto *hub = server->findChild<MonitoringSocketHub *>();
    ASSERT_TRUE(hub);
    const QString token = signIn(*server, u"chief"_s);

    QTcpSocket raw;
    raw.connectToHost(u"127.0.0.1"_s, server->port());
    ASSERT_TRUE(raw.waitForConnected(3000));
    raw.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    raw.write("GET /ws/admin/monitoring?access_token=" + token.toLatin1() +
              " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + kUpgradeHeaders + "\r\n");
    QByteArray received;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            received += raw.readAll();
            return received.contains("\"hello\"");
        },
        3000));
    // From here on the client reads nothing: Qt stops taking from the kernel once 1 KiB waits.
    raw.setReadBufferSize(1024);

    const qint64 rssBefore = residentKiB();
    // 2,000 alerts of ~7 KB each (distinct, so PostgreSQL does not fold them): 14 MB for a client
    // that takes none of it.
    const QString filler(7000, u'x');
    ASSERT_EQ(db->exec(u"SELECT pg_notify('remotegpu_fleet', json_build_object('type', 'alert', "
                       "'event', 'fired', 'alertId', i, 'hostId', 'gpu-a', 'message', '%1')::text) "
                       "FROM generate_series(1, 2000) AS i"_s.arg(filler)),
              QString());
    ASSERT_TRUE(QTest::qWaitFor([&] { return hub->slowConsumersDropped() >= 1; }, 20000));
    const qint64 rssAfter = residentKiB();
    std::printf("[ figures  ] RSS before %lld KiB, after the drop %lld KiB\n", rssBefore, rssAfter);
    if (!builtWithAddressSanitizer()) {
        EXPECT_LT(rssAfter - rssBefore, 64 * 1024);
    }

    // Reading again, the client finds the close frame behind what was queued: 1008, too slow.
    raw.setReadBufferSize(0);
    (void)QTest::qWaitFor(
        [&] {
            received += raw.readAll();
            return raw.state() == QAbstractSocket::UnconnectedState;
        },
        8000);
    received += raw.readAll();
    const qsizetype body = received.indexOf("\r\n\r\n") + 4;
    int closeCode = 0;
    QByteArray closeReason;
    for (qsizetype at = body; at + 2 <= received.size();) {
        const int opcode = quint8(received.at(at)) & 0x0f;
        qint64 length = quint8(received.at(at + 1)) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            length = (quint8(received.at(at + 2)) << 8) | quint8(received.at(at + 3));
            header = 4;
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | quint8(received.at(at + 2 + i));
            header = 10;
        }
        if (at + header + length > received.size())
            break;
        if (opcode == 0x8) {
            closeCode =
                (quint8(received.at(at + header)) << 8) | quint8(received.at(at + header + 1));
            closeReason = received.mid(at + header + 2, length - 2);
        }
        at += header + length;
    }
    EXPECT_EQ(closeCode, 1008);
    EXPECT_TRUE(closeReason.startsWith("too slow: ")) << closeReason.constData();
    EXPECT_LT(received.size(), 16 * 1024 * 1024);
}

TEST_F(MonitoringSocket, AnEventNotifiedOnTheDatabaseReachesTheClientsOfEveryInstance)
{
    auto second = startServer();
    ASSERT_TRUE(second);
    auto onFirst = connectedClient(*server, u"chief"_s, QStringList{u"gpu-a"_s});
    auto onSecond = connectedClient(*second, u"deputy"_s, QStringList{u"gpu-a"_s});
    notify(hostStatus(u"gpu-a"_s, u"offline"_s));
    EXPECT_FALSE(onSecond->waitFor(u"host_status"_s, 2000).isEmpty());
    EXPECT_FALSE(onFirst->waitFor(u"host_status"_s, 2000).isEmpty());
}

// NOTIFY is not kept for a listener that is not connected: when the server's LISTEN connection
// drops and comes back, every socket is told to read the current state again, and events flow
// once more.
TEST_F(MonitoringSocket, AfterTheListenerLosesItsConnectionClientsAreToldToResync)
{
    auto client = connectedClient(*server, u"chief"_s);
    ASSERT_TRUE(client->ofType(u"resync"_s).isEmpty()) << "no resync at the first LISTEN";
    const QString killed = db->scalar(u"SELECT count(pg_terminate_backend(pid)) FROM "
                                      "pg_stat_activity WHERE datname = current_database() AND "
                                      "query LIKE 'LISTEN remotegpu_fleet%'"_s)
                               .toString();
    ASSERT_EQ(killed, u"1"_s) << "the server's one listener connection";
    const QJsonObject resync = client->waitFor(u"resync"_s, 15000);
    ASSERT_FALSE(resync.isEmpty()) << "no resync after the listener came back";
    EXPECT_FALSE(resync.value(u"reason"_s).toString().isEmpty());
    notify(hostStatus(u"gpu-a"_s, u"offline"_s));
    EXPECT_FALSE(client->waitFor(u"host_status"_s, 3000).isEmpty()) << "events flow again";
}
