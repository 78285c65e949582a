// Dashboard, statistics (JSON and CSV) and the customer machine views, against a real server on a
// real database seeded with known figures: exact counts, exact GPU-hours, tenant isolation.
#include "AuthFixture.h"
#include "QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString q(const QDateTime &t)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(iso(t)));
}

// The seeded fleet (T0 = the top of the hour 20 h ago; every sample lies within the last 24 h):
//   n-a1  north  4 × H100  online       tenant A, active from T0, ends in 30 days
//   n-a2  north  4 × H100  online       tenant A, active from T0, ends in 2 days (expiring)
//   s-b1  south  6 × L40S  'allocated'  tenant B, active from T0, ends in 30 days, never used
//   s-free south 2 × L40S  maintenance  not held now (A held it 10 days ago, expired)
//   s-off  south 0 GPUs    offline
// Metrics, one sample a minute per GPU for T0 … T0+2h (120 samples), interval setting 60 s:
//   n-a1 GPUs 50 % throughout; n-a2 GPUs 90 % the first hour, 10 % the second.
// Tenant C "=HYPERLINK(…)" holds nothing.
class DashboardApi : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        fixture = AuthFixture::start(u"dashboard"_s).release();
        if (!fixture)
            return;
        AuthFixture &f = *fixture;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime hour(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
        t0 = hour.addSecs(-20 * 3600);
        ownerC = f.createAccount(u"tenant.c"_s, Role::CustomerOwner);
        const QString a = QString::number(f.ownerA.id), b = QString::number(f.ownerB.id);
        const QString T0 = u"'"_s + iso(t0) + u"'::timestamptz"_s;
        const QString sql =
            u"UPDATE system_configs SET config_value = '60' WHERE config_key = "
            u"'agent_heartbeat_interval_seconds';"
            "UPDATE customers SET company = 'Acme, Inc.' WHERE id = %1;"
            "UPDATE customers SET company = '=HYPERLINK(\"http://evil.example\",\"x\")' WHERE id = "
            "%3;"
            "INSERT INTO hosts (id, name, ip_address, public_ip, ssh_host, ssh_port, ssh_username, "
            "status, region, total_cpu, total_memory_gb, total_gpu) VALUES "
            "('n-a1', 'north-a1', '10.0.0.1', '203.0.113.1', 'a1.gpu.example', 2201, 'ubuntu', "
            "'online', 'north', 64, 512, 4),"
            "('n-a2', 'north-a2', '10.0.0.2', '203.0.113.2', 'a2.gpu.example', 22, 'ubuntu', "
            "'online', 'north', 64, 512, 4),"
            "('s-b1', 'south-b1', '10.0.0.3', '203.0.113.3', 'b1.gpu.example', 22, 'root', "
            "'allocated', 'south', 64, 512, 6),"
            "('s-free', 'south-free', '10.0.0.4', NULL, NULL, 22, NULL, 'maintenance', 'south', "
            "32, 256, 2),"
            "('s-off', 'south-off', '10.0.0.5', NULL, NULL, 22, NULL, 'offline', 'south', 8, 32, "
            "0);"
            "INSERT INTO gpus (host_id, index, name, memory_total_mb) "
            "SELECT 'n-a1', i, 'H100', 81920 FROM generate_series(0, 3) i UNION ALL "
            "SELECT 'n-a2', i, 'H100', 81920 FROM generate_series(0, 3) i UNION ALL "
            "SELECT 's-b1', i, 'L40S', 49152 FROM generate_series(0, 5) i UNION ALL "
            "SELECT 's-free', i, 'L40S', 49152 FROM generate_series(0, 1) i;"
            "INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) "
            "VALUES "
            "('alloc-a1', %1, 'n-a1', %4, now() + interval '30 days', 'active'),"
            "('alloc-a2', %1, 'n-a2', %4, now() + interval '2 days', 'active'),"
            "('alloc-b1', %2, 's-b1', %4, now() + interval '30 days', 'active'),"
            "('alloc-old', %1, 's-free', %4 - interval '10 days', %4 - interval '9 days', "
            "'expired');"
            "INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent, collected_at) "
            "SELECT g.id, g.host_id, CASE WHEN g.host_id = 'n-a1' THEN 50 WHEN k < 60 THEN 90 ELSE "
            "10 END, "
            "%4 + make_interval(mins => k) FROM gpus g CROSS JOIN generate_series(0, 119) k "
            "WHERE g.host_id IN ('n-a1', 'n-a2');"
            "INSERT INTO alert_records (rule_id, host_id, resource_type, resource_id, metric_type, "
            "current_value, threshold, severity, status) "
            "SELECT id, 'n-a1', 'host', 'n-a1', 'x', 1, 1, 'warning', 'firing' FROM alert_rules "
            "ORDER BY id LIMIT 1;"
            "INSERT INTO alert_records (rule_id, host_id, resource_type, resource_id, metric_type, "
            "current_value, threshold, severity, status, resolved_at) "
            "SELECT id, 'n-a2', 'host', 'n-a2', 'x', 1, 1, 'warning', 'resolved', now() FROM "
            "alert_rules ORDER BY id LIMIT 1;"
            "INSERT INTO tasks (id, customer_id, name, command, status) VALUES "
            "('t-1', %1, 'a', 'true', 'running'), ('t-2', %1, 'b', 'true', 'queued'),"
            "('t-3', %5, 'c', 'true', 'queued'), ('t-4', %1, 'd', 'true', 'succeeded'),"
            "('t-5', %2, 'e', 'true', 'running');"
            "INSERT INTO datasets (customer_id, name, storage_path, total_size, deleted_at) VALUES "
            "(%1, 'd1', '/d1', 1000, NULL), (%5, 'd2', '/d2', 2345, NULL),"
            "(%1, 'gone', '/d3', 99999, now()), (%2, 'b', '/b', 5, NULL);"
            "INSERT INTO notifications (customer_id, title, type, is_read) VALUES "
            "(%1, 'n1', 'system', false), (%1, 'n2', 'system', false), (%1, 'n3', 'system', true),"
            "(%5, 'n4', 'system', false);"_s.arg(a, b, QString::number(ownerC.id), T0,
                                                 QString::number(f.memberA.id));
        const QString error = f.db().exec(sql);
        ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    }
    static void TearDownTestSuite()
    {
        delete fixture;
        fixture = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(fixture); }
    AuthFixture &f() { return *fixture; }

    QString token(const AuthFixture::Account &account)
    {
        static QHash<QString, QString> tokens;
        if (!tokens.contains(account.username))
            tokens.insert(account.username, f().accessToken(account));
        return tokens.value(account.username);
    }
    HttpResult get(const QString &path, const AuthFixture::Account &account)
    {
        return f().getAuthed(path, token(account));
    }

    static AuthFixture *fixture;
    static QDateTime t0;
    static AuthFixture::Account ownerC;
};

