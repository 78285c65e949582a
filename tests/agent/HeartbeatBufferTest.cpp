// The on-disk heartbeat buffer: bounded, oldest dropped and counted, order and counters kept
// across a restart, corrupt files skipped with a warning.
#include "HeartbeatBuffer.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remotegpu;

namespace {

AgentHeartbeat heartbeat(qint64 sequence)
{
    AgentHeartbeat h;
    h.agentVersion = QStringLiteral("1.0.0");
    h.sequence = sequence;
    h.collectedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC).addSecs(10 * sequence);
    h.host.hostId = QStringLiteral("gpu-node-01");
    h.host.collectedAt = h.collectedAt;
    h.host.cpuUsagePercent = double(sequence);
    return h;
}

QList<qint64> sequencesOf(const QList<AgentHeartbeat> &heartbeats)
{
    QList<qint64> sequences;
    for (const AgentHeartbeat &h : heartbeats)
        sequences << h.sequence;
    return sequences;
}

} // namespace

TEST(HeartbeatBuffer, KeepsHeartbeatsInSequenceOrderAndRoundTripsThem)
{
    QTemporaryDir dir;
    HeartbeatBuffer buffer(dir.path(), 10);
    ASSERT_TRUE(buffer.open().ok());
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(buffer.append(heartbeat(buffer.takeSequence())).ok());
    const QList<AgentHeartbeat> oldest = buffer.oldest(2);
    EXPECT_EQ(sequencesOf(oldest), (QList<qint64>{1, 2}));
    EXPECT_EQ(oldest[1], heartbeat(2));
    buffer.remove({1});
    EXPECT_EQ(sequencesOf(buffer.oldest(10)), (QList<qint64>{2, 3}));
}

TEST(HeartbeatBuffer, AFullBufferDropsTheOldestAndCountsThem)
{
    QTemporaryDir dir;
    HeartbeatBuffer buffer(dir.path(), 3);
    ASSERT_TRUE(buffer.open().ok());
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(buffer.append(heartbeat(buffer.takeSequence())).ok());
    EXPECT_EQ(buffer.size(), 3);
    EXPECT_EQ(buffer.droppedCount(), 2);
    EXPECT_EQ(sequencesOf(buffer.oldest(10)), (QList<qint64>{3, 4, 5}));
}

TEST(HeartbeatBuffer, OrderSequenceAndDropCountSurviveARestart)
{
    QTemporaryDir dir;
    {
        HeartbeatBuffer buffer(dir.path(), 3);
        ASSERT_TRUE(buffer.open().ok());
        for (int i = 0; i < 4; ++i)
            ASSERT_TRUE(buffer.append(heartbeat(buffer.takeSequence())).ok());
        buffer.remove({2});
    }
    HeartbeatBuffer reopened(dir.path(), 3);
    ASSERT_TRUE(reopened.open().ok());
    EXPECT_EQ(sequencesOf(reopened.oldest(10)), (QList<qint64>{3, 4}));
    EXPECT_EQ(reopened.droppedCount(), 1);
    EXPECT_EQ(reopened.takeSequence(), 5); // never reuses a sequence number
}

TEST(HeartbeatBuffer, ASmallerBoundOnRestartDropsTheOldestExcess)
{
    QTemporaryDir dir;
    {
        HeartbeatBuffer buffer(dir.path(), 10);
        ASSERT_TRUE(buffer.open().ok());
        for (int i = 0; i < 6; ++i)
            ASSERT_TRUE(buffer.append(heartbeat(buffer.takeSequence())).ok());
    }
    HeartbeatBuffer smaller(dir.path(), 4);
    ASSERT_TRUE(smaller.open().ok());
    EXPECT_EQ(sequencesOf(smaller.oldest(10)), (QList<qint64>{3, 4, 5, 6}));
    EXPECT_EQ(smaller.droppedCount(), 2);
}

TEST(HeartbeatBuffer, ACorruptFileIsSkippedWithAWarningAndRemoved)
{
    QTemporaryDir dir;
    HeartbeatBuffer buffer(dir.path(), 10);
    ASSERT_TRUE(buffer.open().ok());
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(buffer.append(heartbeat(buffer.takeSequence())).ok());
    QFile corrupt(dir.filePath(QStringLiteral("00000000000000000002.json")));
    ASSERT_TRUE(corrupt.open(QIODevice::WriteOnly | QIODevice::Truncate));
    corrupt.write("{\"sequence\": 2, \"collectedAt\": tru");
    corrupt.close();

    HeartbeatBuffer reopened(dir.path(), 10);
    ASSERT_TRUE(reopened.open().ok());
    testing::internal::CaptureStderr();
    const QList<AgentHeartbeat> heartbeats = reopened.oldest(10);
    const std::string warnings = testing::internal::GetCapturedStderr();
    EXPECT_EQ(sequencesOf(heartbeats), (QList<qint64>{1, 3}));
    EXPECT_NE(warnings.find("corrupt buffered heartbeat"), std::string::npos) << warnings;
    EXPECT_EQ(reopened.corruptCount(), 1);
    EXPECT_EQ(reopened.size(), 2);
    EXPECT_FALSE(corrupt.exists());
}
