// The agent API (/api/agent/*, contract C1), heartbeat ingest, host liveness and the metric
// tables' lifecycle, against a real server on a real database, with the server's clock set.
#include "AuthFixture.h"
#include "Clock.h"
#include "DatabasePool.h"
#include "DatabaseUrl.h"
#include "HostLivenessMonitor.h"
#include "MetricsMaintenance.h"
#include "PgConnection.h"
#include "QtPrinters.h"
#include "SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kEnrollToken = u"site-enrollment-token-for-tests"_s;

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}

// A whole-minute instant well inside the partitions the migration made (it made the week
// before its run and two days ahead).
QDateTime baseTime()
{
    static const QDateTime t = [] {
        QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-3600);
        return QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
    }();
    return t;
}

QJsonObject heartbeat(const QDateTime &at, qint64 sequence, int gpus = 2, double util = 50)
{
    QJsonArray samples;
    QJsonArray health;
    for (int i = 0; i < gpus; ++i) {
        samples.append(QJsonObject{{u"gpuIndex"_s, i},
                                   {u"utilizationPercent"_s, util + i},
                                   {u"memoryUsed"_s, 1000 * (i + 1)},
                                   {u"temperature"_s, 60 + i},
                                   {u"powerDraw"_s, 300.5}});
        health.append(QJsonObject{{u"gpuIndex"_s, i},
                                  {u"uuid"_s, u"GPU-%1"_s.arg(i)},
                                  {u"name"_s, u"NVIDIA H100"_s},
                                  {u"healthy"_s, true}});
    }
    return QJsonObject{
        {u"agentVersion"_s, u"1.0.0"_s},
        {u"sequence"_s, sequence},
        {u"intervalSeconds"_s, 10},
        {u"collectedAt"_s, at.toString(Qt::ISODateWithMs)},
        {u"host"_s,
         QJsonObject{{u"cpuUsagePercent"_s, 12.5}, {u"memoryUsed"_s, 4096}, {u"diskUsed"_s, 8192}}},
        {u"gpus"_s, samples},
        {u"gpuHealth"_s, health},
        {u"bufferedDropped"_s, 0}};
}

class AgentIngest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        fixture =
            AuthFixture::start(u"agent_ingest"_s, {{u"agent-enrollment-token"_s, kEnrollToken}})
                .release();
        fixture->server().clock().setFixed(baseTime());
        adminToken = new QString(fixture->accessToken(fixture->admin));
    }
    static void TearDownTestSuite()
    {
        delete adminToken;
        delete fixture;
        fixture = nullptr;
    }
    AuthFixture &f() { return *fixture; }
    void setNow(const QDateTime &t) { f().server().clock().setFixed(t); }
    void sql(const QString &text)
    {
        const QString error = f().db().exec(text);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    }
    qint64 count(const QString &text) { return f().db().scalar(text).toLongLong(); }

    // A machine with `gpus` GPUs in the inventory, enrolled; its agent token.
    QString registerAndEnroll(const QString &id, const QString &ip, int gpus = 2)
    {
        sql(u"INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu) "
            "VALUES ('%1', '%1', '%2', 8, 64, %3)"_s.arg(id, ip)
                .arg(gpus));
        for (int i = 0; i < gpus; ++i)
            sql(u"INSERT INTO gpus (host_id, index, name) VALUES ('%1', %2, 'H100')"_s.arg(id).arg(
                i));
        const HttpResult r = enroll(kEnrollToken, id);
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return dataOf(r).value(u"agentToken"_s).toString();
    }
    HttpResult enroll(const QString &token, const QString &hostId)
    {
        return f().postJson(u"/api/agent/enroll"_s, {{u"enrollmentToken"_s, token},
                                                     {u"hostId"_s, hostId},
                                                     {u"agentVersion"_s, u"1.0.0"_s}});
    }
    HttpResult post(const QString &token, const QJsonObject &body)
    {
        return f().http().send("POST", u"/api/agent/heartbeat"_s,
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               {{"Content-Type", "application/json"},
                                {"Authorization", "Bearer " + token.toLatin1()}});
    }

    static AuthFixture *fixture;
    static QString *adminToken;
};