AuthFixture *DashboardApi::fixture = nullptr;
QDateTime DashboardApi::t0;
AuthFixture::Account DashboardApi::ownerC;

QJsonObject findBy(const QJsonArray &list, const QString &key, const QJsonValue &value)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(key) == value)
            return v.toObject();
    }
    return {};
}

} // namespace

TEST_F(DashboardApi, AdminStatsCountExactly)
{
    const HttpResult r = get(u"/api/admin/dashboard/stats"_s, f().admin);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject d = dataOf(r);
    const QJsonObject machines = d.value(u"machines"_s).toObject();
    EXPECT_EQ(machines.value(u"total"_s).toInt(), 5);
    EXPECT_EQ(machines.value(u"online"_s).toInt(), 3); // V2.1 'allocated' counts as online
    EXPECT_EQ(machines.value(u"offline"_s).toInt(), 1);
    EXPECT_EQ(machines.value(u"maintenance"_s).toInt(), 1);
    EXPECT_EQ(machines.value(u"allocated"_s).toInt(), 3);
    EXPECT_EQ(machines.value(u"unallocated"_s).toInt(), 2);
    const QJsonObject gpus = d.value(u"gpus"_s).toObject();
    EXPECT_EQ(gpus.value(u"total"_s).toInt(), 16);
    EXPECT_EQ(gpus.value(u"allocated"_s).toInt(), 14);
    EXPECT_EQ(gpus.value(u"idle"_s).toInt(), 2);
    EXPECT_EQ(d.value(u"activeAllocations"_s).toInt(), 3);
    EXPECT_EQ(d.value(u"expiringSoon"_s).toInt(), 1);
    EXPECT_EQ(d.value(u"activeAlerts"_s).toInt(), 1);
    EXPECT_EQ(d.value(u"tenants"_s).toInt(), 3);
    EXPECT_EQ(d.value(u"tenantsWithMachines"_s).toInt(), 2);
}

