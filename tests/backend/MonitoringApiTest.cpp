// The monitoring read side against a real server on a real database: history at the resolution
// the range and step call for (raw, one-minute, one-hour), per-GPU history, the step limit, the
// realtime snapshot and its filters, the customer's own machines only, the Prometheus export
// (parsed by a strict reader of the text format) and a machine's status history. Metric rows are
// inserted directly; ingest is not part of this suite.
#include "AuthFixture.h"
#include "FleetRealtime.h"
#include "GpuMonitoringHistory.h"
#include "HostStatusChange.h"
#include "MachineMonitoring.h"
#include "MetricHistoryPlan.h"
#include "PrometheusExport.h"
#include "QtPrinters.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
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

// 2026-01-10 00:00 UTC and the times the rows below are placed at.
const QString kDay = u"2026-01-10T00:00:00Z"_s;

QString range(const QString &from, const QString &to, int step = 0)
{
    QString q = u"?from="_s + QString::fromLatin1(QUrl::toPercentEncoding(from)) + u"&to="_s +
                QString::fromLatin1(QUrl::toPercentEncoding(to));
    if (step > 0)
        q += u"&step="_s + QString::number(step);
    return q;
}

class MonitoringApi : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        fixture = AuthFixture::start(u"monitoring"_s).release();
        ASSERT_TRUE(fixture);
        AuthFixture &f = *fixture;
        // The server's offline detector runs every 5 s on the real clock: mon-a's last heartbeat
        // lies a day ahead, so it stays online however slowly the suite runs (under the
        // sanitizers it was marked offline halfway through).
        const QString sql = uR"(
INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu, status, last_heartbeat,
                   agent_version, agent_interval_seconds, agent_buffered_dropped)
VALUES ('mon-a', 'MON-A', '10.60.0.1', 32, 256, 2, 'online', date_trunc('second', now()) + interval '1 day', '1.2.0', 10, 0),
       ('mon-b', 'MON-B', '10.60.0.2', 32, 256, 1, 'offline', '2026-01-09T23:00:00Z', '1.1.0', 10, 7),
       ('mon-free', 'MON-FREE', '10.60.0.3', 16, 64, 0, 'online', '2026-01-10T00:02:00Z', NULL, NULL, 0);
UPDATE hosts SET offline_reason = 'no heartbeat for 30 s (3 intervals of 10 s)',
                 flapping_since = '2026-01-09T23:30:00Z' WHERE id = 'mon-b';
INSERT INTO gpus (host_id, index, uuid, name, memory_total_mb)
VALUES ('mon-a', 0, 'GPU-aaaa-0', 'NVIDIA H100 80GB HBM3', 81559),
       ('mon-a', 1, 'GPU-aaaa-1', 'NVIDIA H100 80GB HBM3', 81559),
       ('mon-b', 0, 'GPU-bbbb-0', 'Odd "name" \ with
newline', 46068);
UPDATE gpus SET health_status = 'unhealthy', health_reason = 'XID 79', xid_errors = '{13,79}',
                ecc_uncorrected_errors = 2, row_remap_failure = true WHERE host_id = 'mon-b';
-- Tenant A holds mon-a since 00:01 (the first minute's samples were a previous tenant's), B mon-b.
INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status)
VALUES ('alloc-mon-a', %1, 'mon-a', '2026-01-10T00:01:00Z', now() + interval '10 days', 'active'),
       ('alloc-mon-b', %2, 'mon-b', '2026-01-01T00:00:00Z', now() + interval '10 days', 'active');
-- Raw: one sample every 10 s for two minutes, cpu 0..11; GPU 0 and 1 in the first minute.
INSERT INTO host_metrics (host_id, cpu_usage_percent, memory_usage_percent, gpu_avg_utilization, collected_at)
SELECT 'mon-a', i, 50, 10 * i, TIMESTAMPTZ '2026-01-10T00:00:00Z' + i * interval '10 seconds'
FROM generate_series(0, 11) i;
INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent, memory_used, temperature, power_draw, collected_at)
SELECT g.id, g.host_id, 10 * (i + 1) + g.index, 1000 * (i + 1), 50 + i, 300, TIMESTAMPTZ '2026-01-10T00:00:00Z' + i * interval '10 seconds'
FROM gpus g, generate_series(0, 5) i WHERE g.host_id = 'mon-a';
-- One-minute averages: 00:00 from 6 samples at 50, 00:01 from 2 at 70, 00:07 from 6 at 10.
INSERT INTO host_metrics_1m (host_id, bucket, samples, cpu_usage_percent)
VALUES ('mon-a', '2026-01-10T00:00:00Z', 6, 50), ('mon-a', '2026-01-10T00:01:00Z', 2, 70),
       ('mon-a', '2026-01-10T00:07:00Z', 6, 10);