AuthFixture *AgentIngest::fixture = nullptr;
QString *AgentIngest::adminToken = nullptr;

TEST_F(AgentIngest, EnrollChecksTokenAndHostAndReplacesTheToken)
{
    sql(u"INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb) "
        "VALUES ('enr-1', 'enr-1', '10.90.0.1', 8, 64)"_s);
    EXPECT_EQ(enroll(u"wrong-token-wrong-token"_s, u"enr-1"_s).status, 401);
    EXPECT_EQ(enroll(kEnrollToken, u"no-such-host"_s).status, 404);
    EXPECT_EQ(f().postJson(u"/api/agent/enroll"_s, {{u"hostId"_s, u"enr-1"_s}}).status, 400);

    const HttpResult first = enroll(kEnrollToken, u"enr-1"_s);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    const QString token1 = dataOf(first).value(u"agentToken"_s).toString();
    EXPECT_GE(token1.size(), 40);
    EXPECT_EQ(dataOf(first).value(u"intervalSeconds"_s).toInt(), 10);
    // Only the hash is kept.
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT agent_token_hash FROM hosts WHERE id = 'enr-1'"_s)
                  .toString()
                  .size(),
              64);
    EXPECT_EQ(count(u"SELECT count(*) FROM hosts WHERE agent_token_hash = '%1'"_s.arg(token1)), 0);

    const QString token2 =
        dataOf(enroll(kEnrollToken, u"enr-1"_s)).value(u"agentToken"_s).toString();
    EXPECT_NE(token1, token2);
    EXPECT_EQ(post(token1, heartbeat(baseTime(), 1)).status, 401); // replaced
    EXPECT_EQ(post(token2, heartbeat(baseTime(), 1)).status, 200);
}

TEST_F(AgentIngest, RotatedEnrollmentTokenIsShownOnceAndReplacesTheOldOne)
{
    sql(u"INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb) "
        "VALUES ('rot-1', 'rot-1', '10.90.1.1', 8, 64)"_s);
    const HttpResult rotated =
        f().postJson(u"/api/admin/agents/enrollment-token"_s, {}, *adminToken);
    ASSERT_EQ(rotated.status, 200) << rotated.body.toStdString();
    const QString fresh = dataOf(rotated).value(u"enrollmentToken"_s).toString();
    EXPECT_EQ(enroll(kEnrollToken, u"rot-1"_s).status, 401);
    EXPECT_EQ(enroll(fresh, u"rot-1"_s).status, 200);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM audit_logs WHERE action = 'agent.enrollment_token.rotate'"_s),
        1);
    // Back to the suite's token for the other tests.
    sql(u"UPDATE system_configs SET config_value = encode(sha256('%1'::bytea), 'hex') "
        "WHERE config_key = 'agent_enrollment_token_sha256'"_s.arg(kEnrollToken));
    // A customer may not rotate it.
    const QString owner = f().accessToken(f().ownerA);
    EXPECT_EQ(f().postJson(u"/api/admin/agents/enrollment-token"_s, {}, owner).status, 403);
}