TEST_F(DashboardApi, AdminRoutesRefuseCustomers)
{
    for (const QString &path :
         {u"/api/admin/dashboard/stats"_s, u"/api/admin/dashboard/gpu-trend"_s,
          u"/api/admin/statistics/resources"_s, u"/api/admin/statistics/customers?format=csv"_s}) {
        EXPECT_EQ(get(path, f().ownerA).status, 403) << qPrintable(path);
        EXPECT_EQ(get(path, f().memberB).status, 403) << qPrintable(path);
        EXPECT_EQ(f().http().get(path).status, 401) << qPrintable(path);
    }
}

TEST_F(DashboardApi, GpuTrendAveragesEachBucketOverItsGpus)
{
    const HttpResult r = get(
        u"/api/admin/dashboard/gpu-trend?from=%1&to=%2&step=600"_s.arg(q(t0), q(t0.addSecs(7200))),
        f().admin);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray points = dataOf(r).value(u"points"_s).toArray();
    ASSERT_EQ(points.size(), 12);
    for (int i = 0; i < 12; ++i) {
        const QJsonObject p = points.at(i).toObject();
        EXPECT_EQ(p.value(u"time"_s).toString(), iso(t0.addSecs(600 * i)));
        // First hour (50 + 90) / 2, second hour (50 + 10) / 2.
        EXPECT_DOUBLE_EQ(p.value(u"averageUtilization"_s).toDouble(), i < 6 ? 70.0 : 30.0) << i;
        EXPECT_EQ(p.value(u"gpus"_s).toInt(), 8);
    }
}

TEST_F(DashboardApi, GpuTrendShowsEmptyBucketsAsNull)
{
    const HttpResult r = get(u"/api/admin/dashboard/gpu-trend?from=%1&to=%2&step=3600"_s.arg(
                                 q(t0), q(t0.addSecs(3 * 3600))),
                             f().admin);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray points = dataOf(r).value(u"points"_s).toArray();
    ASSERT_EQ(points.size(), 3);
    EXPECT_DOUBLE_EQ(points.at(0).toObject().value(u"averageUtilization"_s).toDouble(), 70.0);
    EXPECT_DOUBLE_EQ(points.at(1).toObject().value(u"averageUtilization"_s).toDouble(), 30.0);
    EXPECT_TRUE(points.at(2).toObject().value(u"averageUtilization"_s).isNull());
    EXPECT_EQ(points.at(2).toObject().value(u"gpus"_s).toInt(), 0);
}

TEST_F(DashboardApi, GpuTrendRefusesBadSteps)
{
    const QString range = u"from=%1&to=%2"_s.arg(q(t0), q(t0.addSecs(7200)));
    HttpResult r = get(u"/api/admin/dashboard/gpu-trend?step=30&"_s + range, f().admin);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.json()
                  .value(u"data"_s)
                  .toObject()
                  .value(u"errors"_s)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(u"field"_s),
              u"step"_s);
    EXPECT_EQ(get(u"/api/admin/dashboard/gpu-trend?step=86401&"_s + range, f().admin).status, 400);
    EXPECT_EQ(get(u"/api/admin/dashboard/gpu-trend?step=ten&"_s + range, f().admin).status, 400);
    // 7 days at 60 s is 10 080 points: more than 2 000.
    r = get(u"/api/admin/dashboard/gpu-trend?step=60&from=%1&to=%2"_s.arg(q(t0.addDays(-7)), q(t0)),
            f().admin);
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(r.json().value(u"message"_s).toString().contains(u"2000"_s)) << r.body.constData();
    // … and exactly 2 000 is fine.
    EXPECT_EQ(get(u"/api/admin/dashboard/gpu-trend?step=60&from=%1&to=%2"_s.arg(
                      q(t0), q(t0.addSecs(2000 * 60))),
                  f().admin)
                  .status,
              200);
    EXPECT_EQ(get(u"/api/admin/dashboard/gpu-trend?from=yesterday"_s, f().admin).status, 400);
    EXPECT_EQ(
        get(u"/api/admin/dashboard/gpu-trend?from=%1&to=%2"_s.arg(q(t0), q(t0)), f().admin).status,
        400);
    // The default (last 24 h at 300 s) answers 288 points.
    r = get(u"/api/admin/dashboard/gpu-trend"_s, f().admin);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(dataOf(r).value(u"points"_s).toArray().size(), 288);
}

