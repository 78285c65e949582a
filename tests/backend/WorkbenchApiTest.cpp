// The workbench read views: a held machine's monitoring, GPU processes and tasks, recent tasks,
// active alerts — each limited to the caller's tenant, and to what happened since its allocation
// began.
#include "AuthFixture.h"
#include "DatabaseUrl.h"
#include "HostProcessRepository.h"
#include "JsonWriter.h"
#include "Permission.h"
#include "QtPrinters.h"
#include "Router.h"
#include "SqlSession.h"
#include "ThreadDbState.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QThread>

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <thread>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace remotegpu {
// Failures print a process as its JSON.
inline void PrintTo(const GpuProcess &p, std::ostream *os)
{
    *os << QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact).toStdString();
}
} // namespace remotegpu

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
VALUES ('wb-a', 'WB-A', '10.50.0.1', 32, 256, 2, 'online'), ('wb-b', 'WB-B', '10.50.0.2', 32, 256, 1, 'online'),
       ('wb-idle', 'WB-IDLE', '10.50.0.3', 32, 256, 1, 'online');
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
        // The statements report() prepared on this thread's connection go before the database.
        if (fixture)
            ThreadDbState::current().statements.remove(fixture->db().connection().connectionName());
        delete fixture;
        fixture = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(fixture);
        // Each test starts with no process report: a later one left by another test would make
        // this test's reports "older than stored".
        ASSERT_EQ(
            f().db().exec(u"DELETE FROM host_processes; DELETE FROM host_process_snapshots"_s),
            QString());
    }
    static AuthFixture *fixture;
    AuthFixture &f() { return *fixture; }

    // What the agent's heartbeat will do: the real repository on a connection of the test's own.
    Result<HostProcessRepository::Write>
    report(const QString &hostId, const QList<GpuProcess> &processes, const QDateTime &at)
    {
        SqlSession session(f().db().connection());
        return HostProcessRepository(session).replaceForHost(hostId, processes, at);
    }
    QList<GpuProcess> stored(const QString &hostId, const QDateTime &since)
    {
        SqlSession session(f().db().connection());
        auto snapshot = HostProcessRepository(session).snapshotForHost(hostId, since);
        EXPECT_TRUE(snapshot.ok()) << qPrintable(snapshot.error().message);
        return snapshot ? snapshot->processes : QList<GpuProcess>{};
    }
    int rowsOf(const QString &hostId)
    {
        return f()
            .db()
            .scalar(u"SELECT count(*) FROM host_processes WHERE host_id = '%1'"_s.arg(hostId))
            .toInt();
    }
};
AuthFixture *Workbench::fixture = nullptr;

// One line of `nvidia-smi --query-compute-apps`, as the agent will hand it over.
GpuProcess process(int gpuIndex, qint64 pid, const QString &name, std::optional<qint64> memoryMb,
                   const QString &username = {})
{
    GpuProcess p;
    p.gpuIndex = gpuIndex;
    p.pid = pid;
    p.processName = name;
    p.gpuUuid = u"GPU-0000000%1-0000-0000-0000-000000000000"_s.arg(gpuIndex);
    p.usedMemoryMb = memoryMb;
    p.username = username;
    return p;
}

// As the API answers them, read back into the model.
QList<GpuProcess> processesOf(const HttpResult &r)
{
    QList<GpuProcess> out;
    for (const QJsonValue &v : dataOf(r).value(u"processes"_s).toArray()) {
        auto p = GpuProcess::fromJson(v.toObject());
        EXPECT_TRUE(p.ok()) << qPrintable(p.error().message);
        if (p)
            out.append(*p);
    }
    return out;
}

QList<GpuProcess> stamped(QList<GpuProcess> processes, const QDateTime &at)
{
    for (GpuProcess &p : processes)
        p.reportedAt = at;
    return processes;
}

QList<qint64> pidsOf(const QList<GpuProcess> &processes)
{
    QList<qint64> out;
    for (const GpuProcess &p : processes)
        out.append(p.pid);
    return out;
}

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

// ---- GET /api/customer/machines/:id/processes --------------------------------------------------

