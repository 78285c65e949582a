// Round trips of the wire types the server and the console share for the dashboard and the
// customer statistics: toJson then fromJson gives the same value, and the JSON has the
// documented keys (docs/api.md "Dashboard and statistics", "Customers and teams").
#include "CustomerDetail.h"
#include "CustomerStatistics.h"
#include "DashboardStats.h"
#include "GpuTrend.h"
#include "GpuTrendPoint.h"
#include "TenantStatistics.h"
#include "TenantStatisticsReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;

namespace {

template<typename T>
T throughText(const T &value)
{
    const QByteArray text = QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact);
    auto parsed = T::fromJson(QJsonDocument::fromJson(text).object());
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().message.toStdString());
    return parsed.ok() ? parsed.value() : T{};
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

TEST(DashboardStats, MatchesTheDocumentedShapeAndRoundTrips)
{
    DashboardStats s;
    s.machines = 5;
    s.online = 3;
    s.offline = 1;
    s.maintenance = 1;
    s.allocatedMachines = 3;
    s.gpus = 16;
    s.allocatedGpus = 14;
    s.activeAllocations = 3;
    s.expiringSoon = 1;
    s.activeAlerts = 1;
    s.tenants = 3;
    s.tenantsWithMachines = 2;
    s.expiringWindowDays = 7;
    const QJsonObject json = s.toJson();
    EXPECT_EQ(QJsonDocument(json).toJson(QJsonDocument::Compact),
              QByteArray(R"({"activeAlerts":1,"activeAllocations":3,"expiringSoon":1,)"
                         R"("expiringWindowDays":7,"gpus":{"allocated":14,"idle":2,"total":16},)"
                         R"("machines":{"allocated":3,"expiring":1,"maintenance":1,"offline":1,)"
                         R"("online":3,"total":5,"unallocated":2},"tenants":3,)"
                         R"("tenantsWithMachines":2})"));
    EXPECT_EQ(throughText(s), s);
}

TEST(DashboardStats, NamesAFieldOfTheWrongType)
{
    QJsonObject json = DashboardStats{}.toJson();
    QJsonObject machines = json.value(u"machines"_s).toObject();
    machines.insert(u"offline"_s, u"three"_s);
    json.insert(u"machines"_s, machines);
    auto parsed = DashboardStats::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    ASSERT_FALSE(parsed.error().fieldErrors.isEmpty());
    EXPECT_EQ(parsed.error().fieldErrors.first().field, u"machines.offline"_s);
}

TEST(GpuTrend, RoundTripsWithEmptyBuckets)
{
    GpuTrend t;
    t.from = utc("2026-11-24T08:00:00.000Z");
    t.to = utc("2026-11-24T08:15:00.000Z");
    t.step = 300;
    t.points = {GpuTrendPoint{utc("2026-11-24T08:00:00.000Z"), 61.5, 96},
                GpuTrendPoint{utc("2026-11-24T08:05:00.000Z"), std::nullopt, 0},
                GpuTrendPoint{utc("2026-11-24T08:10:00.000Z"), 0.0, 4}};
    const QJsonObject json = t.toJson();
    EXPECT_EQ(json.value(u"from"_s).toString(), u"2026-11-24T08:00:00.000Z"_s);
    const QJsonArray points = json.value(u"points"_s).toArray();
    ASSERT_EQ(points.size(), 3);
    EXPECT_TRUE(points.at(1).toObject().value(u"averageUtilization"_s).isNull());
    EXPECT_EQ(points.at(0).toObject().value(u"time"_s).toString(), u"2026-11-24T08:00:00.000Z"_s);
    const GpuTrend back = throughText(t);
    EXPECT_EQ(back, t);
    EXPECT_FALSE(back.points.at(1).averageUtilization.has_value());
    ASSERT_TRUE(back.points.at(2).averageUtilization.has_value());
    EXPECT_EQ(*back.points.at(2).averageUtilization, 0.0);
}

TEST(CustomerStatistics, RoundTripsAndTotalsTheTasks)
{
    CustomerStatistics s;
    s.scope = u"tenant"_s;
    s.machinesHeld = 1;
    s.gpuHoursThisMonth = 28.0;
    s.tasks = {{u"queued"_s, 0},
               {u"running"_s, 2},
               {u"succeeded"_s, 0},
               {u"failed"_s, 1},
               {u"stopped"_s, 0}};
    s.storageUsedBytes = 1500;
    const QJsonObject json = s.toJson();
    EXPECT_EQ(json.value(u"tasks"_s).toObject().value(u"total"_s).toInteger(), 3);
    EXPECT_EQ(json.value(u"scope"_s).toString(), u"tenant"_s);
    EXPECT_EQ(throughText(s), s);
    EXPECT_EQ(s.totalTasks(), 3);

    CustomerDetail d;
    d.customer.id = 7;
    d.customer.username = u"acme"_s;
    d.customer.email = u"ops@acme.example"_s;
    d.customer.role = Role::CustomerOwner;
    d.statistics = s;
    const QJsonObject detail = d.toJson();
    EXPECT_EQ(detail.value(u"username"_s).toString(), u"acme"_s);
    EXPECT_EQ(detail.value(u"statistics"_s).toObject().value(u"machinesHeld"_s).toInteger(), 1);
    EXPECT_EQ(throughText(d), d);
}

TEST(TenantStatisticsReport, RoundTripsANullRatio)
{
    TenantStatisticsReport r;
    r.from = utc("2026-11-17T08:00:00.000Z");
    r.to = utc("2026-11-24T08:00:00.000Z");
    r.sampleIntervalSeconds = 10;
    r.list = {TenantStatistics{2, u"Acme, Inc."_s, 2, 8, 32.0, 8.0, 0.25},
              TenantStatistics{3, u"Galaxy"_s, 0, 0, 0.0, 0.0, std::nullopt}};
    const QJsonObject json = r.toJson();
    EXPECT_TRUE(
        json.value(u"list"_s).toArray().at(1).toObject().value(u"utilizationRatio"_s).isNull());
    EXPECT_EQ(throughText(r), r);
}