TEST_F(AgentIngest, HeartbeatStoresRowsAndDuplicatesAreCountedNotStored)
{
    const QString token = registerAndEnroll(u"hb-1"_s, u"10.91.0.1"_s);
    const QDateTime at = baseTime().addSecs(-20);
    const HttpResult r = post(token, heartbeat(at, 7));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(dataOf(r).value(u"accepted"_s).toInt(), 1);
    EXPECT_EQ(dataOf(r).value(u"duplicates"_s).toInt(), 0);
    EXPECT_EQ(dataOf(r).value(u"intervalSeconds"_s).toInt(), 10);
    EXPECT_EQ(count(u"SELECT count(*) FROM host_metrics WHERE host_id = 'hb-1'"_s), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM gpu_metrics WHERE host_id = 'hb-1'"_s), 2);
    EXPECT_DOUBLE_EQ(
        f().db()
            .scalar(u"SELECT utilization_percent FROM gpu_metrics_latest l JOIN gpus g "
                    "ON g.id = l.gpu_id WHERE g.host_id = 'hb-1' AND g.index = 1"_s)
            .toDouble(),
        51.0);
    EXPECT_DOUBLE_EQ(
        f().db()
            .scalar(u"SELECT cpu_usage_percent FROM host_metrics_latest WHERE host_id = 'hb-1'"_s)
            .toDouble(),
        12.5);
    EXPECT_EQ(
        f().db()
            .scalar(u"SELECT status || ' ' || agent_last_sequence || ' ' || agent_interval_seconds "
                    "|| ' ' || used_memory FROM hosts WHERE id = 'hb-1'"_s)
            .toString(),
        u"online 7 10 4096"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM host_status_changes WHERE host_id = 'hb-1' "
                    "AND from_status = 'offline' AND to_status = 'online'"_s),
              1);

    // The agent replays its buffer: the stored heartbeat is a duplicate, the new one is kept, in
    // the body's order.
    const QJsonObject replay{
        {u"heartbeats"_s, QJsonArray{heartbeat(at, 7), heartbeat(at.addSecs(10), 8, 2, 70)}}};
    const HttpResult again = post(token, replay);
    ASSERT_EQ(again.status, 200) << again.body.toStdString();
    EXPECT_EQ(dataOf(again).value(u"accepted"_s).toInt(), 1);
    EXPECT_EQ(dataOf(again).value(u"duplicates"_s).toInt(), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM host_metrics WHERE host_id = 'hb-1'"_s), 2);
    EXPECT_EQ(count(u"SELECT count(*) FROM gpu_metrics WHERE host_id = 'hb-1'"_s), 4);
    EXPECT_DOUBLE_EQ(
        f().db()
            .scalar(u"SELECT utilization_percent FROM gpu_metrics_latest l JOIN gpus g "
                    "ON g.id = l.gpu_id WHERE g.host_id = 'hb-1' AND g.index = 0"_s)
            .toDouble(),
        70.0);
    EXPECT_EQ(count(u"SELECT agent_last_sequence FROM hosts WHERE id = 'hb-1'"_s), 8);
}

TEST_F(AgentIngest, RefusesBadBodiesFutureClocksAndCountsTooOld)
{
    const QString token = registerAndEnroll(u"hb-2"_s, u"10.91.0.2"_s);
    QJsonObject bad = heartbeat(baseTime(), 1);
    bad.insert(u"intervalSeconds"_s, 0);
    const HttpResult invalid = post(token, bad);
    EXPECT_EQ(invalid.status, 400);
    EXPECT_TRUE(invalid.body.contains("intervalSeconds")) << invalid.body.toStdString();

    const HttpResult ahead = post(token, heartbeat(baseTime().addSecs(600), 2));
    EXPECT_EQ(ahead.status, 400);
    EXPECT_TRUE(ahead.body.contains("clock")) << ahead.body.toStdString();

    const HttpResult old = post(token, heartbeat(baseTime().addDays(-30), 3));
    ASSERT_EQ(old.status, 200) << old.body.toStdString();
    EXPECT_EQ(dataOf(old).value(u"tooOld"_s).toInt(), 1);
    EXPECT_EQ(dataOf(old).value(u"accepted"_s).toInt(), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM host_metrics WHERE host_id = 'hb-2'"_s), 0);

    EXPECT_EQ(post(token, {{u"heartbeats"_s, QJsonArray{}}}).status, 400);
}

TEST_F(AgentIngest, TokensAreKeptApartFromUserTokens)
{
    const QString token = registerAndEnroll(u"hb-3"_s, u"10.91.0.3"_s);
    EXPECT_EQ(post(*adminToken, heartbeat(baseTime(), 1)).status, 401);    // a user's token
    EXPECT_EQ(f().getAuthed(u"/api/admin/machines"_s, token).status, 401); // an agent's token
    EXPECT_EQ(f().http()
                  .send("POST", u"/api/agent/heartbeat"_s,
                        QJsonDocument(heartbeat(baseTime(), 1)).toJson(),
                        {{"Content-Type", "application/json"}})
                  .status,
              401);

    ASSERT_EQ(post(token, heartbeat(baseTime(), 1)).status, 200);
    const HttpResult revoked =
        f().postJson(u"/api/admin/machines/hb-3/agent-token/revoke"_s, {}, *adminToken);
    ASSERT_EQ(revoked.status, 200) << revoked.body.toStdString();
    EXPECT_EQ(post(token, heartbeat(baseTime().addSecs(10), 2)).status, 401);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT status || '/' || offline_reason FROM hosts WHERE id = 'hb-3'"_s)
                  .toString(),
              u"offline/agent token revoked"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'machine.agent_token.revoke' "
                    "AND resource_id = 'hb-3'"_s),
              1);
    EXPECT_EQ(
        f().postJson(u"/api/admin/machines/nope/agent-token/revoke"_s, {}, *adminToken).status,
        404);
}

