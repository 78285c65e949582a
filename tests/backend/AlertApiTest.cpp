// The alert rule engine end to end: the evaluator of sql/0023 at injected times (duration, once
// per incident, auto-resolve, data gaps, scope), the fleet events and notifications its trigger
// writes, and the alert and rule routes for every role.
#include "AuthFixture.h"
#include "QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}

// The field of the answer's first field error.
QString firstErrorField(const HttpResult &r)
{
    return dataOf(r).value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString();
}

const QDateTime T0 = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);

class Alerts : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        fixture = AuthFixture::start(u"alerts"_s).release();
        ASSERT_TRUE(fixture);
        AuthFixture &f = *fixture;
        // al-a is tenant A's (from T0 - 1 day to far ahead), al-b tenant B's, al-free nobody's.
        ASSERT_EQ(f.db().exec(uR"(
INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu, status, agent_interval_seconds)
VALUES ('al-a', 'AL-A', '10.60.0.1', 32, 256, 2, 'online', 10), ('al-b', 'AL-B', '10.60.0.2', 32, 256, 1, 'online', 10),
       ('al-free', 'AL-FREE', '10.60.0.3', 32, 256, 0, 'online', 10);
INSERT INTO gpus (host_id, index, name, memory_total_mb) VALUES ('al-a', 0, 'L40S', 46068), ('al-a', 1, 'L40S', 46068), ('al-b', 0, 'L40S', 46068);
INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status)
VALUES ('alloc-al-a', %1, 'al-a', now() - interval '1 day', '2031-01-01', 'active'),
       ('alloc-al-b', %2, 'al-b', now() - interval '1 day', '2031-01-01', 'active');
-- The built-in rules stay out of the way of these tests.
UPDATE alert_rules SET enabled = false WHERE rule_key IS NOT NULL;
)"_s.arg(f.ownerA.id)
                                  .arg(f.ownerB.id)),
                  QString());
    }
    static void TearDownTestSuite()
    {
        delete fixture;
        fixture = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(fixture);
        ASSERT_EQ(f().db().exec(u"DELETE FROM alert_records; DELETE FROM alert_conditions; "
                                u"DELETE FROM alert_rules WHERE rule_key IS NULL; "
                                u"DELETE FROM host_metrics_latest; DELETE FROM gpu_metrics_latest; "
                                u"DELETE FROM notifications"_s),
                  QString());
    }
    static AuthFixture *fixture;
    AuthFixture &f() { return *fixture; }

    qint64 rule(const QString &metric, double threshold, int duration, const QString &scopeSql = {})
    {
        return f()
            .db()
            .scalar(
                u"INSERT INTO alert_rules (name, metric_type, threshold, comparison, duration, "
                u"severity%1) VALUES ('Test %2', '%2', %3, 'gt', %4, 'critical'%5) RETURNING id"_s
                    .arg(scopeSql.isEmpty() ? QString() : u", tenant_id, host_id"_s, metric)
                    .arg(threshold)
                    .arg(duration)
                    .arg(scopeSql.isEmpty() ? QString() : u", "_s + scopeSql))
            .toLongLong();
    }
    // One heartbeat's figures at T0 + `second` s, then the evaluation ingest runs after it.
    void cpuAt(const QString &host, double cpu, int second)
    {
        setCpu(host, cpu, second);
        ASSERT_EQ(f().db().exec(u"SELECT remotegpu_evaluate_host_alerts('%1', '%2')"_s.arg(
                      host, T0.addSecs(second).toString(Qt::ISODate))),
                  QString());
    }
    // The batch ingest's evaluation: several hosts at once, each at its own time.
    void evaluateTogether(const QList<std::pair<QString, int>> &hostsAtSecond)
    {
        QStringList hosts, ats;
        for (const auto &[host, second] : hostsAtSecond) {
            hosts.append(u"'%1'"_s.arg(host));
            ats.append(u"'%1'"_s.arg(T0.addSecs(second).toString(Qt::ISODate)));
        }
        ASSERT_EQ(
            f().db().exec(u"SELECT remotegpu_evaluate_alerts(ARRAY[%1]::varchar[], "
                          u"ARRAY[%2]::timestamptz[])"_s.arg(hosts.join(u","_s), ats.join(u","_s))),
            QString());
    }
    void setCpu(const QString &host, double cpu, int second)
    {
        ASSERT_EQ(f().db().exec(
                      u"INSERT INTO host_metrics_latest (host_id, cpu_usage_percent, collected_at) "
                      u"VALUES ('%1', %2, '%3') ON CONFLICT (host_id) DO UPDATE SET "
                      u"cpu_usage_percent = EXCLUDED.cpu_usage_percent, collected_at = "
                      u"EXCLUDED.collected_at"_s.arg(host)
                          .arg(cpu)
                          .arg(T0.addSecs(second).toString(Qt::ISODate))),
                  QString());
    }
    qint64 count(const QString &where)
    {
        return f().db().scalar(u"SELECT count(*) FROM alert_records WHERE "_s + where).toLongLong();
    }
};
AuthFixture *Alerts::fixture = nullptr;

