// The sender against a recording HTTP receiver: 200 delivers, 5xx and connection refused keep
// the heartbeats buffered and retry with growing back-off, 400 drops and counts, 401 stops,
// and a backlog replays in sequence order with nothing lost within the buffer's bound.
#include "HeartbeatSender.h"
#include "HeartbeatBuffer.h"
#include "RecordingReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace remotegpu;
using remotegpu::test::RecordingReceiver;

namespace {

AgentHeartbeat heartbeat(qint64 sequence)
{
    AgentHeartbeat h;
    h.agentVersion = QStringLiteral("1.0.0");
    h.sequence = sequence;
    h.collectedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC).addSecs(10 * sequence);
    h.host.hostId = QStringLiteral("gpu-node-01");
    h.host.collectedAt = h.collectedAt;
    return h;
}

// The sequences a request carried, single body or batch.
QList<qint64> sequencesIn(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QList<qint64> sequences;
    if (json.contains(QStringLiteral("heartbeats"))) {
        for (const QJsonValue &value : json.value(QStringLiteral("heartbeats")).toArray())
            sequences << value.toObject().value(QStringLiteral("sequence")).toInteger();
    } else {
        sequences << json.value(QStringLiteral("sequence")).toInteger();
    }
    return sequences;
}

class SenderTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_receiver.listen());
        m_clock.setFixed(QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
    }

    std::unique_ptr<HeartbeatSender> makeSender(HeartbeatBuffer &buffer, const QString &url)
    {
        HeartbeatSender::Options options{QUrl(url), QStringLiteral("agent-token-1")};
        options.backoffBaseMs = 40;
        options.backoffCapMs = 400;
        return std::make_unique<HeartbeatSender>(m_network, buffer, m_clock, options);
    }

    QList<qint64> receivedSequences() const
    {
        QList<qint64> all;
        for (const RecordingReceiver::Request &request : m_receiver.requests())
            all += sequencesIn(request.body);
        return all;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    Clock m_clock;
    RecordingReceiver m_receiver;
};

} // namespace

TEST_F(SenderTest, A200DeliversTheHeartbeatWithTheBearerTokenAndEmptiesTheBuffer)
{
    HeartbeatBuffer buffer(m_dir.path(), 10);
    ASSERT_TRUE(buffer.open().ok());
    auto sender = makeSender(buffer, m_receiver.url());
    QSignalSpy delivered(sender.get(), &HeartbeatSender::delivered);
    m_receiver.setResponder([](const RecordingReceiver::Request &) {
        return RecordingReceiver::envelope(
            200, R"({"accepted":1,"duplicates":0,"tooOld":0,"intervalSeconds":10})");
    });
    ASSERT_TRUE(sender->submit(heartbeat(1)).ok());
    ASSERT_TRUE(delivered.wait(5000));
    ASSERT_EQ(m_receiver.requests().size(), 1);
    const RecordingReceiver::Request &request = m_receiver.requests().first();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path, "/api/agent/heartbeat");
    EXPECT_EQ(request.headers.value("authorization"), "Bearer agent-token-1");
    Result<AgentHeartbeat> sent =
        AgentHeartbeat::fromJson(QJsonDocument::fromJson(request.body).object());
    ASSERT_TRUE(sent.ok());
    EXPECT_EQ(*sent, heartbeat(1));
    EXPECT_EQ(delivered.first().at(1).toInt(), 1);
    EXPECT_TRUE(buffer.isEmpty());
    EXPECT_EQ(sender->deliveredCount(), 1);
}

TEST_F(SenderTest, ServerErrorsKeepItBufferedAndRetryWithGrowingBackoff)
{
    HeartbeatBuffer buffer(m_dir.path(), 10);
    ASSERT_TRUE(buffer.open().ok());
    auto sender = makeSender(buffer, m_receiver.url());
    int calls = 0;
    m_receiver.setResponder([&calls](const RecordingReceiver::Request &) {
        return ++calls <= 3 ? RecordingReceiver::envelope(503, "database unavailable")
                            : RecordingReceiver::envelope(200, R"({"accepted":1})");
    });
    QSignalSpy retries(sender.get(), &HeartbeatSender::retryScheduled);
    QSignalSpy delivered(sender.get(), &HeartbeatSender::delivered);
    ASSERT_TRUE(sender->submit(heartbeat(1)).ok());
    ASSERT_TRUE(retries.wait(5000));
    EXPECT_EQ(buffer.size(), 1); // still on disk while the server fails
    ASSERT_TRUE(delivered.wait(5000));
    ASSERT_EQ(retries.size(), 3);
    // Full jitter in [base·2^(n-1)/2, base·2^(n-1)]: 20..40, 40..80, 80..160 ms.
    for (int n = 0; n < 3; ++n) {
        const qint64 delay = retries[n][1].toLongLong();
        const qint64 ceiling = 40LL << n;
        EXPECT_GE(delay, ceiling / 2) << "retry " << n;
        EXPECT_LE(delay, ceiling) << "retry " << n;
        EXPECT_EQ(retries[n][0].toInt(), n + 1);
        EXPECT_EQ(retries[n][2].toString(), u"HTTP 503");
    }
    EXPECT_EQ(receivedSequences(), (QList<qint64>{1, 1, 1, 1}));
    EXPECT_TRUE(buffer.isEmpty());
    EXPECT_EQ(sender->consecutiveFailures(), 0);
}