TEST_F(DashboardApi, CustomerStatisticsCompareAllocatedWithUsedGpuHours)
{
    const HttpResult r =
        get(u"/api/admin/statistics/customers?from=%1&to=%2"_s.arg(q(t0), q(t0.addSecs(4 * 3600))),
            f().admin);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray list = dataOf(r).value(u"list"_s).toArray();
    ASSERT_EQ(list.size(), 3);
    // Sorted by GPU-hours allocated, largest first.
    const QJsonObject a = list.at(0).toObject(), b = list.at(1).toObject(),
                      c = list.at(2).toObject();
    EXPECT_EQ(a.value(u"tenantId"_s).toInteger(), f().ownerA.id);
    EXPECT_EQ(a.value(u"tenantName"_s).toString(), u"Acme, Inc."_s);
    EXPECT_EQ(a.value(u"machines"_s).toInt(), 2);
    EXPECT_EQ(a.value(u"gpus"_s).toInt(), 8);
    // 2 hosts × 4 GPUs × 4 h; used: 8 GPUs × 120 samples × 50 % × 60 s.
    EXPECT_DOUBLE_EQ(a.value(u"gpuHoursAllocated"_s).toDouble(), 32.0);
    EXPECT_DOUBLE_EQ(a.value(u"gpuHoursUsed"_s).toDouble(), 8.0);
    EXPECT_DOUBLE_EQ(a.value(u"utilizationRatio"_s).toDouble(), 0.25);
    // B leases 6 GPUs and never used them: the idle machine stands out with ratio 0.
    EXPECT_EQ(b.value(u"tenantId"_s).toInteger(), f().ownerB.id);
    EXPECT_DOUBLE_EQ(b.value(u"gpuHoursAllocated"_s).toDouble(), 24.0);
    EXPECT_DOUBLE_EQ(b.value(u"gpuHoursUsed"_s).toDouble(), 0.0);
    EXPECT_TRUE(b.value(u"utilizationRatio"_s).isDouble());
    EXPECT_DOUBLE_EQ(b.value(u"utilizationRatio"_s).toDouble(), 0.0);
    // C holds nothing: no ratio at all.
    EXPECT_EQ(c.value(u"tenantId"_s).toInteger(), ownerC.id);
    EXPECT_DOUBLE_EQ(c.value(u"gpuHoursAllocated"_s).toDouble(), 0.0);
    EXPECT_TRUE(c.value(u"utilizationRatio"_s).isNull());
}

TEST_F(DashboardApi, CustomerStatisticsClipAllocationsToTheRange)
{
    // [T0+1h, T0+3h): A has 2 h × 8 GPUs = 16 allocated; used only the second hour's samples:
    // 4 GPUs × 60 × 50 % + 4 GPUs × 60 × 10 %, × 60 s = 2 + 0.4 GPU-hours.
    const HttpResult r = get(u"/api/admin/statistics/customers?from=%1&to=%2"_s.arg(
                                 q(t0.addSecs(3600)), q(t0.addSecs(3 * 3600))),
                             f().admin);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject a =
        findBy(dataOf(r).value(u"list"_s).toArray(), u"tenantId"_s, QJsonValue(f().ownerA.id));
    EXPECT_DOUBLE_EQ(a.value(u"gpuHoursAllocated"_s).toDouble(), 16.0);
    EXPECT_DOUBLE_EQ(a.value(u"gpuHoursUsed"_s).toDouble(), 2.4);
    EXPECT_DOUBLE_EQ(a.value(u"utilizationRatio"_s).toDouble(), 0.15);
}