INSERT INTO gpu_metrics_1m (gpu_id, host_id, bucket, samples, utilization_percent, utilization_max, temperature, temperature_max)
SELECT id, host_id, '2026-01-10T00:00:00Z', 6, 40, 90, 60, 65 FROM gpus WHERE host_id = 'mon-a' AND index = 0;
-- One-hour averages: 00:00 from 360 samples at 33, 01:00 from 120 at 44.
INSERT INTO host_metrics_1h (host_id, bucket, samples, cpu_usage_percent)
VALUES ('mon-a', '2026-01-10T00:00:00Z', 360, 33), ('mon-a', '2026-01-10T01:00:00Z', 120, 44);
-- Latest figures.
INSERT INTO host_metrics_latest (host_id, cpu_usage_percent, cpu_load_1m, memory_usage_percent, memory_used,
                                 memory_available, network_rx_bytes, gpu_avg_utilization, collected_at)
VALUES ('mon-a', 11.25, 3.5, 50, 137438953472, 137438953472, 123456789012, 55.5, '2026-01-10T00:01:50Z'),
       ('mon-b', 1, 0.1, 20, 1, 2, 3, 0, '2026-01-09T23:00:00Z');
INSERT INTO gpu_metrics_latest (gpu_id, host_id, utilization_percent, memory_used, memory_usage_percent,
                                temperature, power_draw, sm_clock, memory_clock, collected_at)
SELECT id, host_id, 60.5 + index, 40000 + index, 49.1, 61 + index, 301.25, 1980, 2619, '2026-01-10T00:01:50Z'
FROM gpus WHERE host_id = 'mon-a';
INSERT INTO host_status_changes (host_id, from_status, to_status, reason, changed_at)
VALUES ('mon-b', NULL, 'online', 'first heartbeat', '2026-01-09T20:00:00Z'),
       ('mon-b', 'online', 'offline', 'no heartbeat for 30 s (3 intervals of 10 s)', '2026-01-09T23:00:30Z'),
       ('mon-b', 'offline', 'online', 'heartbeat', '2026-01-09T22:00:00Z');
)"_s.arg(f.ownerA.id)
                                .arg(f.ownerB.id);
        ASSERT_EQ(f.db().exec(sql), QString());
        adminToken = new QString(f.accessToken(f.admin));
        ownerAToken = new QString(f.accessToken(f.ownerA));
    }
    static void TearDownTestSuite()
    {
        delete adminToken;
        delete ownerAToken;
        delete fixture;
        fixture = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(fixture); }

    static AuthFixture *fixture;
    static QString *adminToken;
    static QString *ownerAToken;
    AuthFixture &f() { return *fixture; }

    MachineMonitoring history(const QString &path, const QString &token)
    {
        const HttpResult r = f().getAuthed(path, token);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        auto m = MachineMonitoring::fromJson(dataOf(r));
        EXPECT_TRUE(m.ok()) << (m ? "" : qPrintable(m.error().message));
        return m ? *m : MachineMonitoring{};
    }
    HttpResult scrape(const QByteArray &authorization)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        return f().http().get(u"/metrics/fleet"_s, headers);
    }
};
AuthFixture *MonitoringApi::fixture = nullptr;
QString *MonitoringApi::adminToken = nullptr;
QString *MonitoringApi::ownerAToken = nullptr;

TEST(MetricHistoryPlanTest, PicksTheTableByRangeAndStep)
{
    const QDateTime to = QDateTime::fromString(kDay, Qt::ISODate);
    auto plan = [&](qint64 rangeSeconds, std::optional<int> step) {
        return MetricHistoryPlan::choose(to.addSecs(-rangeSeconds), to, step);
    };
    EXPECT_EQ(plan(3600, {})->resolution, MachineMonitoring::Raw);
    EXPECT_EQ(plan(3600, {})->stepSeconds, 10) << "no finer than the agent's interval";
    EXPECT_EQ(plan(6 * 3600, 60)->resolution, MachineMonitoring::Raw);
    EXPECT_EQ(plan(8 * 3600, 30)->resolution, MachineMonitoring::Raw) << "a step under a minute";
    EXPECT_EQ(plan(8 * 3600, 60)->resolution, MachineMonitoring::OneMinute);
    EXPECT_EQ(plan(7 * 86400, {})->resolution, MachineMonitoring::OneMinute);
    EXPECT_EQ(plan(7 * 86400, {})->stepSeconds % 60, 0);
    EXPECT_EQ(plan(7 * 86400 + 1, {})->resolution, MachineMonitoring::OneHour);
    EXPECT_EQ(plan(30 * 86400, 1800)->stepSeconds, 3600) << "rounded up to whole hours";
    EXPECT_EQ(plan(86400, 90)->stepSeconds, 120) << "rounded up to whole minutes";
    EXPECT_FALSE(plan(0, {}).ok());
    EXPECT_FALSE(plan(-60, {}).ok());
    EXPECT_FALSE(plan(800LL * 86400, {}).ok());
    auto tooFine = plan(86400, 43);
    ASSERT_FALSE(tooFine.ok());
    EXPECT_TRUE(tooFine.error().message.contains(u"44 s"_s)) << qPrintable(tooFine.error().message);
    EXPECT_TRUE(plan(86400, 44).ok());
    // The customer route's older `minutes` keeps raw samples, as it always read them.
    QUrlQuery legacy(u"minutes=1440"_s);
    auto day = MetricHistoryPlan::fromQuery(legacy, to);
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(day->resolution, MachineMonitoring::Raw);
    EXPECT_EQ(day->from.secsTo(day->to), 86400);
}