TEST_F(AgentIngest, SilentHostGoesOfflineWithAlertAndComesBack)
{
    const QString token = registerAndEnroll(u"live-1"_s, u"10.92.0.1"_s);
    const QDateTime t0 = baseTime().addSecs(100);
    setNow(t0);
    ASSERT_EQ(post(token, heartbeat(t0, 1)).status, 200);
    const auto status = [&] {
        return f().db().scalar(u"SELECT status FROM hosts WHERE id = 'live-1'"_s).toString();
    };
    sql(u"SELECT remotegpu_detect_offline_hosts(%1)"_s.arg(sqlTime(t0.addSecs(29))));
    EXPECT_EQ(status(), u"online"_s);
    sql(u"SELECT remotegpu_detect_offline_hosts(%1)"_s.arg(sqlTime(t0.addSecs(31))));
    EXPECT_EQ(status(), u"offline"_s);
    EXPECT_EQ(f().db().scalar(u"SELECT offline_reason FROM hosts WHERE id = 'live-1'"_s).toString(),
              u"no heartbeat for 30 s (3 intervals of 10 s)"_s);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM alert_records a JOIN alert_rules r ON r.id = a.rule_id "
            "WHERE r.rule_key = 'host_offline' AND a.resource_id = 'live-1' AND a.status = 'active'"_s),
        1);

    setNow(t0.addSecs(60));
    ASSERT_EQ(post(token, heartbeat(t0.addSecs(60), 2)).status, 200);
    EXPECT_EQ(status(), u"online"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM alert_records a JOIN alert_rules r ON r.id = a.rule_id "
                    "WHERE r.rule_key = 'host_offline' AND a.resource_id = 'live-1' "
                    "AND a.status = 'resolved' AND a.resolved_at IS NOT NULL"_s),
              1);
    // A machine in maintenance stays there, heartbeats still stored.
    sql(u"UPDATE hosts SET status = 'maintenance' WHERE id = 'live-1'"_s);
    sql(u"SELECT remotegpu_detect_offline_hosts(%1)"_s.arg(sqlTime(t0.addSecs(600))));
    EXPECT_EQ(status(), u"maintenance"_s);
    setNow(t0.addSecs(610));
    ASSERT_EQ(post(token, heartbeat(t0.addSecs(610), 3)).status, 200);
    EXPECT_EQ(status(), u"maintenance"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM host_metrics WHERE host_id = 'live-1'"_s), 3);
    setNow(baseTime());
}

TEST_F(AgentIngest, FlappingRaisesOneAlertInsteadOfOnePerChange)
{
    const QString token = registerAndEnroll(u"flap-1"_s, u"10.92.1.1"_s);
    QDateTime t = baseTime().addSecs(200);
    for (int round = 0; round < 4; ++round) {
        setNow(t);
        ASSERT_EQ(post(token, heartbeat(t, round + 1)).status, 200);
        t = t.addSecs(40);
        sql(u"SELECT remotegpu_detect_offline_hosts(%1)"_s.arg(sqlTime(t)));
    }
    EXPECT_TRUE(f().db()
                    .scalar(u"SELECT flapping_since IS NOT NULL FROM hosts WHERE id = 'flap-1'"_s)
                    .toBool());
    EXPECT_EQ(count(u"SELECT count(*) FROM alert_records a JOIN alert_rules r ON r.id = a.rule_id "
                    "WHERE r.rule_key = 'host_flapping' AND a.resource_id = 'flap-1'"_s),
              1);
    // Offline alerts stopped once it was flapping: fewer than its offline changes.
    EXPECT_LT(count(u"SELECT count(*) FROM alert_records a JOIN alert_rules r ON r.id = a.rule_id "
                    "WHERE r.rule_key = 'host_offline' AND a.resource_id = 'flap-1'"_s),
              count(u"SELECT count(*) FROM host_status_changes WHERE host_id = 'flap-1' "
                    "AND to_status = 'offline'"_s));
    // Stable for the window: cleared and its alert resolved.
    sql(u"SELECT remotegpu_detect_offline_hosts(%1)"_s.arg(sqlTime(t.addSecs(16 * 60))));
    EXPECT_TRUE(f().db()
                    .scalar(u"SELECT flapping_since IS NULL FROM hosts WHERE id = 'flap-1'"_s)
                    .toBool());
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM alert_records a JOIN alert_rules r ON r.id = a.rule_id "
            "WHERE r.rule_key = 'host_flapping' AND a.resource_id = 'flap-1' AND a.status = 'resolved'"_s),
        1);
    setNow(baseTime());
}

