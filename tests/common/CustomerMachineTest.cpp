// CustomerMachine and CustomerGpu (the customer side's machine answer) survive a round trip
// through JSON, spell unset values as null and derive the SSH command as the API documents it.

#include "CustomerMachine.h"

#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

CustomerMachine sample()
{
    CustomerMachine m;
    m.id = u"node-01"_s;
    m.name = u"a1"_s;
    m.region = u"beijing"_s;
    m.gpuModel = u"A100"_s;
    m.gpuCount = 2;
    m.publicIp = u"203.0.113.5"_s;
    m.sshHost = u"a1.gpu.example"_s;
    m.sshPort = 2201;
    m.sshUsername = u"ubuntu"_s;
    m.status = u"online"_s;
    m.healthStatus = u"healthy"_s;
    m.osType = u"linux"_s;
    m.osVersion = u"Ubuntu 22.04"_s;
    m.totalCpu = 64;
    m.totalMemoryGb = 512;
    m.tenantId = 2;
    m.allocationId = u"ALLOC-1"_s;
    m.allocationStart = utc("2026-11-01T00:00:00.000Z");
    m.allocationEnd = utc("2026-12-01T00:00:00.000Z");
    m.expiring = true;
    m.latestGpuUtilization = 42.5;
    m.latestMetricsAt = utc("2026-11-24T08:00:00.000Z");
    m.gpus = {CustomerGpu{0, u"A100"_s, 81920, 40.0, utc("2026-11-24T08:00:00.000Z")},
              CustomerGpu{1, u"A100"_s, std::nullopt, std::nullopt, QDateTime()}};
    return m;
}

} // namespace

TEST(CustomerMachineTest, RoundTripsThroughJson)
{
    const CustomerMachine m = sample();
    const QJsonObject json = m.toJson();
    EXPECT_EQ(json.value(u"sshCommand"_s).toString(), u"ssh -p 2201 ubuntu@a1.gpu.example"_s);
    EXPECT_EQ(json.value(u"allocation"_s).toObject().value(u"endTime"_s).toString(),
              u"2026-12-01T00:00:00.000Z"_s);
    EXPECT_TRUE(json.value(u"gpus"_s).toArray().at(1).toObject().value(u"utilization"_s).isNull());
    Result<CustomerMachine> back = CustomerMachine::fromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(*back, m);
}

TEST(CustomerMachineTest, ListItemsHaveNoGpusKeyAndNullsForUnsetValues)
{
    CustomerMachine m = sample();
    m.gpus.clear();
    m.sshHost.clear();
    m.publicIp.clear();
    m.sshPort.reset();
    m.latestGpuUtilization.reset();
    const QJsonObject json = m.toJson();
    EXPECT_FALSE(json.contains(u"gpus"_s));
    EXPECT_TRUE(json.value(u"sshCommand"_s).isNull());
    EXPECT_TRUE(json.value(u"sshPort"_s).isNull());
    EXPECT_TRUE(json.value(u"latestGpuUtilization"_s).isNull());
    Result<CustomerMachine> back = CustomerMachine::fromJson(json);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, m);
}

TEST(CustomerMachineTest, PortTwentyTwoIsLeftOutOfTheCommandAndBadFieldsAreNamed)
{
    CustomerMachine m = sample();
    m.sshPort = 22;
    EXPECT_EQ(m.sshCommand(), u"ssh ubuntu@a1.gpu.example"_s);
    QJsonObject json = m.toJson();
    json.insert(u"allocation"_s, QJsonObject{{u"expiring"_s, u"yes"_s}});
    Result<CustomerMachine> bad = CustomerMachine::fromJson(json);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().fieldErrors.first().field, u"allocation.expiring"_s);
}