TEST_F(MonitoringApi, ShortRangeReadsRawSamplesAveragedPerStep)
{
    const MachineMonitoring m = history(u"/api/admin/machines/mon-a/monitoring"_s +
                                            range(kDay, u"2026-01-10T01:00:00Z"_s, 60),
                                        *adminToken);
    EXPECT_EQ(m.resolution, MachineMonitoring::Raw);
    EXPECT_EQ(m.stepSeconds, 60);
    ASSERT_EQ(m.series.size(), 2);
    EXPECT_EQ(m.series[0].time, QDateTime::fromString(kDay, Qt::ISODate));
    EXPECT_DOUBLE_EQ(*m.series[0].cpuUsagePercent, 2.5); // mean of 0..5
    EXPECT_DOUBLE_EQ(*m.series[1].cpuUsagePercent, 8.5); // mean of 6..11
    EXPECT_DOUBLE_EQ(*m.series[1].gpuAvgUtilization, 85.0);
    EXPECT_FALSE(m.series[0].gpuAvgTemperature.has_value());
    ASSERT_EQ(m.gpuSeries.size(), 2);
    EXPECT_EQ(m.gpuSeries[1].index, 1);
    EXPECT_EQ(m.gpuSeries[1].uuid, u"GPU-aaaa-1"_s);
    ASSERT_EQ(m.gpuSeries[0].points.size(), 1);
    EXPECT_DOUBLE_EQ(*m.gpuSeries[0].points[0].utilizationPercent, 35.0); // 10..60
    EXPECT_DOUBLE_EQ(*m.gpuSeries[0].points[0].utilizationMax, 60.0);
    EXPECT_DOUBLE_EQ(*m.gpuSeries[1].points[0].utilizationPercent, 36.0);
    EXPECT_DOUBLE_EQ(*m.gpuSeries[0].points[0].memoryUsedMb, 3500.0);
    ASSERT_EQ(m.gpus.size(), 2) << "each GPU's newest raw sample stays in the answer";
    EXPECT_DOUBLE_EQ(*m.gpus[0].utilization, 60.0);

    const MachineMonitoring fine = history(u"/api/admin/machines/mon-a/monitoring"_s +
                                               range(kDay, u"2026-01-10T00:02:00Z"_s, 30),
                                           *adminToken);
    ASSERT_EQ(fine.series.size(), 4);
    EXPECT_DOUBLE_EQ(*fine.series[1].cpuUsagePercent, 4.0); // 3, 4, 5
}

TEST_F(MonitoringApi, DayRangeReadsOneMinuteAveragesWeightedBySamples)
{
    const MachineMonitoring m = history(u"/api/admin/machines/mon-a/monitoring"_s +
                                            range(kDay, u"2026-01-11T00:00:00Z"_s, 300),
                                        *adminToken);
    EXPECT_EQ(m.resolution, MachineMonitoring::OneMinute);
    EXPECT_EQ(m.stepSeconds, 300);
    ASSERT_EQ(m.series.size(), 2);
    EXPECT_DOUBLE_EQ(*m.series[0].cpuUsagePercent, 55.0); // (6×50 + 2×70) / 8
    EXPECT_EQ(m.series[1].time, QDateTime::fromString(u"2026-01-10T00:05:00Z"_s, Qt::ISODate));
    EXPECT_DOUBLE_EQ(*m.series[1].cpuUsagePercent, 10.0);
    ASSERT_EQ(m.gpuSeries.size(), 2);
    ASSERT_EQ(m.gpuSeries[0].points.size(), 1);
    EXPECT_DOUBLE_EQ(*m.gpuSeries[0].points[0].utilizationMax, 90.0);
    EXPECT_DOUBLE_EQ(*m.gpuSeries[0].points[0].temperatureMax, 65.0);
    EXPECT_TRUE(m.gpuSeries[1].points.isEmpty()) << "GPU 1 has no one-minute rows";
}