TEST_F(Alerts, ASpikeShorterThanTheDurationDoesNotFire)
{
    rule(u"cpu_usage_percent"_s, 80, 60);
    for (int s = 0; s <= 30; s += 10)
        cpuAt(u"al-free"_s, 95, s);
    cpuAt(u"al-free"_s, 20, 40);
    for (int s = 50; s <= 80; s += 10)
        cpuAt(u"al-free"_s, 95, s); // a second 30 s spike: the duration starts again
    EXPECT_EQ(count(u"true"_s), 0);
}

TEST_F(Alerts, ALongConditionFiresOnceAndResolvesWhenItClears)
{
    const qint64 id = rule(u"cpu_usage_percent"_s, 80, 60);
    for (int s = 0; s <= 50; s += 10)
        cpuAt(u"al-free"_s, 95, s);
    EXPECT_EQ(count(u"true"_s), 0);
    cpuAt(u"al-free"_s, 96, 60);
    EXPECT_EQ(count(u"status = 'active'"_s), 1);
    for (int s = 70; s <= 90; s += 10)
        cpuAt(u"al-free"_s, 97, s);
    EXPECT_EQ(count(u"true"_s), 1) << "once per incident";
    EXPECT_TRUE(f().db()
                    .scalar(u"SELECT triggered_at = '%1' FROM alert_records"_s.arg(
                        T0.addSecs(60).toString(Qt::ISODate)))
                    .toBool());
    EXPECT_EQ(f().db().scalar(u"SELECT rule_id FROM alert_records"_s).toLongLong(), id);

    cpuAt(u"al-free"_s, 30, 100);
    EXPECT_EQ(count(u"status = 'resolved' AND resolved_by IS NULL AND message LIKE "
                    u"'%auto-resolved%' AND resolved_at = '"_s +
                    T0.addSecs(100).toString(Qt::ISODate) + u"'"_s),
              1);
}

TEST_F(Alerts, HostsEvaluatedTogetherFareAsEachAloneAtItsOwnTime)
{
    rule(u"cpu_usage_percent"_s, 80, 20);
    for (int s = 0; s <= 10; s += 10) {
        setCpu(u"al-a"_s, 95, s);
        setCpu(u"al-free"_s, 95, s + 5);
        evaluateTogether({{u"al-a"_s, s}, {u"al-free"_s, s + 5}});
    }
    setCpu(u"al-a"_s, 95, 20);
    setCpu(u"al-free"_s, 30, 25);
    evaluateTogether({{u"al-a"_s, 20}, {u"al-free"_s, 25}});
    EXPECT_EQ(count(u"host_id = 'al-a' AND status = 'active' AND triggered_at = '%1'"_s.arg(
                  T0.addSecs(20).toString(Qt::ISODate))),
              1);
    EXPECT_EQ(count(u"host_id = 'al-free'"_s), 0) << "it held 10 s of its 20";
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT count(*) FROM alert_conditions WHERE host_id = 'al-free'"_s)
                  .toLongLong(),
              0);

    setCpu(u"al-a"_s, 10, 30);
    setCpu(u"al-free"_s, 95, 35);
    evaluateTogether({{u"al-a"_s, 30}, {u"al-free"_s, 35}});
    EXPECT_EQ(count(u"host_id = 'al-a' AND status = 'resolved' AND resolved_at = '%1'"_s.arg(
                  T0.addSecs(30).toString(Qt::ISODate))),
              1);
    EXPECT_TRUE(
        f().db()
            .scalar(u"SELECT since = '%1' FROM alert_conditions WHERE host_id = 'al-free'"_s.arg(
                T0.addSecs(35).toString(Qt::ISODate)))
            .toBool());
}