TEST_F(AgentIngest, UnhealthyGpuRaisesAlertAndMaintenanceWhenAsked)
{
    const QString token = registerAndEnroll(u"sick-1"_s, u"10.93.0.1"_s);
    sql(u"UPDATE system_configs SET config_value = 'true' WHERE config_key = 'gpu_unhealthy_to_maintenance'"_s);
    QJsonObject hb = heartbeat(baseTime().addSecs(-5), 1);
    QJsonArray health = hb.value(u"gpuHealth"_s).toArray();
    QJsonObject sick = health.at(1).toObject();
    sick.insert(u"healthy"_s, false);
    sick.insert(u"xidErrors"_s, QJsonArray{79});
    health.replace(1, sick);
    hb.insert(u"gpuHealth"_s, health);
    ASSERT_EQ(post(token, hb).status, 200);
    sql(u"UPDATE system_configs SET config_value = 'false' WHERE config_key = 'gpu_unhealthy_to_maintenance'"_s);
    EXPECT_EQ(
        f().db()
            .scalar(
                u"SELECT health_status || ': ' || health_reason FROM gpus WHERE host_id = 'sick-1' AND index = 1"_s)
            .toString(),
        u"unhealthy: XID 79"_s);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM alert_records a JOIN alert_rules r ON r.id = a.rule_id "
            "WHERE r.rule_key = 'gpu_unhealthy' AND a.resource_id = 'sick-1/1' AND a.status = 'active'"_s),
        1);
    EXPECT_EQ(f().db().scalar(u"SELECT status FROM hosts WHERE id = 'sick-1'"_s).toString(),
              u"maintenance"_s);
    EXPECT_TRUE(f().db()
                    .scalar(u"SELECT reason FROM host_status_changes WHERE host_id = 'sick-1' "
                            "AND to_status = 'maintenance'"_s)
                    .toString()
                    .contains(u"XID 79"_s));
}

TEST_F(AgentIngest, StoredHeartbeatSendsAMetricsNotification)
{
    const QString token = registerAndEnroll(u"note-1"_s, u"10.94.0.1"_s);
    auto listener = PgConnection::open(f().db().url());
    ASSERT_TRUE(listener.ok());
    ASSERT_TRUE(listener->exec("LISTEN remotegpu_fleet").ok());
    ASSERT_EQ(post(token, heartbeat(baseTime().addSecs(-2), 1)).status, 200);
    QList<QByteArray> payloads;
    for (int i = 0; i < 50; ++i) {
        (void)listener->query("SELECT 1"); // lets libpq read what arrived
        listener->readNotifications(&payloads);
        bool found = false;
        for (const QByteArray &p : std::as_const(payloads))
            found = found || p.contains("\"hostId\":\"note-1\"");
        if (found)
            break;
        QThread::msleep(20);
    }
    QJsonObject metrics;
    for (const QByteArray &p : std::as_const(payloads)) {
        const QJsonObject o = QJsonDocument::fromJson(p).object();
        if (o.value(u"type"_s) == u"metrics"_s && o.value(u"hostId"_s) == u"note-1"_s)
            metrics = o;
    }
    ASSERT_FALSE(metrics.isEmpty());
    EXPECT_EQ(metrics.value(u"gpus"_s).toArray().size(), 2);
    EXPECT_DOUBLE_EQ(metrics.value(u"host"_s).toObject().value(u"cpuUsagePercent"_s).toDouble(),
                     12.5);
}

