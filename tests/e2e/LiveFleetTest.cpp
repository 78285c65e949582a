// The live fleet end to end, as an operator runs it: the real remotegpu-server binary, the real
// remotegpu-agent binary (simulating hosts, or reading this machine's /proc), a WebSocket client
// like the console's, one PostgreSQL database.
#include "HttpTestClient.h"
#include "QtPrinters.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <memory>

using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kEnrollToken = u"e2e-enrollment-token-0123456789"_s;
const QString kAdminPassword = u"E2e-admin-pass-2026"_s;

QString agentBinary()
{
    return QStringLiteral(REMOTEGPU_AGENT_BINARY);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class Agent
{
public:
    explicit Agent(QStringList args)
    {
        m_process.setProgram(agentBinary());
        m_process.setArguments(std::move(args));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                         [this] { m_log += QString::fromUtf8(m_process.readAll()); });
        m_process.start();
    }
    ~Agent() { kill(); }
    bool started() { return m_process.waitForStarted(10000); }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString log() const { return m_log; }

private:
    QProcess m_process;
    QString m_log;
};

// Collects the typed JSON messages a monitoring socket receives.
class MonitoringClient
{
public:
    explicit MonitoringClient(const QUrl &base, const QString &token)
    {
        QUrl url = base;
        url.setScheme(u"ws"_s);
        url.setPath(u"/ws/admin/monitoring"_s);
        url.setQuery(u"access_token="_s + token);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) {
                             m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        m_socket.open(url);
    }
    bool waitConnected()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000);
    }
    // The first message of `type` about `hostId` (empty when none came within `timeoutMs`).
    QJsonObject waitFor(const QString &type, const QString &hostId, int timeoutMs)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : std::as_const(m_messages)) {
                    if (m.value(u"type"_s).toString() == type &&
                        m.value(u"hostId"_s).toString() == hostId) {
                        found = m;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    void clear() { m_messages.clear(); }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
};

class LiveFleetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = TestDatabase::create(u"live_fleet"_s, TestDatabase::Schema::Empty);
        ASSERT_TRUE(m_db);
        m_port = freePort();
        ASSERT_NO_FATAL_FAILURE(startServer());
        // Two machines registered the way an operator does it before their agents enrol.
        m_db->exec(uR"sql(
            INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu, status)
            VALUES ('e2e-sim-01', 'E2E SIM 01', '10.77.0.1', 64, 512, 8, 'offline'),
                   ('e2e-real-01', 'E2E REAL 01', '10.77.0.2', 8, 32, 0, 'offline');
            INSERT INTO gpus (host_id, index, name, memory_total_mb)
            SELECT 'e2e-sim-01', i, 'NVIDIA H100 80GB HBM3', 81559 FROM generate_series(0, 7) i;
        )sql"_s);
        ASSERT_TRUE(m_tmp.isValid());
    }

    void startServer()
    {
        QString error;
        m_server = ServerProcess::start(
            m_db->url(),
            {u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port), u"--bootstrap-admin"_s, u"chief"_s,
             u"--agent-enroll-token"_s, kEnrollToken},
            &error, 60000, {u"REMOTEGPU_BOOTSTRAP_PASSWORD="_s + kAdminPassword});
        ASSERT_TRUE(m_server) << qPrintable(error);
    }

    QString adminToken()
    {
        HttpTestClient http(m_server->baseUrl());
        const HttpResult login = http.send(
            "POST", u"/api/auth/login"_s,
            QJsonDocument(QJsonObject{{u"username"_s, u"chief"_s}, {u"password"_s, kAdminPassword}})
                .toJson(QJsonDocument::Compact));
        EXPECT_EQ(login.status, 200) << login.body.constData();
        return login.json().value(u"data"_s).toObject().value(u"accessToken"_s).toString();
    }

    QString serverUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    std::unique_ptr<Agent> simulate(const QString &hostId)
    {
        auto agent = std::make_unique<Agent>(QStringList{
            u"--simulate"_s, u"1"_s, u"--server"_s, serverUrl(), u"--enroll-token"_s, kEnrollToken,
            u"--host-ids"_s, hostId, u"--token-file"_s, m_tmp.filePath(u"sim-tokens.json"_s),
            u"--interval"_s, u"1"_s, u"--seed"_s, u"7"_s});
        EXPECT_TRUE(agent->started()) << qPrintable(agentBinary());
        return agent;
    }

    int scalarInt(const QString &sql) const { return m_db->scalar(sql).toInt(); }
    QString scalarText(const QString &sql) const { return m_db->scalar(sql).toString(); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    quint16 m_port = 0;
    QTemporaryDir m_tmp;
};

} // namespace