TEST_F(Alerts, AGapInTheDataRestartsTheDuration)
{
    rule(u"cpu_usage_percent"_s, 80, 60);
    cpuAt(u"al-free"_s, 95, 0);
    cpuAt(u"al-free"_s, 95, 10);
    // 30 s without a heartbeat (more than 2 × 10 s): the condition did not provably hold.
    for (int s = 40; s <= 90; s += 10)
        cpuAt(u"al-free"_s, 95, s);
    EXPECT_EQ(count(u"true"_s), 0) << "90 s after the start, but only 50 s since the gap";
    cpuAt(u"al-free"_s, 95, 100);
    EXPECT_EQ(count(u"true"_s), 1) << "60 s of data after the gap";
}

TEST_F(Alerts, ResolvedByHandWhileStillBreachedDoesNotFireAgain)
{
    rule(u"cpu_usage_percent"_s, 80, 0);
    cpuAt(u"al-free"_s, 95, 0);
    ASSERT_EQ(count(u"true"_s), 1);
    ASSERT_EQ(
        f().db().exec(u"UPDATE alert_records SET status = 'resolved', resolved_at = '%1'"_s.arg(
            T0.addSecs(5).toString(Qt::ISODate))),
        QString());
    cpuAt(u"al-free"_s, 95, 10);
    EXPECT_EQ(count(u"true"_s), 1);
    cpuAt(u"al-free"_s, 10, 20);
    cpuAt(u"al-free"_s, 95, 30);
    EXPECT_EQ(count(u"true"_s), 2) << "a new incident fires";
}

TEST_F(Alerts, RuleScopesLimitWhichHostsAreWatched)
{
    rule(u"cpu_usage_percent"_s, 80, 0,
         u"%1, NULL"_s.arg(f().ownerA.id));                 // tenant A's machines
    rule(u"cpu_usage_percent"_s, 90, 0, u"NULL, 'al-b'"_s); // host al-b only
    for (const QString &host : {u"al-a"_s, u"al-b"_s, u"al-free"_s})
        cpuAt(host, 85, 0);
    EXPECT_EQ(count(u"host_id = 'al-a'"_s), 1);
    EXPECT_EQ(count(u"host_id = 'al-a' AND tenant_id = %1"_s.arg(f().ownerA.id)), 1);
    EXPECT_EQ(count(u"host_id = 'al-b'"_s), 0) << "85 is not over the host rule's 90";
    EXPECT_EQ(count(u"host_id = 'al-free'"_s), 0);
    cpuAt(u"al-b"_s, 95, 10);
    EXPECT_EQ(count(u"host_id = 'al-b'"_s), 1);
}

TEST_F(Alerts, GpuRulesWatchEachGpu)
{
    rule(u"gpu_temperature"_s, 85, 0);
    ASSERT_EQ(
        f().db().exec(u"INSERT INTO gpu_metrics_latest (gpu_id, host_id, temperature, "
                      u"collected_at) SELECT id, host_id, 80 + 10 * index, '%1' FROM gpus "
                      u"WHERE host_id = 'al-a'; SELECT remotegpu_evaluate_host_alerts('al-a', "
                      u"'%1')"_s.arg(T0.toString(Qt::ISODate))),
        QString());
    EXPECT_EQ(count(u"resource_type = 'gpu' AND resource_id = 'al-a/1'"_s), 1);
    EXPECT_EQ(count(u"true"_s), 1);
}