TEST_F(Workbench, ProcessesOfAHeldMachineAreWhatItsAgentReportedLast)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The captured H100 MIG load, spread over both GPUs; one memory figure was [N/A].
    const QList<GpuProcess> sent = {
        process(0, 21180, u"/root/tools/memhog"_s, 2296, u"alice"_s),
        process(1, 21198, u"./gpu_burn"_s, 7484, u"alice"_s),
        process(0, 21198, u"./gpu_burn"_s, 7484, u"alice"_s),
        process(0, 21181, u"/root/tools/memhog"_s, std::nullopt),
    };
    ASSERT_TRUE(report(u"wb-a"_s, sent, now).ok());

    const HttpResult r =
        f().getAuthed(u"/api/customer/machines/wb-a/processes"_s, f().accessToken(f().memberA));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(dataOf(r).value(u"hostId"_s).toString(), u"wb-a"_s);
    EXPECT_EQ(dataOf(r).value(u"reportedAt"_s), json::timestamp(now));
    // By GPU, then largest memory first, unknown memory last.
    EXPECT_EQ(processesOf(r), stamped({sent[2], sent[0], sent[3], sent[1]}, now));
    const QJsonObject unknown = dataOf(r).value(u"processes"_s).toArray()[2].toObject();
    EXPECT_TRUE(unknown.value(u"usedMemoryMb"_s).isNull()) << "[N/A] is null, not 0";
    EXPECT_TRUE(unknown.value(u"username"_s).isNull());

    const HttpResult owner =
        f().getAuthed(u"/api/customer/machines/wb-a/processes"_s, f().accessToken(f().ownerA));
    ASSERT_EQ(owner.status, 200);
    EXPECT_EQ(processesOf(owner).size(), 4);
}

TEST_F(Workbench, ProcessesOfAMachineTheTenantDoesNotHoldAre404)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(report(u"wb-a"_s, {process(0, 4242, u"python train.py"_s, 1000)}, now).ok());
    ASSERT_TRUE(report(u"wb-b"_s, {process(0, 777, u"b-private-job"_s, 2000)}, now).ok());

    const QString ownerA = f().accessToken(f().ownerA);
    const HttpResult other = f().getAuthed(u"/api/customer/machines/wb-b/processes"_s, ownerA);
    EXPECT_EQ(other.status, 404);
    EXPECT_EQ(other.json().value(u"message"_s).toString(),
              u"No machine wb-b is allocated to your account now"_s);
    EXPECT_FALSE(other.body.contains("b-private-job"));
    EXPECT_EQ(
        f().getAuthed(u"/api/customer/machines/wb-b/processes"_s, f().accessToken(f().memberA))
            .status,
        404);
    EXPECT_EQ(f().getAuthed(u"/api/customer/machines/nope/processes"_s, ownerA).status, 404);
    EXPECT_EQ(f().getAuthed(u"/api/customer/machines/wb-idle/processes"_s, ownerA).status, 404);
    // Tenant B held wb-a before A: it has no say on it now.
    EXPECT_EQ(f().getAuthed(u"/api/customer/machines/wb-a/processes"_s, f().accessToken(f().ownerB))
                  .status,
              404);

    // B does see its own machine's.
    const HttpResult mine =
        f().getAuthed(u"/api/customer/machines/wb-b/processes"_s, f().accessToken(f().memberB));
    ASSERT_EQ(mine.status, 200) << mine.body.constData();
    EXPECT_EQ(pidsOf(processesOf(mine)), QList<qint64>{777});
}

TEST_F(Workbench, ProcessesReportedBeforeTheAllocationBeganAreNotShown)
{
    // Three hours ago tenant B still held wb-a (A's allocation began two hours ago).
    const QDateTime duringB = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    ASSERT_TRUE(report(u"wb-a"_s, {process(0, 999, u"b-secret-job"_s, 70000)}, duringB).ok());
    ASSERT_EQ(rowsOf(u"wb-a"_s), 1) << "stored, so only the read can hide it";

    for (const auto *account : {&f().ownerA, &f().memberA, &f().admin}) {
        const HttpResult r =
            f().getAuthed(u"/api/customer/machines/wb-a/processes"_s, f().accessToken(*account));
        ASSERT_EQ(r.status, 200) << r.body.constData();
        EXPECT_TRUE(processesOf(r).isEmpty()) << qPrintable(account->username);
        EXPECT_TRUE(dataOf(r).value(u"reportedAt"_s).isNull());
        EXPECT_FALSE(r.body.contains("b-secret-job"));
    }

    // At or after `since`, and not a millisecond before it.
    EXPECT_EQ(pidsOf(stored(u"wb-a"_s, duringB)), QList<qint64>{999});
    EXPECT_TRUE(stored(u"wb-a"_s, duringB.addMSecs(1)).isEmpty());
    EXPECT_TRUE(stored(u"wb-a"_s, QDateTime()).isEmpty()) << "no lower bound shows nothing";

    // A's own agent reports: now it shows.
    ASSERT_TRUE(
        report(u"wb-a"_s, {process(0, 1001, u"a-job"_s, 100)}, QDateTime::currentDateTimeUtc())
            .ok());
    const HttpResult after =
        f().getAuthed(u"/api/customer/machines/wb-a/processes"_s, f().accessToken(f().ownerA));
    ASSERT_EQ(after.status, 200);
    EXPECT_EQ(pidsOf(processesOf(after)), QList<qint64>{1001});
}