TEST_F(MonitoringApi, MonthRangeReadsOneHourAverages)
{
    const MachineMonitoring m =
        history(u"/api/admin/machines/mon-a/monitoring"_s +
                    range(u"2026-01-01T00:00:00Z"_s, u"2026-01-31T00:00:00Z"_s, 3 * 3600),
                *adminToken);
    EXPECT_EQ(m.resolution, MachineMonitoring::OneHour);
    EXPECT_EQ(m.stepSeconds, 3 * 3600);
    ASSERT_EQ(m.series.size(), 1);
    EXPECT_DOUBLE_EQ(*m.series[0].cpuUsagePercent, 35.75); // (360×33 + 120×44) / 480
}

TEST_F(MonitoringApi, StepTooSmallForTheRangeIs400NamingTheSmallestStep)
{
    const HttpResult r = f().getAuthed(u"/api/admin/machines/mon-a/monitoring"_s +
                                           range(kDay, u"2026-01-11T00:00:00Z"_s, 10),
                                       *adminToken);
    ASSERT_EQ(r.status, 400);
    EXPECT_TRUE(r.json().value(u"message"_s).toString().contains(u"smallest allowed step"_s));
    EXPECT_TRUE(r.json().value(u"message"_s).toString().contains(u"44 s"_s)) << r.body.constData();
    EXPECT_EQ(f().getAuthed(u"/api/admin/machines/mon-a/monitoring"_s +
                                range(u"2026-01-11T00:00:00Z"_s, kDay),
                            *adminToken)
                  .status,
              400)
        << "from after to";
    EXPECT_EQ(
        f().getAuthed(u"/api/admin/machines/mon-a/monitoring?from=yesterday"_s, *adminToken).status,
        400);
    EXPECT_EQ(f().getAuthed(u"/api/admin/machines/nope/monitoring"_s, *adminToken).status, 404);
    EXPECT_EQ(f().getAuthed(u"/api/admin/machines/mon-a/monitoring"_s, *ownerAToken).status, 403);
}

TEST_F(MonitoringApi, OneGpusHistory)
{
    const HttpResult r = f().getAuthed(u"/api/admin/machines/mon-a/gpus/1/monitoring"_s +
                                           range(kDay, u"2026-01-10T00:10:00Z"_s, 20),
                                       *adminToken);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    auto h = GpuMonitoringHistory::fromJson(dataOf(r));
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(h->index, 1);
    EXPECT_EQ(h->uuid, u"GPU-aaaa-1"_s);
    EXPECT_EQ(h->resolution, MachineMonitoring::Raw);
    ASSERT_EQ(h->points.size(), 3);
    EXPECT_DOUBLE_EQ(*h->points[0].utilizationPercent, 16.0); // 11, 21
    EXPECT_DOUBLE_EQ(*h->points[2].temperature, 54.5);        // 54, 55
    EXPECT_DOUBLE_EQ(*h->points[2].temperatureMax, 55.0);
    EXPECT_EQ(f().getAuthed(u"/api/admin/machines/mon-a/gpus/7/monitoring"_s, *adminToken).status,
              404);
    EXPECT_EQ(f().getAuthed(u"/api/admin/machines/mon-a/gpus/x/monitoring"_s, *adminToken).status,
              404);
    EXPECT_EQ(f().getAuthed(u"/api/admin/machines/nope/gpus/0/monitoring"_s, *adminToken).status,
              404);
}

TEST_F(MonitoringApi, CustomerSeesOnlyItsOwnMachineSinceItsAllocation)
{
    const MachineMonitoring m = history(u"/api/customer/machines/mon-a/monitoring"_s +
                                            range(kDay, u"2026-01-10T01:00:00Z"_s, 60),
                                        *ownerAToken);
    EXPECT_EQ(m.from, QDateTime::fromString(u"2026-01-10T00:01:00Z"_s, Qt::ISODate))
        << "moved up to the allocation's start";
    ASSERT_EQ(m.series.size(), 1) << "the first minute was the previous tenant's";
    EXPECT_DOUBLE_EQ(*m.series[0].cpuUsagePercent, 8.5);
    EXPECT_EQ(m.resolution, MachineMonitoring::Raw);
    ASSERT_EQ(m.gpuSeries.size(), 2);
    EXPECT_TRUE(m.gpuSeries[0].points.isEmpty()) << "GPU samples all predate the allocation";

    EXPECT_EQ(f().getAuthed(u"/api/customer/machines/mon-b/monitoring"_s +
                                range(kDay, u"2026-01-10T01:00:00Z"_s),
                            *ownerAToken)
                  .status,
              404);
    EXPECT_EQ(f().getAuthed(u"/api/customer/machines/mon-b/processes"_s, *ownerAToken).status, 404);
    EXPECT_EQ(f().getAuthed(u"/api/customer/machines/mon-a/monitoring"_s +
                                range(kDay, u"2026-01-11T00:00:00Z"_s, 10),
                            *ownerAToken)
                  .status,
              400);
}