TEST_F(Alerts, ChangesAreSentAsFleetEventsAndNotifyTheTenantOwner)
{
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(f().db().connection(), u"alert-listener"_s);
    ASSERT_TRUE(listener.open());
    ASSERT_TRUE(listener.driver()->subscribeToNotification(u"remotegpu_fleet"_s));
    QSignalSpy events(listener.driver(),
                      qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                          &QSqlDriver::notification));
    // Only the alert events: the server's offline detector may send host_status events on the
    // same channel meanwhile (these hosts report no heartbeats), more so on a slow machine.
    const auto alertEvents = [&] {
        QList<QJsonObject> alerts;
        for (const QList<QVariant> &e : std::as_const(events)) {
            const QJsonObject o = QJsonDocument::fromJson(e.at(2).toString().toUtf8()).object();
            if (o.value(u"type"_s) == u"alert"_s)
                alerts.append(o);
        }
        return alerts;
    };
    rule(u"cpu_usage_percent"_s, 80, 0);
    cpuAt(u"al-a"_s, 95, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alertEvents().isEmpty(); }, 5000));
    const QJsonObject fired = alertEvents().first();
    EXPECT_EQ(fired.value(u"type"_s), u"alert"_s);
    EXPECT_EQ(fired.value(u"event"_s), u"fired"_s);
    EXPECT_EQ(fired.value(u"hostId"_s), u"al-a"_s);
    EXPECT_EQ(fired.value(u"tenantId"_s).toInteger(), f().ownerA.id);
    EXPECT_EQ(fired.value(u"severity"_s), u"critical"_s);
    EXPECT_EQ(fired.value(u"at"_s), u"2030-01-01T00:00:00.000Z"_s);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT count(*) FROM notifications WHERE customer_id = %1 AND type = "
                          u"'alert' AND level = 'critical'"_s.arg(f().ownerA.id))
                  .toLongLong(),
              1);
    cpuAt(u"al-a"_s, 10, 10);
    ASSERT_TRUE(QTest::qWaitFor([&] { return alertEvents().size() >= 2; }, 5000));
    EXPECT_EQ(alertEvents().at(1).value(u"event"_s), u"resolved"_s);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT count(*) FROM notifications WHERE customer_id = %1"_s.arg(
                      f().ownerA.id))
                  .toLongLong(),
              2);
    listener.close();
}

TEST_F(Alerts, AcknowledgeAndResolveFollowTheStatesAndAreAudited)
{
    rule(u"cpu_usage_percent"_s, 80, 0);
    cpuAt(u"al-a"_s, 95, 0);
    const qint64 id = f().db().scalar(u"SELECT id FROM alert_records"_s).toLongLong();
    const QString admin = f().accessToken(f().admin);
    const QString path = u"/api/admin/alerts/%1"_s.arg(id);

    const HttpResult list = f().getAuthed(
        u"/api/admin/alerts?filters=%7B%22status%22:%22active%22%7D&sortBy=severity&order=desc"_s,
        admin);
    ASSERT_EQ(list.status, 200) << list.body.constData();
    ASSERT_EQ(dataOf(list).value(u"total"_s).toInt(), 1);
    const QJsonObject listed = dataOf(list).value(u"list"_s).toArray().first().toObject();
    EXPECT_EQ(listed.value(u"tenantName"_s).toString().isEmpty(), false);
    EXPECT_EQ(listed.value(u"hostName"_s), u"AL-A"_s);

    HttpResult ack = f().postJson(path + u"/ack"_s, {}, admin);
    ASSERT_EQ(ack.status, 200) << ack.body.constData();
    EXPECT_EQ(dataOf(ack).value(u"status"_s), u"acknowledged"_s);
    EXPECT_EQ(dataOf(ack).value(u"acknowledgedBy"_s).toInteger(), f().admin.id);
    EXPECT_EQ(f().postJson(path + u"/ack"_s, {}, admin).status, 409);

    HttpResult resolved =
        f().postJson(path + u"/resolve"_s, {{u"note"_s, u"fan replaced"_s}}, admin);
    ASSERT_EQ(resolved.status, 200) << resolved.body.constData();
    EXPECT_EQ(dataOf(resolved).value(u"status"_s), u"resolved"_s);
    EXPECT_EQ(dataOf(resolved).value(u"resolutionNote"_s), u"fan replaced"_s);
    const HttpResult again = f().postJson(path + u"/resolve"_s, {}, admin);
    EXPECT_EQ(again.status, 409);
    EXPECT_TRUE(again.json().value(u"message"_s).toString().contains(u"already resolved"_s));
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT count(*) FROM audit_logs WHERE resource_type = 'alert' AND "
                          u"resource_id = '%1' AND action IN ('alert.acknowledge', "
                          u"'alert.resolve') AND tenant_id = %2"_s.arg(id)
                              .arg(f().ownerA.id))
                  .toLongLong(),
              2);
}

