#include "AgentHeartbeat.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

namespace {

AgentHeartbeat sampleHeartbeat()
{
    const QDateTime at = QDateTime::fromString(u"2026-05-04T10:00:00Z"_s, Qt::ISODate);
    AgentHeartbeat h;
    h.agentVersion = u"1.0.0"_s;
    h.sequence = 42;
    h.intervalSeconds = 10;
    h.collectedAt = at;
    h.host.hostId = u"gpu-node-01"_s;
    h.host.collectedAt = at;
    h.host.cpuUsagePercent = 37.5;
    h.host.memoryUsed = 64LL * 1024 * 1024 * 1024;
    GpuMetricSample g;
    g.hostId = u"gpu-node-01"_s;
    g.gpuIndex = 0;
    g.collectedAt = at;
    g.utilizationPercent = 99.0;
    g.memoryUsed = 80000;
    h.gpus.append(g);
    GpuHealthReport health;
    health.gpuIndex = 0;
    health.uuid = u"GPU-3f1c0a3e-1111-2222-3333-444455556666"_s;
    health.name = u"NVIDIA H100 80GB HBM3"_s;
    health.memoryTotalMb = 81559;
    health.xidErrors = {79};
    health.healthy = false;
    h.gpuHealth.append(health);
    h.processesCollected = true;
    GpuProcess p;
    p.pid = 4242;
    p.processName = u"python train.py"_s;
    p.usedMemoryMb = 1024;
    h.processes.append(p);
    h.bufferedDropped = 3;
    return h;
}

} // namespace

TEST(AgentHeartbeat, RoundTripsThroughJson)
{
    const AgentHeartbeat h = sampleHeartbeat();
    const Result<AgentHeartbeat> back = AgentHeartbeat::fromJson(h.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), h);
    EXPECT_TRUE(h.validate().isEmpty());
}

TEST(AgentHeartbeat, NoProcessListIsNotAnEmptyOne)
{
    AgentHeartbeat h = sampleHeartbeat();
    h.processesCollected = false;
    h.processes.clear();
    const QJsonObject json = h.toJson();
    EXPECT_FALSE(json.contains(u"processes"_s));
    EXPECT_FALSE(AgentHeartbeat::fromJson(json).value().processesCollected);

    h.processesCollected = true;
    const QJsonObject idle = h.toJson();
    ASSERT_TRUE(idle.value(u"processes"_s).isArray());
    EXPECT_TRUE(AgentHeartbeat::fromJson(idle).value().processesCollected);
}

TEST(AgentHeartbeat, NestedErrorsNameTheirPlace)
{
    AgentHeartbeat h = sampleHeartbeat();
    h.gpus[0].utilizationPercent = 130.0;
    h.gpus.append(h.gpus[0]);
    h.gpus[1].utilizationPercent = 50.0;
    h.host.cpuUsagePercent = -1.0;
    QStringList fields;
    for (const FieldError &e : h.validate())
        fields.append(e.field);
    EXPECT_TRUE(fields.contains(u"gpus[0].utilizationPercent"_s))
        << fields.join(u',').toStdString();
    EXPECT_TRUE(fields.contains(u"gpus"_s)) << "duplicate gpuIndex not reported";
    EXPECT_TRUE(fields.contains(u"host.cpuUsagePercent"_s)) << fields.join(u',').toStdString();
    EXPECT_FALSE(fields.contains(u"gpus[1].utilizationPercent"_s));
}

TEST(AgentHeartbeat, WrongTypesAreFieldErrors)
{
    QJsonObject json = sampleHeartbeat().toJson();
    QJsonObject host = json.value(u"host"_s).toObject();
    host.insert(u"cpuUsagePercent"_s, u"high"_s);
    json.insert(u"host"_s, host);
    json.insert(u"gpuHealth"_s, QJsonArray{QJsonObject{{u"gpuIndex"_s, u"zero"_s}}});
    const Result<AgentHeartbeat> read = AgentHeartbeat::fromJson(json);
    ASSERT_FALSE(read.ok());
    QStringList fields;
    for (const FieldError &e : read.error().fieldErrors)
        fields.append(e.field);
    EXPECT_TRUE(fields.contains(u"host.cpuUsagePercent"_s)) << fields.join(u',').toStdString();
    EXPECT_TRUE(fields.contains(u"gpuHealth[0].gpuIndex"_s)) << fields.join(u',').toStdString();
}
