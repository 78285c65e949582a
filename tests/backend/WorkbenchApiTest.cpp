// The workbench read views: a held machine's monitoring and tasks, recent tasks, active alerts —
// each limited to the caller's tenant, and to what happened since its allocation began.
#include "AuthFixture.h"
#include "QtPrinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}
QJsonArray arrayOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toArray();
}

class Workbench : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        fixture = AuthFixture::start(u"workbench"_s).release();
        ASSERT_TRUE(fixture);
        AuthFixture &f = *fixture;
        const QString sql = uR"(
INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu, status)
VALUES ('wb-a', 'WB-A', '10.50.0.1', 32, 256, 2, 'online'), ('wb-b', 'WB-B', '10.50.0.2', 32, 256, 1, 'online');
INSERT INTO gpus (host_id, index, name, memory_total_mb) VALUES ('wb-a', 0, 'L40S', 46068), ('wb-a', 1, 'L40S', 46068), ('wb-b', 0, 'L40S', 46068);
INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status)
VALUES ('alloc-wb-old', %2, 'wb-a', now() - interval '10 hours', now() - interval '2 hours', 'expired'),
       ('alloc-wb-a', %1, 'wb-a', now() - interval '2 hours', now() + interval '10 days', 'active'),
       ('alloc-wb-b', %2, 'wb-b', now() - interval '1 day', now() + interval '10 days', 'active');
-- One sample while tenant B had the machine, two since tenant A has it.
INSERT INTO host_metrics (host_id, cpu_usage_percent, gpu_avg_utilization, collected_at)
VALUES ('wb-a', 99, 99, now() - interval '3 hours'), ('wb-a', 40, 70, now() - interval '30 minutes'),
       ('wb-a', 45, 75, now() - interval '10 minutes');
INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent, temperature, collected_at)
SELECT id, host_id, 80 + index, 60, now() - interval '5 minutes' FROM gpus WHERE host_id = 'wb-a';
INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent, temperature, collected_at)
SELECT id, host_id, 11, 40, now() - interval '3 hours' FROM gpus WHERE host_id = 'wb-a' AND index = 1;
INSERT INTO tasks (id, customer_id, host_id, name, command, status, created_at)
VALUES ('task-wb-old-b', %2, 'wb-a', 'B earlier run', 'python b.py', 'succeeded', now() - interval '5 hours'),
       ('task-wb-a1', %3, 'wb-a', 'A training', 'python train.py', 'running', now() - interval '1 hour'),
       ('task-wb-a2', %1, 'wb-a', 'A eval', 'python eval.py', 'queued', now() - interval '5 minutes'),
       ('task-wb-b1', %4, 'wb-b', 'B job', 'python b.py', 'running', now());
INSERT INTO alert_records (rule_id, customer_id, host_id, resource_type, resource_id, metric_type, current_value, threshold, severity, status, message)
SELECT r.id, c.customer_id, c.host_id, 'host', c.host_id || ':' || c.message, 'gpu_temperature', 90, 85, c.severity, c.status, c.message
FROM alert_rules r, (VALUES (%1::bigint, 'wb-a', 'warning', 'firing', 'A hot'), (%2::bigint, 'wb-b', 'critical', 'active', 'B hot'),
                            (NULL::bigint, 'wb-b', 'info', 'active', 'platform'), (%1::bigint, 'wb-a', 'warning', 'resolved', 'A old')) AS c(customer_id, host_id, severity, status, message)
WHERE r.rule_key = 'gpu_temperature_high';
)"_s.arg(f.ownerA.id)
                                .arg(f.ownerB.id)
                                .arg(f.memberA.id)
                                .arg(f.memberB.id);
        ASSERT_EQ(f.db().exec(sql), QString());
    }
    static void TearDownTestSuite()
    {
        delete fixture;
        fixture = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(fixture); }
    static AuthFixture *fixture;
    AuthFixture &f() { return *fixture; }
};
AuthFixture *Workbench::fixture = nullptr;

} // namespace

TEST_F(Workbench, MonitoringShowsOnlyWhatHappenedSinceTheTenantsAllocation)
{
    const HttpResult r = f().getAuthed(u"/api/customer/machines/wb-a/monitoring?minutes=1440"_s,
                                       f().accessToken(f().memberA));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray series = dataOf(r).value(u"series"_s).toArray();
    ASSERT_EQ(series.size(), 2) << "the sample from tenant B's time must not show";
    EXPECT_EQ(series[0].toObject().value(u"cpuUsagePercent"_s).toDouble(), 40.0);
    EXPECT_EQ(series[1].toObject().value(u"gpuAvgUtilization"_s).toDouble(), 75.0);
    const QJsonArray gpus = dataOf(r).value(u"gpus"_s).toArray();
    ASSERT_EQ(gpus.size(), 2);
    EXPECT_EQ(gpus[0].toObject().value(u"utilization"_s).toDouble(), 80.0);
    EXPECT_EQ(gpus[1].toObject().value(u"utilization"_s).toDouble(), 81.0);
    for (const QJsonValue &point : series)
        EXPECT_NE(point.toObject().value(u"cpuUsagePercent"_s).toDouble(), 99.0);
}