TEST_F(MonitoringApi, RealtimeFiltersAndShape)
{
    const HttpResult all = f().getAuthed(u"/api/admin/monitoring/realtime"_s, *adminToken);
    ASSERT_EQ(all.status, 200) << all.body.constData();
    EXPECT_EQ(dataOf(all).value(u"gpuColumns"_s).toArray().size(), RealtimeGpu::columns().size());
    EXPECT_TRUE(dataOf(all)
                    .value(u"hosts"_s)
                    .toArray()[0]
                    .toObject()
                    .value(u"gpus"_s)
                    .toArray()[0]
                    .isArray())
        << "GPUs are rows of cells";
    auto fleet = FleetRealtime::fromJson(dataOf(all));
    ASSERT_TRUE(fleet.ok()) << qPrintable(fleet.error().message);
    QStringList ids;
    for (const RealtimeHost &h : fleet->hosts)
        ids << h.hostId;
    EXPECT_EQ(ids, (QStringList{u"mon-a"_s, u"mon-b"_s, u"mon-free"_s}));
    const RealtimeHost &a = fleet->hosts[0];
    EXPECT_DOUBLE_EQ(*a.cpuUsagePercent, 11.25);
    EXPECT_EQ(*a.memoryUsed, 137438953472LL);
    EXPECT_EQ(a.tenantId, f().ownerA.id);
    ASSERT_EQ(a.gpus.size(), 2);
    EXPECT_DOUBLE_EQ(*a.gpus[1].utilizationPercent, 61.5);
    EXPECT_EQ(*a.gpus[1].smClock, 1980);
    EXPECT_EQ(a.gpus[1].uuid, u"GPU-aaaa-1"_s);
    const RealtimeHost &b = fleet->hosts[1];
    EXPECT_EQ(b.status, u"offline"_s);
    EXPECT_EQ(b.offlineReason, u"no heartbeat for 30 s (3 intervals of 10 s)"_s);
    EXPECT_TRUE(b.flappingSince.isValid());
    EXPECT_EQ(b.unhealthyGpus, 1);
    ASSERT_EQ(b.gpus.size(), 1);
    EXPECT_EQ(b.gpus[0].xidErrors, (QList<int>{13, 79}));
    EXPECT_TRUE(b.gpus[0].rowRemapFailure);
    EXPECT_FALSE(b.gpus[0].collectedAt.isValid());

    auto idsOf = [&](const QString &query) {
        const HttpResult r =
            f().getAuthed(u"/api/admin/monitoring/realtime"_s + query, *adminToken);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        QStringList out;
        for (const QJsonValue &h : dataOf(r).value(u"hosts"_s).toArray())
            out << h.toObject().value(u"hostId"_s).toString();
        return out;
    };
    EXPECT_EQ(idsOf(u"?hosts=mon-b,mon-free"_s), (QStringList{u"mon-b"_s, u"mon-free"_s}));
    EXPECT_EQ(idsOf(u"?status=offline"_s), (QStringList{u"mon-b"_s}));
    EXPECT_EQ(idsOf(u"?status=online"_s), (QStringList{u"mon-a"_s, u"mon-free"_s}));
    EXPECT_EQ(idsOf(u"?tenant="_s + QString::number(f().ownerA.id)), (QStringList{u"mon-a"_s}));
    EXPECT_EQ(idsOf(u"?hosts=mon-a&status=offline"_s), QStringList());
    EXPECT_EQ(f().getAuthed(u"/api/admin/monitoring/realtime?status=gone"_s, *adminToken).status,
              400);
    EXPECT_EQ(f().getAuthed(u"/api/admin/monitoring/realtime?tenant=x"_s, *adminToken).status, 400);
    EXPECT_EQ(f().getAuthed(u"/api/admin/monitoring/realtime"_s, *ownerAToken).status, 403);
}