TEST_F(LiveFleetTest, MetricsReachTheTablesAndASocketWithinTwoSeconds)
{
    MonitoringClient socket(m_server->baseUrl(), adminToken());
    ASSERT_TRUE(socket.waitConnected());
    auto agent = simulate(u"e2e-sim-01"_s);

    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scalarInt(u"SELECT count(*) FROM host_metrics WHERE host_id = 'e2e-sim-01'"_s) >
                   0;
        },
        20000))
        << qPrintable(agent->log());
    // From the moment the first heartbeat is stored, its snapshot is on the socket within 2 s.
    QElapsedTimer sinceStored;
    sinceStored.start();
    const QJsonObject metrics = socket.waitFor(u"metrics"_s, u"e2e-sim-01"_s, 2000);
    ASSERT_FALSE(metrics.isEmpty()) << "no metrics message within 2 s; agent log:\n"
                                    << qPrintable(agent->log());
    EXPECT_LE(sinceStored.elapsed(), 2000);
    EXPECT_EQ(metrics.value(u"gpus"_s).toArray().size(), 8);
    EXPECT_EQ(
        scalarInt(u"SELECT count(DISTINCT gpu_id) FROM gpu_metrics WHERE host_id = 'e2e-sim-01'"_s),
        8);
    EXPECT_EQ(scalarText(u"SELECT status FROM hosts WHERE id = 'e2e-sim-01'"_s), u"online"_s);
    // The simulated figures are plausible, not constant zeros.
    EXPECT_GT(scalarInt(u"SELECT count(DISTINCT round(utilization_percent)) FROM gpu_metrics "
                        "WHERE host_id = 'e2e-sim-01'"_s),
              1);
}

TEST_F(LiveFleetTest, AKilledAgentTurnsOfflineWithAnAlertAndItsReturnResolvesIt)
{
    auto agent = simulate(u"e2e-sim-01"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scalarText(u"SELECT status FROM hosts WHERE id = 'e2e-sim-01'"_s) == u"online"_s;
        },
        20000))
        << qPrintable(agent->log());
    agent->kill();

    // Three missed intervals of 1 s, plus the detector's pass.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scalarText(u"SELECT status FROM hosts WHERE id = 'e2e-sim-01'"_s) ==
                   u"offline"_s;
        },
        20000))
        << qPrintable(m_server->log().right(4000));
    EXPECT_FALSE(
        scalarText(u"SELECT offline_reason FROM hosts WHERE id = 'e2e-sim-01'"_s).isEmpty());
    const QString openAlert =
        u"SELECT count(*) FROM alert_records a JOIN alert_rules r ON r.id = a.rule_id "
        "WHERE r.rule_key = 'host_offline' AND a.host_id = 'e2e-sim-01' "
        "AND a.status IN ('firing', 'active', 'acknowledged')"_s;
    EXPECT_EQ(scalarInt(openAlert), 1);

    auto back = simulate(u"e2e-sim-01"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scalarText(u"SELECT status FROM hosts WHERE id = 'e2e-sim-01'"_s) == u"online"_s;
        },
        20000))
        << qPrintable(back->log());
    ASSERT_TRUE(QTest::qWaitFor([&] { return scalarInt(openAlert) == 0; }, 10000));
    EXPECT_EQ(
        scalarInt(u"SELECT count(*) FROM alert_records a JOIN alert_rules r ON r.id = a.rule_id "
                  "WHERE r.rule_key = 'host_offline' AND a.host_id = 'e2e-sim-01' "
                  "AND a.status = 'resolved' AND a.resolved_at IS NOT NULL"_s),
        1);
}

TEST_F(LiveFleetTest, HeartbeatsBufferedWhileTheServerIsDownArriveAfterwardsInOrder)
{
    // The real agent on this machine: /proc figures, no GPU.
    Agent agent({u"--server"_s, serverUrl(), u"--enroll-token"_s, kEnrollToken, u"--host-id"_s,
                 u"e2e-real-01"_s, u"--token-file"_s, m_tmp.filePath(u"token"_s), u"--interval"_s,
                 u"1"_s, u"--buffer-dir"_s, m_tmp.filePath(u"buffer"_s)});
    ASSERT_TRUE(agent.started());
    const QString rows = u"SELECT count(*) FROM host_metrics WHERE host_id = 'e2e-real-01'"_s;
    ASSERT_TRUE(QTest::qWaitFor([&] { return scalarInt(rows) >= 2; }, 20000))
        << qPrintable(agent.log());

    const QDateTime down = QDateTime::currentDateTimeUtc();
    ASSERT_EQ(m_server->terminate(), 0);
    m_server.reset();
    QTest::qWait(6000);
    const QDateTime up = QDateTime::currentDateTimeUtc();
    ASSERT_NO_FATAL_FAILURE(startServer());

    // Every second of the outage has its heartbeat once the buffer drains: no gap longer than
    // one and a half intervals between consecutive stored samples around the outage.
    const QString window = u"collected_at BETWEEN '%1'::timestamptz - interval '2 seconds' "
                           "AND '%2'::timestamptz + interval '2 seconds'"_s.arg(
                               down.toString(Qt::ISODateWithMs), up.toString(Qt::ISODateWithMs));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return scalarInt(
                       u"SELECT count(*) FROM host_metrics WHERE host_id = 'e2e-real-01' AND "_s +
                       window) >= 9;
        },
        30000))
        << qPrintable(agent.log());
    const double largestGap =
        m_db->scalar(
                u"SELECT max(gap) FROM (SELECT extract(epoch FROM collected_at - lag(collected_at) "
                u"OVER "
                "(ORDER BY collected_at)) AS gap FROM host_metrics WHERE host_id = 'e2e-real-01' AND "_s +
                window + u") g"_s)
            .toDouble();
    EXPECT_LE(largestGap, 1.5);
    // In order: the host's last sequence is its newest heartbeat's, not a replayed one's.
    EXPECT_GE(scalarInt(u"SELECT agent_last_sequence FROM hosts WHERE id = 'e2e-real-01'"_s), 9);
    EXPECT_EQ(scalarInt(u"SELECT agent_buffered_dropped FROM hosts WHERE id = 'e2e-real-01'"_s), 0);
}