TEST_F(SenderTest, ConnectionRefusedBuffersWithinTheBoundThenReplaysInOrder)
{
    const quint16 port = m_receiver.port();
    const QString url = m_receiver.url();
    m_receiver.close(); // nobody listens: connection refused
    HeartbeatBuffer buffer(m_dir.path(), 5);
    ASSERT_TRUE(buffer.open().ok());
    auto sender = makeSender(buffer, url);
    QSignalSpy retries(sender.get(), &HeartbeatSender::retryScheduled);
    for (int i = 0; i < 8; ++i) {
        AgentHeartbeat h = heartbeat(buffer.takeSequence());
        h.bufferedDropped = buffer.droppedCount();
        ASSERT_TRUE(sender->submit(h).ok());
        if (i == 0) {
            ASSERT_TRUE(retries.wait(5000));
        }
    }
    EXPECT_FALSE(retries.isEmpty());
    EXPECT_EQ(buffer.size(), 5);
    EXPECT_EQ(buffer.droppedCount(), 3); // 1, 2 and 3 made room for 6, 7 and 8

    ASSERT_TRUE(m_receiver.listen(port)); // the server comes back
    QSignalSpy drained(sender.get(), &HeartbeatSender::drained);
    ASSERT_TRUE(drained.wait(5000));
    EXPECT_EQ(receivedSequences(), (QList<qint64>{4, 5, 6, 7, 8}));
    EXPECT_EQ(m_receiver.requests().size(), 1); // one batch body
    EXPECT_TRUE(QJsonDocument::fromJson(m_receiver.requests().first().body)
                    .object()
                    .contains(u"heartbeats"));
    const QJsonArray batch =
        QJsonDocument::fromJson(m_receiver.requests().first().body)[QStringLiteral("heartbeats")]
            .toArray();
    EXPECT_EQ(batch.last()[QStringLiteral("bufferedDropped")].toInteger(),
              2); // counted when 8 was made
    EXPECT_TRUE(buffer.isEmpty());
}

TEST_F(SenderTest, A400DropsTheHeartbeatCountsItAndDoesNotRetry)
{
    HeartbeatBuffer buffer(m_dir.path(), 10);
    ASSERT_TRUE(buffer.open().ok());
    auto sender = makeSender(buffer, m_receiver.url());
    m_receiver.setResponder([](const RecordingReceiver::Request &) {
        return RecordingReceiver::envelope(400, "host.cpuUsagePercent must be between 0 and 100");
    });
    QSignalSpy rejected(sender.get(), &HeartbeatSender::rejected);
    QSignalSpy retries(sender.get(), &HeartbeatSender::retryScheduled);
    ASSERT_TRUE(sender->submit(heartbeat(1)).ok());
    ASSERT_TRUE(rejected.wait(5000));
    EXPECT_EQ(rejected.first().at(1).toString(), u"host.cpuUsagePercent must be between 0 and 100");
    QTest::qWait(150);
    EXPECT_TRUE(retries.isEmpty());
    EXPECT_EQ(m_receiver.requests().size(), 1);
    EXPECT_EQ(sender->rejectedCount(), 1);
    EXPECT_TRUE(buffer.isEmpty());
}

TEST_F(SenderTest, ARejectedBatchIsRetriedOneByOneSoOnlyTheBadHeartbeatIsDropped)
{
    HeartbeatBuffer buffer(m_dir.path(), 10);
    ASSERT_TRUE(buffer.open().ok());
    for (int i = 1; i <= 3; ++i)
        ASSERT_TRUE(buffer.append(heartbeat(buffer.takeSequence())).ok());
    auto sender = makeSender(buffer, m_receiver.url());
    m_receiver.setResponder([](const RecordingReceiver::Request &request) {
        return sequencesIn(request.body).contains(2)
                   ? RecordingReceiver::envelope(400, "bad heartbeat")
                   : RecordingReceiver::envelope(200, R"({"accepted":1})");
    });
    QSignalSpy drained(sender.get(), &HeartbeatSender::drained);
    sender->flush();
    ASSERT_TRUE(drained.wait(5000));
    EXPECT_EQ(receivedSequences(), (QList<qint64>{1, 2, 3, 1, 2, 3}));
    EXPECT_EQ(sender->rejectedCount(), 1);
    EXPECT_EQ(sender->deliveredCount(), 2);
}

TEST_F(SenderTest, A401StopsSendingForGood)
{
    HeartbeatBuffer buffer(m_dir.path(), 10);
    ASSERT_TRUE(buffer.open().ok());
    auto sender = makeSender(buffer, m_receiver.url());
    m_receiver.setResponder([](const RecordingReceiver::Request &) {
        return RecordingReceiver::envelope(401, "agent token unknown or revoked");
    });
    QSignalSpy refused(sender.get(), &HeartbeatSender::tokenRefused);
    testing::internal::CaptureStderr();
    ASSERT_TRUE(sender->submit(heartbeat(1)).ok());
    ASSERT_TRUE(refused.wait(5000));
    const std::string log = testing::internal::GetCapturedStderr();
    EXPECT_NE(log.find("agent token refused: re-enrol with --enroll-token"), std::string::npos)
        << log;
    EXPECT_TRUE(sender->refused());
    ASSERT_TRUE(sender->submit(heartbeat(2)).ok());
    QTest::qWait(150);
    EXPECT_EQ(m_receiver.requests().size(), 1);
    EXPECT_EQ(buffer.size(), 2); // kept: a re-enrolled agent sends them
}