TEST_F(Workbench, ANewReportReplacesTheLastSoEndedProcessesDisappear)
{
    const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(-20);
    ASSERT_TRUE(report(u"wb-a"_s,
                       {process(0, 100, u"ffmpeg"_s, 370), process(0, 101, u"ffmpeg"_s, 230),
                        process(1, 102, u"./gpu_burn"_s, 15690)},
                       first)
                    .ok());
    const QDateTime second = first.addSecs(10);
    const GpuProcess grown = process(0, 101, u"ffmpeg"_s, 503);
    const GpuProcess started = process(1, 103, u"/usr/bin/kwin_wayland"_s, 25);
    ASSERT_TRUE(report(u"wb-a"_s, {grown, started}, second).ok());

    const QString token = f().accessToken(f().ownerA);
    const HttpResult r = f().getAuthed(u"/api/customer/machines/wb-a/processes"_s, token);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(processesOf(r), stamped({grown, started}, second));
    EXPECT_EQ(dataOf(r).value(u"reportedAt"_s), json::timestamp(second));
    EXPECT_EQ(rowsOf(u"wb-a"_s), 2) << "ended processes are deleted, not hidden";

    // Every process ended: nothing runs, and the answer says since when.
    ASSERT_TRUE(report(u"wb-a"_s, {}, second.addSecs(10)).ok());
    const HttpResult none = f().getAuthed(u"/api/customer/machines/wb-a/processes"_s, token);
    ASSERT_EQ(none.status, 200);
    EXPECT_TRUE(processesOf(none).isEmpty());
    EXPECT_EQ(dataOf(none).value(u"reportedAt"_s), json::timestamp(second.addSecs(10)));
    EXPECT_EQ(rowsOf(u"wb-a"_s), 0);
}

TEST_F(Workbench, AReportThatArrivesLateNeverReplacesANewerOne)
{
    const QDateTime newer = QDateTime::currentDateTimeUtc().addSecs(-5);
    const GpuProcess running = process(0, 300, u"python train.py"_s, 4000);
    auto first = report(u"wb-a"_s, {running}, newer);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    EXPECT_EQ(*first, HostProcessRepository::Write::Replaced);

    // Taken ten seconds earlier, delayed on the way (or retried by the agent).
    auto late =
        report(u"wb-a"_s, {process(0, 299, u"python prepare.py"_s, 10)}, newer.addSecs(-10));
    ASSERT_TRUE(late.ok()) << qPrintable(late.error().message);
    EXPECT_EQ(*late, HostProcessRepository::Write::OlderThanStored);
    // An empty late report does not wipe the newer one either.
    auto lateEmpty = report(u"wb-a"_s, {}, newer.addSecs(-1));
    ASSERT_TRUE(lateEmpty.ok());
    EXPECT_EQ(*lateEmpty, HostProcessRepository::Write::OlderThanStored);

    const HttpResult r =
        f().getAuthed(u"/api/customer/machines/wb-a/processes"_s, f().accessToken(f().ownerA));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(processesOf(r), stamped({running}, newer));
    EXPECT_EQ(dataOf(r).value(u"reportedAt"_s), json::timestamp(newer));

    // The same report sent again (same instant) is accepted: a retry is harmless.
    auto again = report(u"wb-a"_s, {running}, newer);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, HostProcessRepository::Write::Replaced);
    EXPECT_EQ(rowsOf(u"wb-a"_s), 1);
}

TEST_F(Workbench, ProcessesRouteAnswersEveryRoleAsTheMatrixSays)
{
    ASSERT_TRUE(
        report(u"wb-a"_s, {process(0, 5, u"python"_s, 1)}, QDateTime::currentDateTimeUtc()).ok());
    const QString path = u"/api/customer/machines/wb-a/processes"_s;
    // 分配管理 (the customer machine views): Admin M, Owner R, Member R — all may read.
    bool registered = false;
    for (const Router::RouteInfo &route : f().server().router().routes()) {
        if (route.pattern != u"/api/customer/machines/:id/processes"_s)
            continue;
        registered = true;
        EXPECT_EQ(route.method, HttpMethod::Get);
        EXPECT_FALSE(route.permission.isPublic);
        for (Role role : {Role::Admin, Role::CustomerOwner, Role::CustomerMember})
            EXPECT_TRUE(permits(role, route.permission)) << qPrintable(toString(role));
    }
    EXPECT_TRUE(registered);

    EXPECT_EQ(f().http().send("GET", path, {}).status, 401);
    for (const auto *account : {&f().admin, &f().ownerA, &f().memberA}) {
        const HttpResult r = f().getAuthed(path, f().accessToken(*account));
        EXPECT_EQ(r.status, 200) << qPrintable(account->username) << r.body.constData();
        EXPECT_EQ(pidsOf(processesOf(r)), QList<qint64>{5}) << qPrintable(account->username);
    }
    // An admin sees any machine held now, through its current allocation; not an idle one.
    EXPECT_EQ(
        f().getAuthed(u"/api/customer/machines/wb-idle/processes"_s, f().accessToken(f().admin))
            .status,
        404);
}