TEST_F(Alerts, CustomersSeeAndAcknowledgeOnlyTheirOwnAlerts)
{
    rule(u"cpu_usage_percent"_s, 80, 0);
    cpuAt(u"al-a"_s, 95, 0);
    cpuAt(u"al-b"_s, 95, 0);
    const qint64 alertA =
        f().db().scalar(u"SELECT id FROM alert_records WHERE host_id = 'al-a'"_s).toLongLong();
    const HttpResult listA = f().getAuthed(u"/api/customer/alerts"_s, f().accessToken(f().memberA));
    ASSERT_EQ(listA.status, 200);
    EXPECT_EQ(dataOf(listA).value(u"total"_s).toInt(), 1);
    EXPECT_EQ(f().getAuthed(u"/api/admin/alerts"_s, f().accessToken(f().ownerA)).status, 403);

    const QString path = u"/api/customer/alerts/%1/ack"_s.arg(alertA);
    EXPECT_EQ(f().postJson(path, {}, f().accessToken(f().memberA)).status, 403);
    EXPECT_EQ(f().postJson(path, {}, f().accessToken(f().ownerB)).status, 404);
    EXPECT_EQ(f().postJson(path, {}, f().accessToken(f().ownerA)).status, 200);
}

TEST_F(Alerts, AdminsWriteRulesOfAnyScope)
{
    const QString admin = f().accessToken(f().admin);
    HttpResult created = f().postJson(u"/api/admin/alert-rules"_s,
                                      {{u"name"_s, u"Hot GPUs of A"_s},
                                       {u"metricType"_s, u"gpu_temperature"_s},
                                       {u"comparison"_s, u"gt"_s},
                                       {u"threshold"_s, 80},
                                       {u"duration"_s, 120},
                                       {u"severity"_s, u"critical"_s},
                                       {u"scope"_s, u"tenant"_s},
                                       {u"tenantId"_s, f().ownerA.id}},
                                      admin);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const qint64 id = dataOf(created).value(u"id"_s).toInteger();
    EXPECT_EQ(dataOf(created).value(u"scope"_s), u"tenant"_s);
    EXPECT_EQ(
        f().db().scalar(u"SELECT created_by FROM alert_rules WHERE id = %1"_s.arg(id)).toLongLong(),
        f().admin.id);

    HttpResult badMetric = f().postJson(
        u"/api/admin/alert-rules"_s,
        {{u"name"_s, u"x"_s}, {u"metricType"_s, u"fan_speed"_s}, {u"threshold"_s, 1}}, admin);
    EXPECT_EQ(badMetric.status, 400);
    EXPECT_EQ(firstErrorField(badMetric), u"metricType"_s);
    HttpResult badPercent = f().postJson(
        u"/api/admin/alert-rules"_s,
        {{u"name"_s, u"x"_s}, {u"metricType"_s, u"cpu_usage_percent"_s}, {u"threshold"_s, 150}},
        admin);
    EXPECT_EQ(firstErrorField(badPercent), u"threshold"_s);

    HttpResult edited = f().http().send(
        "PUT", u"/api/admin/alert-rules/%1"_s.arg(id),
        QJsonDocument(QJsonObject{{u"enabled"_s, false}, {u"threshold"_s, 88}}).toJson(),
        {{"Authorization", "Bearer " + admin.toLatin1()}, {"Content-Type", "application/json"}});
    ASSERT_EQ(edited.status, 200) << edited.body.constData();
    EXPECT_EQ(dataOf(edited).value(u"threshold"_s).toDouble(), 88.0);
    EXPECT_EQ(dataOf(edited).value(u"enabled"_s), false);
    EXPECT_EQ(dataOf(edited).value(u"name"_s), u"Hot GPUs of A"_s);

    const qint64 builtIn =
        f().db()
            .scalar(u"SELECT id FROM alert_rules WHERE rule_key = 'gpu_temperature_high'"_s)
            .toLongLong();
    const auto send = [&](const QByteArray &method, qint64 rule, const QJsonObject &body) {
        return f().http().send(method, u"/api/admin/alert-rules/%1"_s.arg(rule),
                               QJsonDocument(body).toJson(),
                               {{"Authorization", "Bearer " + admin.toLatin1()},
                                {"Content-Type", "application/json"}});
    };
    EXPECT_EQ(send("PUT", builtIn, {{u"threshold"_s, 90}}).status, 200);
    EXPECT_EQ(send("PUT", builtIn, {{u"metricType"_s, u"cpu_usage_percent"_s}}).status, 400);
    EXPECT_EQ(send("DELETE", builtIn, {}).status, 409);
    EXPECT_EQ(send("DELETE", id, {}).status, 200);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT count(*) FROM audit_logs WHERE resource_type = 'alert_rule' "
                          u"AND resource_id = '%1'"_s.arg(id))
                  .toLongLong(),
              3);
}

