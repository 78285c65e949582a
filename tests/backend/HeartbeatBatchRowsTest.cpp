// The batch document remotegpu_ingest_heartbeats reads (HeartbeatIngestService::appendRows,
// written with JsonStreamWriter) and the C2 metrics event each live heartbeat carries.
#include "HeartbeatIngestService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <limits>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime Now = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);

// The parsed document of `heartbeats`, items numbered from 3.
QJsonObject batchOf(const QList<AgentHeartbeat> &heartbeats)
{
    HeartbeatIngestService::BatchRows rows;
    HeartbeatIngestService::appendRows(rows, 3, u"abc"_s, heartbeats, Now);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(rows.document(), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << rows.document().toStdString();
    return doc;
}

} // namespace

TEST(HeartbeatBatchRows, FiguresReadBackAsWrittenWithMissingOnesLeftOut)
{
    AgentHeartbeat h;
    h.collectedAt = Now.addSecs(-600);
    h.sequence = std::numeric_limits<qint64>::max();
    h.host.cpuUsagePercent = 0.1;
    h.host.gpuAvgPower = -1.25e-7;
    h.processesCollected = false;
    GpuMetricSample gpu;
    gpu.processCount = 42;
    h.gpus = {gpu};
    GpuHealthReport failing;
    failing.healthy = false;
    failing.xidErrors = {79, 48};
    GpuHealthReport fine;
    fine.gpuIndex = 1;
    h.gpuHealth = {failing, fine};
    AgentHeartbeat next = h;
    next.gpus.clear();
    next.gpuHealth.clear();

    const QJsonObject doc = batchOf({h, next});
    const QJsonArray hb = doc.value(u"hb"_s).toArray();
    ASSERT_EQ(hb.size(), 2);
    const QJsonObject first = hb.at(0).toObject();
    EXPECT_EQ(first.value(u"i"_s).toInt(), 3);
    EXPECT_EQ(first.value(u"seq"_s).toInteger(), std::numeric_limits<qint64>::max());
    EXPECT_EQ(first.value(u"cpu_usage_percent"_s).toDouble(), 0.1); // shortest form, exact
    EXPECT_EQ(first.value(u"gpu_avg_power"_s).toDouble(), -1.25e-7);
    EXPECT_EQ(first.value(u"pc"_s), QJsonValue(false));
    EXPECT_FALSE(first.contains(u"memory_used"_s)) << "a figure not reported is left out";
    const QJsonObject gpuRow = doc.value(u"gpus"_s).toArray().at(0).toObject();
    EXPECT_EQ(gpuRow.value(u"process_count"_s).toInt(), 42);
    EXPECT_FALSE(gpuRow.contains(u"temperature"_s));
    const QJsonArray health = doc.value(u"health"_s).toArray();
    ASSERT_EQ(health.size(), 2);
    EXPECT_EQ(health.at(0).toObject().value(u"xid"_s).toArray(), (QJsonArray{79, 48}));
    EXPECT_EQ(health.at(1).toObject().value(u"xid"_s).toArray(), QJsonArray());
    EXPECT_EQ(hb.at(1).toObject().value(u"i"_s).toInt(), 4);
}

TEST(HeartbeatBatchRows, StringsAreEscapedAndNonFiniteNumbersAreNull)
{
    const QString awkward = u"say \"hi\" \\ tab\there\nnew line \x01 bell, 机器 ✓"_s;
    AgentHeartbeat h;
    h.collectedAt = Now.addSecs(-600);
    h.agentVersion = awkward;
    h.host.cpuUsagePercent = std::numeric_limits<double>::quiet_NaN();
    h.host.gpuAvgPower = -std::numeric_limits<double>::infinity();
    h.processesCollected = true;
    GpuProcess process;
    process.pid = 1;
    h.processes = {process}; // an empty user name

    HeartbeatIngestService::BatchRows rows;
    HeartbeatIngestService::appendRows(rows, 3, u"abc"_s, {h}, Now);
    EXPECT_TRUE(rows.document().contains("\\u0001")) << rows.document().toStdString();
    const QJsonObject doc = batchOf({h});
    const QJsonObject row = doc.value(u"hb"_s).toArray().at(0).toObject();
    EXPECT_EQ(row.value(u"av"_s).toString(), awkward);
    EXPECT_EQ(doc.value(u"procs"_s).toArray().at(0).toObject().value(u"username"_s).toString(),
              QString());
    EXPECT_TRUE(row.value(u"cpu_usage_percent"_s).isNull());
    EXPECT_TRUE(row.value(u"gpu_avg_power"_s).isNull());
}