TEST_F(DashboardApi, CustomerStatisticsCsvIsEscapedAndQuoted)
{
    const HttpResult r = get(u"/api/admin/statistics/customers?format=csv&from=%1&to=%2"_s.arg(
                                 q(t0), q(t0.addSecs(4 * 3600))),
                             f().admin);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(r.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    EXPECT_TRUE(
        r.header("Content-Disposition").startsWith("attachment; filename=\"customer-statistics-"));
    ASSERT_TRUE(r.body.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = r.body.mid(3).split('\n');
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(
        lines.at(0),
        QByteArray(
            "tenantId,tenantName,machines,gpus,gpuHoursAllocated,gpuHoursUsed,utilizationRatio\r"));
    EXPECT_EQ(lines.at(1), QByteArray::number(f().ownerA.id) + ",\"Acme, Inc.\",2,8,32,8,0.25\r");
    EXPECT_EQ(lines.at(2), QByteArray::number(f().ownerB.id) + ",tenant.b,1,6,24,0,0\r");
    EXPECT_EQ(lines.at(3),
              QByteArray::number(ownerC.id) +
                  ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",0,0,0,0,\r");
    EXPECT_EQ(get(u"/api/admin/statistics/customers?format=xml"_s, f().admin).status, 400);
}

TEST_F(DashboardApi, ResourceStatisticsPerRegionAndModel)
{
    const HttpResult r =
        get(u"/api/admin/statistics/resources?from=%1&to=%2"_s.arg(q(t0), q(t0.addSecs(4 * 3600))),
            f().admin);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject d = dataOf(r);
    EXPECT_EQ(d.value(u"sampleIntervalSeconds"_s).toInt(), 60);
    const QJsonObject north = findBy(d.value(u"byRegion"_s).toArray(), u"region"_s, u"north"_s);
    EXPECT_EQ(north.value(u"machines"_s).toInt(), 2);
    EXPECT_EQ(north.value(u"gpus"_s).toInt(), 8);
    EXPECT_EQ(north.value(u"allocatedGpus"_s).toInt(), 8);
    EXPECT_DOUBLE_EQ(north.value(u"averageUtilization"_s).toDouble(), 50.0);
    EXPECT_DOUBLE_EQ(north.value(u"gpuHoursAllocated"_s).toDouble(), 32.0);
    EXPECT_DOUBLE_EQ(north.value(u"gpuHoursUsed"_s).toDouble(), 8.0);
    const QJsonObject south = findBy(d.value(u"byRegion"_s).toArray(), u"region"_s, u"south"_s);
    EXPECT_EQ(south.value(u"machines"_s).toInt(), 3);
    EXPECT_EQ(south.value(u"gpus"_s).toInt(), 8);
    EXPECT_EQ(south.value(u"allocatedGpus"_s).toInt(), 6);
    EXPECT_TRUE(south.value(u"averageUtilization"_s).isNull());
    EXPECT_DOUBLE_EQ(south.value(u"gpuHoursAllocated"_s).toDouble(),
                     24.0); // old A lease is outside
    EXPECT_DOUBLE_EQ(south.value(u"gpuHoursUsed"_s).toDouble(), 0.0);
    const QJsonArray models = d.value(u"byGpuModel"_s).toArray();
    EXPECT_EQ(models.size(), 3); // H100, L40S, and the GPU-less host under null
    const QJsonObject l40s = findBy(models, u"gpuModel"_s, u"L40S"_s);
    EXPECT_EQ(l40s.value(u"machines"_s).toInt(), 2);
    EXPECT_EQ(l40s.value(u"gpus"_s).toInt(), 8);
    EXPECT_EQ(findBy(models, u"gpuModel"_s, QJsonValue::Null).value(u"machines"_s).toInt(), 1);
    const QJsonObject totals = d.value(u"totals"_s).toObject();
    EXPECT_EQ(totals.value(u"machines"_s).toInt(), 5);
    EXPECT_EQ(totals.value(u"gpus"_s).toInt(), 16);
    EXPECT_EQ(totals.value(u"allocatedGpus"_s).toInt(), 14);
    EXPECT_DOUBLE_EQ(totals.value(u"gpuHoursAllocated"_s).toDouble(), 56.0);
    EXPECT_DOUBLE_EQ(totals.value(u"gpuHoursUsed"_s).toDouble(), 8.0);

    const HttpResult csv = get(u"/api/admin/statistics/resources?format=csv&from=%1&to=%2"_s.arg(
                                   q(t0), q(t0.addSecs(4 * 3600))),
                               f().admin);
    ASSERT_EQ(csv.status, 200);
    ASSERT_TRUE(csv.body.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(csv.body.contains("\r\nregion,north,2,8,8,50,32,8\r\n")) << csv.body.constData();
    EXPECT_TRUE(csv.body.contains("\r\ntotal,,5,16,14,50,56,8\r\n")) << csv.body.constData();
}

TEST_F(DashboardApi, CustomerSeesOnlyItsOwnMachines)
{
    for (const auto &account : {f().ownerA, f().memberA}) {
        const HttpResult r = get(u"/api/customer/machines"_s, account);
        ASSERT_EQ(r.status, 200) << r.body.constData();
        EXPECT_FALSE(r.body.toLower().contains("password"));
        const QJsonObject page = dataOf(r);
        EXPECT_EQ(page.value(u"total"_s).toInt(), 2);
        const QJsonArray list = page.value(u"list"_s).toArray();
        ASSERT_EQ(list.size(), 2);
        const QJsonObject a1 = list.at(0).toObject();
        EXPECT_EQ(a1.value(u"id"_s).toString(), u"n-a1"_s);
        EXPECT_EQ(a1.value(u"region"_s).toString(), u"north"_s);
        EXPECT_EQ(a1.value(u"gpuModel"_s).toString(), u"H100"_s);
        EXPECT_EQ(a1.value(u"gpuCount"_s).toInt(), 4);
        EXPECT_EQ(a1.value(u"publicIp"_s).toString(), u"203.0.113.1"_s);
        EXPECT_EQ(a1.value(u"sshHost"_s).toString(), u"a1.gpu.example"_s);
        EXPECT_EQ(a1.value(u"sshPort"_s).toInt(), 2201);
        EXPECT_EQ(a1.value(u"sshUsername"_s).toString(), u"ubuntu"_s);
        EXPECT_EQ(a1.value(u"sshCommand"_s).toString(), u"ssh -p 2201 ubuntu@a1.gpu.example"_s);
        EXPECT_EQ(a1.value(u"status"_s).toString(), u"online"_s);
        EXPECT_DOUBLE_EQ(a1.value(u"latestGpuUtilization"_s).toDouble(), 50.0);
        const QJsonObject alloc = a1.value(u"allocation"_s).toObject();
        EXPECT_EQ(alloc.value(u"id"_s).toString(), u"alloc-a1"_s);
        EXPECT_EQ(alloc.value(u"startTime"_s).toString(), iso(t0));
        EXPECT_FALSE(alloc.value(u"expiring"_s).toBool());
        const QJsonObject a2 = list.at(1).toObject();
        EXPECT_EQ(a2.value(u"id"_s).toString(), u"n-a2"_s);
        EXPECT_TRUE(a2.value(u"allocation"_s).toObject().value(u"expiring"_s).toBool());
        EXPECT_DOUBLE_EQ(a2.value(u"latestGpuUtilization"_s).toDouble(), 10.0);
    }
    const HttpResult b = get(u"/api/customer/machines"_s, f().ownerB);
    ASSERT_EQ(b.status, 200);
    const QJsonArray bList = dataOf(b).value(u"list"_s).toArray();
    ASSERT_EQ(bList.size(), 1);
    EXPECT_EQ(bList.at(0).toObject().value(u"id"_s).toString(), u"s-b1"_s);
    EXPECT_EQ(bList.at(0).toObject().value(u"status"_s).toString(), u"online"_s);
    EXPECT_TRUE(bList.at(0).toObject().value(u"latestGpuUtilization"_s).isNull());
    // Filters and sorting are whitelisted.
    EXPECT_EQ(dataOf(get(u"/api/customer/machines?sortBy=name&order=desc"_s, f().ownerA))
                  .value(u"list"_s)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(u"id"_s)
                  .toString(),
              u"n-a2"_s);
    EXPECT_EQ(get(u"/api/customer/machines?sortBy=password"_s, f().ownerA).status, 400);
    // An admin on the customer view sees every tenant's held machines.
    EXPECT_EQ(dataOf(get(u"/api/customer/machines"_s, f().admin)).value(u"total"_s).toInt(), 3);
}

TEST_F(DashboardApi, MachineDetailIsTenantScoped)
{
    HttpResult r = get(u"/api/customer/machines/n-a1"_s, f().memberA);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_FALSE(r.body.toLower().contains("password"));
    const QJsonArray gpus = dataOf(r).value(u"gpus"_s).toArray();
    ASSERT_EQ(gpus.size(), 4);
    EXPECT_EQ(gpus.at(3).toObject().value(u"index"_s).toInt(), 3);
    EXPECT_DOUBLE_EQ(gpus.at(3).toObject().value(u"utilization"_s).toDouble(), 50.0);
    // B's machine, a machine nobody holds, and one that does not exist all read as missing.
    for (const QString &id : {u"s-b1"_s, u"s-free"_s, u"nope"_s}) {
        r = get(u"/api/customer/machines/"_s + id, f().ownerA);
        EXPECT_EQ(r.status, 404) << qPrintable(id);
        EXPECT_FALSE(r.body.contains("south")) << qPrintable(id);
    }
    EXPECT_EQ(get(u"/api/customer/machines/n-a1"_s, f().memberB).status, 404);
    EXPECT_EQ(get(u"/api/customer/machines/s-b1"_s, f().memberB).status, 200);
}

TEST_F(DashboardApi, MachineSummaryCountsTheTenant)
{
    const HttpResult r = get(u"/api/customer/machines/summary"_s, f().memberA);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject d = dataOf(r);
    EXPECT_EQ(d.value(u"machines"_s).toInt(), 2);
    EXPECT_EQ(d.value(u"gpus"_s).toInt(), 8);
    EXPECT_EQ(d.value(u"expiringSoon"_s).toInt(), 1);
    EXPECT_DOUBLE_EQ(d.value(u"averageGpuUtilization24h"_s).toDouble(), 50.0);
    const QJsonObject b = dataOf(get(u"/api/customer/machines/summary"_s, f().ownerB));
    EXPECT_EQ(b.value(u"machines"_s).toInt(), 1);
    EXPECT_EQ(b.value(u"gpus"_s).toInt(), 6);
    EXPECT_EQ(b.value(u"expiringSoon"_s).toInt(), 0);
    EXPECT_TRUE(b.value(u"averageGpuUtilization24h"_s).isNull());
}

TEST_F(DashboardApi, CustomerDashboardStats)
{
    HttpResult r = get(u"/api/customer/dashboard/stats"_s, f().ownerA);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    QJsonObject d = dataOf(r);
    EXPECT_EQ(d.value(u"activeAllocations"_s).toInt(), 2);
    EXPECT_EQ(d.value(u"gpus"_s).toInt(), 8);
    EXPECT_EQ(d.value(u"expiringSoon"_s).toInt(), 1);
    EXPECT_EQ(d.value(u"tasksRunning"_s).toInt(), 1);
    EXPECT_EQ(d.value(u"tasksQueued"_s).toInt(), 2);
    EXPECT_EQ(d.value(u"storageUsedBytes"_s).toInteger(), 3345); // the deleted dataset not counted
    EXPECT_EQ(d.value(u"unreadNotifications"_s).toInt(), 2);
    // A member sees the tenant's figures and its own inbox.
    d = dataOf(get(u"/api/customer/dashboard/stats"_s, f().memberA));
    EXPECT_EQ(d.value(u"tasksQueued"_s).toInt(), 2);
    EXPECT_EQ(d.value(u"unreadNotifications"_s).toInt(), 1);
    d = dataOf(get(u"/api/customer/dashboard/stats"_s, f().ownerB));
    EXPECT_EQ(d.value(u"activeAllocations"_s).toInt(), 1);
    EXPECT_EQ(d.value(u"gpus"_s).toInt(), 6);
    EXPECT_EQ(d.value(u"tasksRunning"_s).toInt(), 1);
    EXPECT_EQ(d.value(u"tasksQueued"_s).toInt(), 0);
    EXPECT_EQ(d.value(u"storageUsedBytes"_s).toInteger(), 5);
    EXPECT_EQ(d.value(u"unreadNotifications"_s).toInt(), 0);
}