TEST_F(Workbench, AReportThatCannotBeStoredLeavesTheLastOneInPlace)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(report(u"wb-a"_s, {process(0, 1, u"kept"_s, 10)}, now).ok());

    const auto twice =
        report(u"wb-a"_s, {process(0, 7, u"a"_s, 1), process(0, 7, u"a"_s, 1)}, now.addSecs(1));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().kind, ErrorKind::BadRequest);
    ASSERT_EQ(twice.error().fieldErrors.size(), 1);
    EXPECT_EQ(twice.error().fieldErrors[0].field, u"processes[1].pid"_s);
    EXPECT_TRUE(twice.error().message.contains(u"listed twice"_s))
        << qPrintable(twice.error().message);

    const auto invalid =
        report(u"wb-a"_s, {process(0, 8, u"ok"_s, 1), process(0, 0, u"bad"_s, -1)}, now);
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().kind, ErrorKind::BadRequest);
    QStringList fields;
    for (const FieldError &e : invalid.error().fieldErrors)
        fields << e.field;
    EXPECT_EQ(fields, (QStringList{u"processes[1].pid"_s, u"processes[1].usedMemoryMb"_s}));

    EXPECT_EQ(report(u"wb-a"_s, {process(0, 9, u"x"_s, 1)}, QDateTime()).error().kind,
              ErrorKind::BadRequest);
    EXPECT_EQ(report(u"no-such-host"_s, {process(0, 9, u"x"_s, 1)}, now).error().kind,
              ErrorKind::NotFound);

    // Inside the heartbeat's own transaction: it stands or falls with it.
    {
        SqlSession session(f().db().connection());
        Transaction tx(session);
        ASSERT_TRUE(tx.begin().ok());
        ASSERT_TRUE(
            HostProcessRepository(session)
                .replaceForHost(u"wb-a"_s, {process(0, 2, u"rolled back"_s, 1)}, now.addSecs(2))
                .ok());
    } // rolled back

    const HttpResult r =
        f().getAuthed(u"/api/customer/machines/wb-a/processes"_s, f().accessToken(f().ownerA));
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(processesOf(r), stamped({process(0, 1, u"kept"_s, 10)}, now));
}

TEST_F(Workbench, TwoReportsOfOneHostAtOnceNeverMix)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(report(u"wb-a"_s, {process(0, 10, u"old"_s, 1)}, now.addSecs(-10)).ok());

    // The first report is written but not yet committed...
    SqlSession session(f().db().connection());
    std::optional<Transaction> first(std::in_place, session);
    ASSERT_TRUE(first->begin().ok());
    ASSERT_TRUE(HostProcessRepository(session)
                    .replaceForHost(u"wb-a"_s,
                                    {process(0, 20, u"first"_s, 1), process(1, 21, u"first"_s, 1)},
                                    now.addSecs(-5))
                    .ok());

    // ...when a second one arrives on another connection (another server thread).
    std::optional<Result<HostProcessRepository::Write>> second;
    const QString url = f().db().url();
    std::thread other([&] {
        const QString name = u"workbench-second-report"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            DatabaseUrl::parse(url)->applyTo(db);
            if (!db.open()) {
                second = Error::unavailable(u"cannot open a second connection"_s);
            } else {
                SqlSession s(db);
                second = HostProcessRepository(s).replaceForHost(
                    u"wb-a"_s, {process(0, 21, u"second"_s, 2), process(1, 30, u"second"_s, 2)},
                    now);
            }
            ThreadDbState::current().statements.remove(name);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    // It waits for the first to finish rather than writing beside it.
    QDeadlineTimer deadline(10000);
    bool waiting = false;
    while (!deadline.hasExpired() && !waiting) {
        waiting = f().db()
                      .scalar(u"SELECT count(*) FROM pg_stat_activity WHERE datname = "
                              "current_database() AND wait_event_type = 'Lock'"_s)
                      .toInt() > 0;
        if (!waiting)
            QThread::msleep(20);
    }
    EXPECT_TRUE(waiting) << "the second report did not wait for the first";
    ASSERT_TRUE(first->commit().ok());
    other.join();
    first.reset();

    ASSERT_TRUE(second.has_value());
    ASSERT_TRUE(second->ok()) << qPrintable(second->error().message);
    EXPECT_EQ(stored(u"wb-a"_s, now.addSecs(-60)),
              stamped({process(0, 21, u"second"_s, 2), process(1, 30, u"second"_s, 2)}, now));
}