TEST(HeartbeatBatchRows, DocumentNumbersItemsAndCarriesEveryPart)
{
    const QDateTime now = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
    AgentHeartbeat fresh;
    fresh.agentVersion = u"1.2 \"beta\""_s;
    fresh.sequence = 7;
    fresh.collectedAt = now.addSecs(-10);
    fresh.host.cpuUsagePercent = 12.5;
    GpuMetricSample gpu;
    gpu.gpuIndex = 1;
    gpu.utilizationPercent = 99.5;
    gpu.memoryUsed = 81000;
    fresh.gpus = {gpu};
    GpuHealthReport health;
    health.gpuIndex = 1;
    health.healthy = false;
    health.xidErrors = {79};
    fresh.gpuHealth = {health};
    fresh.processesCollected = true;
    GpuProcess process;
    process.pid = 4242;
    process.processName = u"python3 train.py --name \"x\""_s;
    process.gpuIndex = 1;
    fresh.processes = {process};
    AgentHeartbeat replayed = fresh;
    replayed.sequence = 3;
    replayed.collectedAt = now.addSecs(-600);

    HeartbeatIngestService::BatchRows rows;
    HeartbeatIngestService::appendRows(rows, 5, u"abc"_s, {fresh, replayed}, now);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(rows.document(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << rows.document().toStdString();

    const QJsonArray hb = doc.value(u"hb"_s).toArray();
    ASSERT_EQ(hb.size(), 2);
    const QJsonObject first = hb.at(0).toObject();
    EXPECT_EQ(first.value(u"i"_s).toInt(), 5);
    EXPECT_EQ(first.value(u"th"_s).toString(), u"abc"_s);
    EXPECT_EQ(first.value(u"av"_s).toString(), fresh.agentVersion);
    EXPECT_EQ(first.value(u"seq"_s).toInteger(), 7);
    EXPECT_EQ(first.value(u"at"_s).toString(), u"2001-02-03T04:04:56.000Z"_s);
    EXPECT_EQ(first.value(u"cpu_usage_percent"_s).toDouble(), 12.5);
    EXPECT_FALSE(first.contains(u"memory_used"_s));
    // The live heartbeat carries its C2 event, the replayed one (10 minutes old) none.
    const QJsonObject event =
        QJsonDocument::fromJson('{' + first.value(u"np"_s).toString().toUtf8()).object();
    EXPECT_EQ(event.value(u"gpus"_s).toArray().at(0).toObject().value(u"index"_s).toInt(), 1);
    EXPECT_EQ(hb.at(1).toObject().value(u"i"_s).toInt(), 6);
    EXPECT_FALSE(hb.at(1).toObject().contains(u"np"_s));

    const QJsonArray gpus = doc.value(u"gpus"_s).toArray();
    ASSERT_EQ(gpus.size(), 2);
    EXPECT_EQ(gpus.at(0).toObject().value(u"utilization_percent"_s).toDouble(), 99.5);
    EXPECT_EQ(gpus.at(0).toObject().value(u"memory_used"_s).toInteger(), 81000);
    EXPECT_EQ(gpus.at(1).toObject().value(u"i"_s).toInt(), 6);
    const QJsonObject unhealthy = doc.value(u"health"_s).toArray().at(0).toObject();
    EXPECT_FALSE(unhealthy.value(u"ok"_s).toBool(true));
    EXPECT_EQ(unhealthy.value(u"xid"_s).toArray(), (QJsonArray{79}));
    EXPECT_EQ(unhealthy.value(u"why"_s).toString(), u"XID 79"_s);
    const QJsonArray procs = doc.value(u"procs"_s).toArray();
    ASSERT_EQ(procs.size(), 2);
    EXPECT_EQ(procs.at(0).toObject().value(u"process_name"_s).toString(), process.processName);
    EXPECT_EQ(procs.at(0).toObject().value(u"pid"_s).toInteger(), 4242);
}

TEST(HeartbeatBatchRows, MetricsEventTailHasEveryKeyAndStaysUnderTheNotifyLimit)
{
    AgentHeartbeat h;
    h.collectedAt = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
    h.host.cpuUsagePercent = 12.5;
    for (int i = 0; i < 64; ++i) {
        GpuMetricSample g;
        g.gpuIndex = i;
        g.utilizationPercent = 99.123456789;
        g.memoryUsed = 81000 + i;
        g.memoryUsagePercent = 98.7654321;
        g.temperature = 77.7777777;
        g.powerDraw = 699.999999;
        h.gpus.append(g);
    }
    h.gpus[0].temperature.reset();

    const QByteArray tail = HeartbeatIngestService::metricsEventTail(h);
    EXPECT_LE(tail.size(), 7600);
    QJsonParseError error;
    const QJsonObject event = QJsonDocument::fromJson('{' + tail, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << tail.toStdString();
    EXPECT_EQ(event.value(u"at"_s).toString(), u"2001-02-03T04:05:06.000Z"_s);
    const QJsonObject host = event.value(u"host"_s).toObject();
    EXPECT_EQ(host.value(u"cpuUsagePercent"_s).toDouble(), 12.5);
    EXPECT_TRUE(host.contains(u"gpuAvgPower"_s) && host.value(u"gpuAvgPower"_s).isNull());
    const QJsonArray gpus = event.value(u"gpus"_s).toArray();
    // Some GPUs are left out to fit, the first ones kept in order.
    ASSERT_GT(gpus.size(), 10);
    EXPECT_LT(gpus.size(), 64);
    EXPECT_EQ(gpus.last().toObject().value(u"index"_s).toInt(), gpus.size() - 1);
    EXPECT_TRUE(gpus.at(0).toObject().value(u"temperature"_s).isNull());
    EXPECT_EQ(gpus.at(1).toObject().value(u"memoryUsed"_s).toInteger(), 81001);
}