TEST_F(MonitoringApi, StatusHistoryNewestFirst)
{
    const HttpResult r =
        f().getAuthed(u"/api/admin/machines/mon-b/status-history?limit=2"_s, *adminToken);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray list = dataOf(r).value(u"list"_s).toArray();
    ASSERT_EQ(list.size(), 2);
    auto first = HostStatusChange::fromJson(list[0].toObject());
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->toStatus, u"offline"_s);
    EXPECT_EQ(first->fromStatus, u"online"_s);
    EXPECT_EQ(first->reason, u"no heartbeat for 30 s (3 intervals of 10 s)"_s);
    EXPECT_EQ(list[1].toObject().value(u"reason"_s).toString(), u"heartbeat"_s);
    EXPECT_EQ(f().getAuthed(u"/api/admin/machines/mon-a/status-history"_s, *adminToken).status,
              200);
    EXPECT_EQ(f().getAuthed(u"/api/admin/machines/nope/status-history"_s, *adminToken).status, 404);
    EXPECT_EQ(
        f().getAuthed(u"/api/admin/machines/mon-b/status-history?limit=0"_s, *adminToken).status,
        400);
}

TEST_F(MonitoringApi, MachineListCarriesAgentStateAndFiltersAgentProblems)
{
    const QString filter =
        QString::fromLatin1(QUrl::toPercentEncoding(u"{\"agentProblems\":true}"_s));
    const HttpResult r = f().getAuthed(u"/api/admin/machines?filters="_s + filter, *adminToken);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray list = dataOf(r).value(u"list"_s).toArray();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject b = list[0].toObject();
    EXPECT_EQ(b.value(u"id"_s).toString(), u"mon-b"_s);
    EXPECT_EQ(b.value(u"unhealthyGpus"_s).toInt(), 1);
    EXPECT_EQ(b.value(u"offlineReason"_s).toString(),
              u"no heartbeat for 30 s (3 intervals of 10 s)"_s);
    EXPECT_EQ(b.value(u"flappingSince"_s).toString(), u"2026-01-09T23:30:00.000Z"_s);
    EXPECT_EQ(b.value(u"agentVersion"_s).toString(), u"1.1.0"_s);
    EXPECT_EQ(b.value(u"agentBufferedDropped"_s).toInt(), 7);
    EXPECT_EQ(b.value(u"agentIntervalSeconds"_s).toInt(), 10);
    const QString healthy =
        QString::fromLatin1(QUrl::toPercentEncoding(u"{\"agentProblems\":false}"_s));
    const HttpResult ok = f().getAuthed(
        u"/api/admin/machines?sortBy=lastHeartbeat&order=desc&filters="_s + healthy, *adminToken);
    ASSERT_EQ(ok.status, 200);
    EXPECT_EQ(dataOf(ok).value(u"total"_s).toInt(), 2);
    const QString wrong =
        QString::fromLatin1(QUrl::toPercentEncoding(u"{\"agentProblems\":\"maybe\"}"_s));
    EXPECT_EQ(f().getAuthed(u"/api/admin/machines?filters="_s + wrong, *adminToken).status, 400);
}

// A strict reader of the Prometheus text format 0.0.4: every line is a HELP, a TYPE or a sample
// of a family whose TYPE came before; names and labels as the format allows; values numbers.
struct Exposition
{
    QMap<QString, double> samples; // "name{labels as written}" → value
    QMap<QString, QString> types;
    QStringList errors;

    static QString parseLabels(const QString &text, int &pos, QStringList &errors,
                               QMap<QString, QString> &labels)
    {
        static const QRegularExpression name(u"\\G[a-zA-Z_][a-zA-Z0-9_]*"_s);
        while (pos < text.size() && text[pos] != u'}') {
            const auto m = name.match(text, pos);
            if (!m.hasMatch())
                return u"bad label name"_s;
            const QString key = m.captured();
            pos += int(key.size());
            if (text.mid(pos, 2) != u"=\"")
                return u"label without =\""_s;
            pos += 2;
            QString value;
            for (;; ++pos) {
                if (pos >= text.size())
                    return u"unterminated label value"_s;
                const QChar c = text[pos];
                if (c == u'"')
                    break;
                if (c == u'\n')
                    return u"raw newline in label value"_s;
                if (c == u'\\') {
                    const QChar next = pos + 1 < text.size() ? text[pos + 1] : QChar();
                    if (next == u'\\' || next == u'"')
                        value += next;
                    else if (next == u'n')
                        value += u'\n';
                    else
                        return u"bad escape"_s;
                    ++pos;
                } else {
                    value += c;
                }
            }
            ++pos; // closing quote
            if (labels.contains(key))
                return u"label twice"_s;
            labels.insert(key, value);
            if (pos < text.size() && text[pos] == u',')
                ++pos;
        }
        Q_UNUSED(errors);
        return pos < text.size() ? QString() : u"unterminated labels"_s;
    }