TEST_F(AgentIngest, RollupsAverageClosedMinutesAndHours)
{
    sql(u"INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb) "
        "VALUES ('roll-1', 'roll-1', '10.95.0.1', 8, 64)"_s);
    sql(u"INSERT INTO gpus (host_id, index, name) VALUES ('roll-1', 0, 'H100')"_s);
    // Two hours ago: six samples in each of two minutes (10 and 30 % / 90 %), nothing else.
    const QDateTime hour = baseTime().addSecs(-2 * 3600);
    sql(u"INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent, temperature, "
        u"collected_at) "
        "SELECT g.id, 'roll-1', CASE WHEN s < 6 THEN 10 + (s % 2) * 20 ELSE 90 END, 50 + s, "
        "%1 + make_interval(secs => s * 10) FROM gpus g, generate_series(0, 11) s "
        "WHERE g.host_id = 'roll-1'"_s.arg(sqlTime(hour)));
    sql(u"UPDATE metric_rollup_progress SET rolled_up_to = %1"_s.arg(sqlTime(hour)));
    // Run twice: the second run changes nothing (idempotent).
    for (int run = 0; run < 2; ++run)
        sql(u"SELECT * FROM remotegpu_rollup_metrics(%1, interval '30 days')"_s.arg(
            sqlTime(baseTime())));
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM gpu_metrics_1m m JOIN gpus g ON g.id = m.gpu_id WHERE g.host_id = 'roll-1'"_s),
        2);
    EXPECT_DOUBLE_EQ(
        f().db()
            .scalar(
                u"SELECT utilization_percent FROM gpu_metrics_1m m JOIN gpus g ON g.id = m.gpu_id "
                "WHERE g.host_id = 'roll-1' AND m.bucket = %1"_s.arg(sqlTime(hour)))
            .toDouble(),
        20.0);
    EXPECT_EQ(count(u"SELECT samples FROM gpu_metrics_1m m JOIN gpus g ON g.id = m.gpu_id "
                    "WHERE g.host_id = 'roll-1' AND m.bucket = %1"_s.arg(sqlTime(hour))),
              6);
    // Busy minutes: mean utilisation above gpu_busy_utilization_percent (10).
    EXPECT_EQ(count(u"SELECT count(*) FROM gpu_metrics_1m m JOIN gpus g ON g.id = m.gpu_id "
                    "WHERE g.host_id = 'roll-1' AND m.utilization_percent > remotegpu_config_int("
                    "'gpu_busy_utilization_percent', 10)"_s),
              2);
    EXPECT_DOUBLE_EQ(
        f().db()
            .scalar(
                u"SELECT utilization_percent || '/' || utilization_max || '/' || samples "
                "FROM gpu_metrics_1h m JOIN gpus g ON g.id = m.gpu_id WHERE g.host_id = 'roll-1'"_s)
            .toString()
            .isEmpty(),
        false);
    EXPECT_EQ(
        f().db()
            .scalar(
                u"SELECT utilization_percent || '/' || utilization_max || '/' || samples "
                "FROM gpu_metrics_1h m JOIN gpus g ON g.id = m.gpu_id WHERE g.host_id = 'roll-1'"_s)
            .toString(),
        u"55/90/12"_s);
    // The hour also counts its reported and busy minutes, at the threshold it used (0028).
    EXPECT_EQ(
        f().db()
            .scalar(u"SELECT reported_minutes || '/' || busy_minutes || '@' || busy_threshold "
                    "FROM gpu_metrics_1h m JOIN gpus g ON g.id = m.gpu_id "
                    "WHERE g.host_id = 'roll-1'"_s)
            .toString(),
        u"2/2@10"_s);
}