TEST_F(Workbench, MonitoringWindowAndScope)
{
    const QString owner = f().accessToken(f().ownerA);
    const HttpResult narrow =
        f().getAuthed(u"/api/customer/machines/wb-a/monitoring?minutes=15"_s, owner);
    ASSERT_EQ(narrow.status, 200);
    EXPECT_EQ(dataOf(narrow).value(u"series"_s).toArray().size(), 1);
    EXPECT_EQ(f().getAuthed(u"/api/customer/machines/wb-b/monitoring"_s, owner).status, 404);
    EXPECT_EQ(f().getAuthed(u"/api/customer/machines/nope/monitoring"_s, owner).status, 404);
    EXPECT_EQ(f().getAuthed(u"/api/customer/machines/wb-a/monitoring?minutes=0"_s, owner).status,
              400);
    EXPECT_EQ(f().getAuthed(u"/api/customer/machines/wb-a/monitoring?minutes=abc"_s, owner).status,
              400);
}

TEST_F(Workbench, MachineTasksAreTheTenantsOwn)
{
    const HttpResult r =
        f().getAuthed(u"/api/customer/machines/wb-a/tasks"_s, f().accessToken(f().ownerA));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray list = dataOf(r).value(u"list"_s).toArray();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].toObject().value(u"id"_s).toString(), u"task-wb-a2"_s) << "newest first";
    EXPECT_EQ(list[1].toObject().value(u"id"_s).toString(), u"task-wb-a1"_s);
    EXPECT_EQ(dataOf(r).value(u"total"_s).toInt(), 2);
    const QString filter =
        QString::fromLatin1(QUrl::toPercentEncoding(u"{\"status\":\"running\"}"_s));
    const HttpResult running = f().getAuthed(
        u"/api/customer/machines/wb-a/tasks?filters="_s + filter, f().accessToken(f().ownerA));
    ASSERT_EQ(running.status, 200);
    EXPECT_EQ(dataOf(running).value(u"total"_s).toInt(), 1);
    EXPECT_EQ(
        f().getAuthed(u"/api/customer/machines/wb-b/tasks"_s, f().accessToken(f().ownerA)).status,
        404);
}

TEST_F(Workbench, RecentTasksStayInTheTenant)
{
    const HttpResult a =
        f().getAuthed(u"/api/customer/tasks/recent"_s, f().accessToken(f().memberA));
    ASSERT_EQ(a.status, 200) << a.body.constData();
    QStringList ids;
    for (const QJsonValue &t : arrayOf(a))
        ids << t.toObject().value(u"id"_s).toString();
    EXPECT_EQ(ids, (QStringList{u"task-wb-a2"_s, u"task-wb-a1"_s}));
    const HttpResult admin =
        f().getAuthed(u"/api/customer/tasks/recent"_s, f().accessToken(f().admin));
    ASSERT_EQ(admin.status, 200);
    EXPECT_EQ(arrayOf(admin).size(), 4);
}

TEST_F(Workbench, ActiveAlertsByTenantAndNeverResolvedOnes)
{
    const HttpResult admin =
        f().getAuthed(u"/api/admin/alerts/active"_s, f().accessToken(f().admin));
    ASSERT_EQ(admin.status, 200) << admin.body.constData();
    QStringList messages;
    for (const QJsonValue &a : arrayOf(admin))
        messages << a.toObject().value(u"message"_s).toString();
    messages.sort();
    EXPECT_EQ(messages, (QStringList{u"A hot"_s, u"B hot"_s, u"platform"_s}));

    for (const auto *account : {&f().ownerA, &f().memberA}) {
        const HttpResult mine =
            f().getAuthed(u"/api/admin/alerts/active"_s, f().accessToken(*account));
        ASSERT_EQ(mine.status, 200);
        ASSERT_EQ(arrayOf(mine).size(), 1) << qPrintable(account->username);
        EXPECT_EQ(arrayOf(mine)[0].toObject().value(u"message"_s).toString(), u"A hot"_s);
        EXPECT_EQ(arrayOf(mine)[0].toObject().value(u"status"_s).toString(), u"active"_s)
            << "firing reads as active";
    }
}