    static Exposition parse(const QByteArray &body)
    {
        Exposition e;
        static const QRegularExpression metric(u"^[a-zA-Z_:][a-zA-Z0-9_:]*"_s);
        static const QSet<QString> kinds{u"counter"_s, u"gauge"_s, u"histogram"_s, u"summary"_s,
                                         u"untyped"_s};
        if (!body.endsWith('\n'))
            e.errors << u"the body must end with a newline"_s;
        const QStringList lines = QString::fromUtf8(body).split(u'\n');
        QSet<QString> helped;
        for (qsizetype i = 0; i + 1 < lines.size() || (i < lines.size() && !lines[i].isEmpty());
             ++i) {
            const QString &line = lines[i];
            const QString where = u"line %1: "_s.arg(i + 1);
            if (line.startsWith(u"# HELP "_s) || line.startsWith(u"# TYPE "_s)) {
                const QStringList parts = line.mid(7).split(u' ');
                if (parts.size() < 2 || !metric.match(parts[0]).hasMatch()) {
                    e.errors << where + u"bad comment"_s;
                    continue;
                }
                if (line.startsWith(u"# TYPE "_s)) {
                    if (parts.size() != 2 || !kinds.contains(parts[1]) ||
                        e.types.contains(parts[0]))
                        e.errors << where + u"bad or repeated TYPE"_s;
                    e.types.insert(parts[0], parts[1]);
                } else if (helped.contains(parts[0])) {
                    e.errors << where + u"repeated HELP"_s;
                }
                helped.insert(parts[0]);
                continue;
            }
            if (line.isEmpty() || line.startsWith(u'#')) {
                e.errors << where + u"unexpected line"_s;
                continue;
            }
            const auto m = metric.match(line);
            if (!m.hasMatch()) {
                e.errors << where + u"bad metric name"_s;
                continue;
            }
            const QString name = m.captured();
            if (!e.types.contains(name))
                e.errors << where + u"sample before its TYPE"_s;
            int pos = int(name.size());
            QMap<QString, QString> labels;
            if (pos < line.size() && line[pos] == u'{') {
                ++pos;
                const QString error = parseLabels(line, pos, e.errors, labels);
                if (!error.isEmpty()) {
                    e.errors << where + error;
                    continue;
                }
                ++pos; // }
            }
            if (pos >= line.size() || line[pos] != u' ') {
                e.errors << where + u"no space before the value"_s;
                continue;
            }
            bool ok = false;
            const double value = line.mid(pos + 1).toDouble(&ok);
            if (!ok) {
                e.errors << where + u"value is not a number"_s;
                continue;
            }
            QStringList key;
            for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                key << it.key() + u'=' + it.value();
            const QString id = name + u'{' + key.join(u',') + u'}';
            if (e.samples.contains(id))
                e.errors << where + u"sample twice"_s;
            e.samples.insert(id, value);
        }
        return e;
    }
};

TEST(PrometheusExportTest, EscapesLabelValues)
{
    EXPECT_EQ(PrometheusExport::escapeLabelValue(u"a\\b\"c\nd"_s), u"a\\\\b\\\"c\\nd"_s);
}