TEST_F(Alerts, OwnersWriteRulesOnlyForTheirOwnMachines)
{
    const QString owner = f().accessToken(f().ownerA);
    const auto create = [&](const QJsonObject &scope) {
        QJsonObject body{{u"name"_s, u"Mine"_s},
                         {u"metricType"_s, u"cpu_usage_percent"_s},
                         {u"threshold"_s, 90}};
        for (auto it = scope.begin(); it != scope.end(); ++it)
            body.insert(it.key(), it.value());
        return f().postJson(u"/api/customer/alert-rules"_s, body, owner);
    };
    HttpResult mine = create({{u"scope"_s, u"host"_s}, {u"hostId"_s, u"al-a"_s}});
    ASSERT_EQ(mine.status, 201) << mine.body.constData();
    EXPECT_EQ(dataOf(mine).value(u"tenantId"_s).toInteger(), f().ownerA.id);
    HttpResult theirs = create({{u"scope"_s, u"host"_s}, {u"hostId"_s, u"al-b"_s}});
    EXPECT_EQ(theirs.status, 400);
    EXPECT_EQ(firstErrorField(theirs), u"hostId"_s);
    EXPECT_EQ(firstErrorField(create({{u"scope"_s, u"all"_s}})), u"scope"_s);
    EXPECT_EQ(firstErrorField(create({{u"scope"_s, u"tenant"_s}, {u"tenantId"_s, f().ownerB.id}})),
              u"tenantId"_s);
    EXPECT_EQ(create({{u"scope"_s, u"tenant"_s}}).status, 201);

    const HttpResult memberList =
        f().getAuthed(u"/api/customer/alert-rules"_s, f().accessToken(f().memberA));
    EXPECT_EQ(dataOf(memberList).value(u"total"_s).toInt(), 2);
    EXPECT_EQ(f().postJson(u"/api/customer/alert-rules"_s, {{u"name"_s, u"x"_s}},
                           f().accessToken(f().memberA))
                  .status,
              403);
    const HttpResult otherList =
        f().getAuthed(u"/api/customer/alert-rules"_s, f().accessToken(f().ownerB));
    EXPECT_EQ(dataOf(otherList).value(u"total"_s).toInt(), 0);
    const qint64 id = dataOf(mine).value(u"id"_s).toInteger();
    EXPECT_EQ(f().http()
                  .send("DELETE", u"/api/customer/alert-rules/%1"_s.arg(id), {},
                        {{"Authorization", "Bearer " + f().accessToken(f().ownerB).toLatin1()}})
                  .status,
              404);
}

} // namespace