TEST_F(AgentIngest, PartitionsAreMadeAheadMovedFromDefaultAndDroppedAfterRetention)
{
    sql(u"INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb) "
        "VALUES ('part-1', 'part-1', '10.96.0.1', 8, 64)"_s);
    // A year back has no partition: the row waits in the default one.
    const QDateTime old = baseTime().addDays(-365);
    sql(u"INSERT INTO host_metrics (host_id, cpu_usage_percent, collected_at) VALUES ('part-1', 1, %1)"_s
            .arg(sqlTime(old)));
    EXPECT_EQ(count(u"SELECT count(*) FROM host_metrics_default WHERE host_id = 'part-1'"_s), 1);
    sql(u"SELECT remotegpu_ensure_partitions('host_metrics', 'collected_at', 'day', %1, 1)"_s.arg(
        sqlTime(old)));
    EXPECT_EQ(count(u"SELECT count(*) FROM host_metrics_default WHERE host_id = 'part-1'"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM host_metrics WHERE host_id = 'part-1'"_s), 1);

    auto url = DatabaseUrl::parse(f().db().url());
    ASSERT_TRUE(url.ok());
    DatabasePool pool(*url, 1);
    Clock clock;
    MetricsMaintenance maintenance(pool, clock);
    auto report = maintenance.runOnce(baseTime(), 1);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    // The year-old day is past the 7-day raw retention: its partition went, the default stayed.
    EXPECT_EQ(count(u"SELECT count(*) FROM host_metrics WHERE host_id = 'part-1'"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM pg_class WHERE relname = 'host_metrics_default'"_s), 1);
    const QString ahead = baseTime().addDays(3).toString(u"yyyyMMdd"_s);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM pg_class WHERE relname = 'gpu_metrics_p%1'"_s.arg(ahead)), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM pg_class WHERE relname = 'gpu_metrics_1h_p%1'"_s.arg(
                  baseTime().addMonths(2).toString(u"yyyyMM"_s))),
              1);
    // Today's partition is kept.
    EXPECT_EQ(count(u"SELECT count(*) FROM pg_class WHERE relname = 'host_metrics_p%1'"_s.arg(
                  baseTime().toString(u"yyyyMMdd"_s))),
              1);

    HostLivenessMonitor monitor(pool, clock);
    EXPECT_TRUE(monitor.checkOnce(baseTime()).ok());
}

// Making and dropping metric partitions runs beside heartbeats, imports and edits that write
// hosts and gpus in either order. A partition that took locks on those tables (as one with
// foreign keys to them does) could deadlock with such a writer, and PostgreSQL would abort one
// side. Each call below is one statement, so the locks it took are still held when pg_locks is
// read after it (the correlated subquery runs once the call has returned).
TEST_F(AgentIngest, MakingAndDroppingMetricPartitionsLocksNoHostOrGpu)
{
    const auto locksOnFleetTablesAfter = [&](const QString &call) {
        return f()
            .db()
            .scalar(uR"sql(
                SELECT coalesce((SELECT string_agg(l.relation::regclass::text || ' ' || l.mode, ', '
                                                   ORDER BY l.relation::regclass::text, l.mode)
                                 FROM pg_locks l
                                 WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation'
                                   AND l.relation IN ('hosts'::regclass, 'gpus'::regclass)
                                   AND made.n >= 0), 'none')
                FROM (SELECT %1 AS n) made)sql"_s.arg(call))
            .toString();
    };
    // January 2001: a month no other test writes, before every partition the tests make.
    for (const char *table : {"host_metrics_1h", "gpu_metrics_1h"}) {
        SCOPED_TRACE(table);
        EXPECT_EQ(
            locksOnFleetTablesAfter(
                u"remotegpu_ensure_partitions('%1', 'bucket', 'month', '2001-01-15Z', 1)"_s.arg(
                    QLatin1String(table))),
            u"none"_s);
        EXPECT_EQ(count(u"SELECT count(*) FROM pg_class WHERE relname = '%1_p200101'"_s.arg(
                      QLatin1String(table))),
                  1);
        EXPECT_EQ(
            locksOnFleetTablesAfter(u"remotegpu_drop_partitions_before('%1', '2001-02-01Z')"_s.arg(
                QLatin1String(table))),
            u"none"_s);
        EXPECT_EQ(count(u"SELECT count(*) FROM pg_class WHERE relname = '%1_p200101'"_s.arg(
                      QLatin1String(table))),
                  0);
    }
}

} // namespace