TEST_F(MonitoringApi, FleetMetricsAreValidTextEqualToTheDatabase)
{
    ASSERT_EQ(f().db().exec(u"DELETE FROM system_configs WHERE config_key = 'metrics_token'"_s),
              QString());
    EXPECT_EQ(scrape("Bearer anything").status, 404) << "no token configured: export off";
    ASSERT_EQ(f().db().exec(u"INSERT INTO system_configs (config_key, config_value, config_type, "
                            "description, is_public) VALUES ('metrics_token', 'scrape-me', "
                            "'string', 'test', false)"_s),
              QString());
    const HttpResult none = scrape({});
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(none.header("WWW-Authenticate"), QByteArray("Bearer realm=\"metrics\""));
    EXPECT_EQ(scrape("Bearer scrape-mE").status, 401);
    EXPECT_EQ(scrape("scrape-me").status, 401);

    const HttpResult r = scrape("Bearer scrape-me");
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/plain; version=0.0.4"));
    const Exposition e = Exposition::parse(r.body);
    EXPECT_TRUE(e.errors.isEmpty()) << qPrintable(e.errors.join(u'\n'));

    const QString tenantA =
        f().db()
            .scalar(u"SELECT tenant_display_name(company, display_name, username) FROM customers "
                    "WHERE id = %1"_s.arg(f().ownerA.id))
            .toString();
    auto gpu = [&](const QString &name, const QString &host, int index) -> QString {
        const QString uuid = host == u"mon-a" ? u"GPU-aaaa-%1"_s.arg(index) : u"GPU-bbbb-0"_s;
        const QString model =
            host == u"mon-a" ? u"NVIDIA H100 80GB HBM3"_s : u"Odd \"name\" \\ with\nnewline"_s;
        const QString tenant =
            host == u"mon-a"
                ? tenantA
                : f().db()
                      .scalar(u"SELECT tenant_display_name(company, display_name, username) FROM "
                              "customers WHERE id = %1"_s.arg(f().ownerB.id))
                      .toString();
        return name + u"{UUID="_s + uuid + u",gpu="_s + QString::number(index) + u",host="_s +
               host + u",modelName="_s + model + u",tenant="_s + tenant + u'}';
    };
    auto value = [&](const QString &id) {
        EXPECT_TRUE(e.samples.contains(id)) << qPrintable(id);
        return e.samples.value(id, -1);
    };
    for (int index : {0, 1}) {
        const QString where = u"FROM gpu_metrics_latest m JOIN gpus g ON g.id = m.gpu_id "
                              "WHERE g.host_id = 'mon-a' AND g.index = %1"_s.arg(index);
        EXPECT_EQ(value(gpu(u"DCGM_FI_DEV_GPU_UTIL"_s, u"mon-a"_s, index)),
                  f().db().scalar(u"SELECT m.utilization_percent "_s + where).toDouble());
        EXPECT_EQ(value(gpu(u"DCGM_FI_DEV_FB_USED"_s, u"mon-a"_s, index)),
                  f().db().scalar(u"SELECT m.memory_used "_s + where).toDouble());
        EXPECT_EQ(value(gpu(u"DCGM_FI_DEV_GPU_TEMP"_s, u"mon-a"_s, index)),
                  f().db().scalar(u"SELECT m.temperature "_s + where).toDouble());
        EXPECT_EQ(value(gpu(u"DCGM_FI_DEV_POWER_USAGE"_s, u"mon-a"_s, index)), 301.25);
        EXPECT_EQ(value(gpu(u"DCGM_FI_DEV_SM_CLOCK"_s, u"mon-a"_s, index)), 1980);
        EXPECT_EQ(value(gpu(u"DCGM_FI_DEV_MEM_CLOCK"_s, u"mon-a"_s, index)), 2619);
    }
    // The unhealthy card of mon-b: escaped model name, latched XID and row-remap failure.
    EXPECT_EQ(value(gpu(u"DCGM_FI_DEV_XID_ERRORS"_s, u"mon-b"_s, 0)), 79);
    EXPECT_EQ(value(gpu(u"DCGM_FI_DEV_ROW_REMAP_FAILURE"_s, u"mon-b"_s, 0)), 1);
    EXPECT_EQ(value(gpu(u"remotegpu_gpu_healthy"_s, u"mon-b"_s, 0)), 0);
    EXPECT_FALSE(e.samples.contains(gpu(u"DCGM_FI_DEV_GPU_UTIL"_s, u"mon-b"_s, 0)))
        << "no figures, no sample";

    auto host = [&](const QString &name, const QString &id, const QString &tenant) -> QString {
        return name + u"{host="_s + id + u",tenant="_s + tenant + u'}';
    };
    EXPECT_EQ(value(host(u"remotegpu_host_up"_s, u"mon-a"_s, tenantA)), 1);
    EXPECT_EQ(value(host(u"remotegpu_host_up"_s, u"mon-free"_s, {})), 1);
    EXPECT_EQ(
        value(host(u"remotegpu_host_last_heartbeat_seconds"_s, u"mon-a"_s, tenantA)),
        f().db()
            .scalar(u"SELECT extract(epoch FROM last_heartbeat) FROM hosts WHERE id = 'mon-a'"_s)
            .toDouble());
    EXPECT_EQ(value(host(u"remotegpu_node_cpu_usage_percent"_s, u"mon-a"_s, tenantA)), 11.25);
    EXPECT_EQ(value(host(u"node_load1"_s, u"mon-a"_s, tenantA)), 3.5);
    EXPECT_EQ(value(host(u"node_network_receive_bytes_total"_s, u"mon-a"_s, tenantA)),
              123456789012.0);
    EXPECT_EQ(e.types.value(u"node_network_receive_bytes_total"_s), u"counter"_s);
    EXPECT_EQ(e.types.value(u"DCGM_FI_DEV_GPU_UTIL"_s), u"gauge"_s);
    ASSERT_EQ(f().db().exec(u"DELETE FROM system_configs WHERE config_key = 'metrics_token'"_s),
              QString());
}

} // namespace
