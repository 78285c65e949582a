// The admin machine API (/api/admin/machines), against a real server on a real database.
#include "AuthFixture.h"
#include "MachineRepository.h"
#include "PageRequest.h"
#include "QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}

QString messageOf(const HttpResult &r)
{
    return r.json().value(u"message"_s).toString();
}

QStringList fieldsOf(const HttpResult &r)
{
    QStringList fields;
    const QJsonValue data = r.json().value(u"data"_s);
    const QJsonArray errors = r.json().value(u"errors"_s).isArray()
                                  ? r.json().value(u"errors"_s).toArray()
                                  : data.toObject().value(u"errors"_s).toArray();
    for (const QJsonValue &e : errors)
        fields << e.toObject().value(u"field"_s).toString();
    return fields;
}

QJsonObject machineBody(const QString &id, const QString &name, const QString &ip,
                        const QJsonArray &gpus = {})
{
    QJsonObject body{{u"name"_s, name},
                     {u"ipAddress"_s, ip},
                     {u"hostname"_s, QString(name.toLower() + u".dc.example"_s)},
                     {u"sshHost"_s, ip},
                     {u"sshPort"_s, 22},
                     {u"region"_s, u"beijing"_s},
                     {u"totalCpu"_s, 64},
                     {u"totalMemoryGb"_s, 512}};
    if (!id.isEmpty())
        body.insert(u"id"_s, id);
    if (!gpus.isEmpty())
        body.insert(u"gpus"_s, gpus);
    return body;
}

QJsonArray gpuList(int count, const QString &model)
{
    QJsonArray gpus;
    for (int i = 0; i < count; ++i)
        gpus.append(QJsonObject{{u"index"_s, i}, {u"name"_s, model}, {u"memoryTotalMb"_s, 81559}});
    return gpus;
}

class MachineApi : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        fixture = AuthFixture::start(u"machines"_s).release();
        if (fixture) {
            adminToken = new QString(fixture->accessToken(fixture->admin));
            ownerToken = new QString(fixture->accessToken(fixture->ownerA));
            memberToken = new QString(fixture->accessToken(fixture->memberA));
        }
    }
    static void TearDownTestSuite()
    {
        delete fixture;
        fixture = nullptr;
        delete adminToken;
        delete ownerToken;
        delete memberToken;
    }
    void SetUp() override { ASSERT_TRUE(fixture); }

    static AuthFixture *fixture;
    static QString *adminToken;
    static QString *ownerToken;
    static QString *memberToken;
    AuthFixture &f() { return *fixture; }

    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QString &token = {})
    {
        const QString t = token.isEmpty() ? *adminToken : token;
        return f().http().send(
            method, path,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Authorization", "Bearer " + t.toLatin1()}, {"Content-Type", "application/json"}});
    }

    HttpResult create(const QJsonObject &body)
    {
        return call("POST", u"/api/admin/machines"_s, body);
    }

    void sql(const QString &statement)
    {
        const QString error = f().db().exec(statement);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    }

    // Removes every machine (and the allocations that pin them) so a list test sees only its own.
    void resetFleet() { sql(u"DELETE FROM allocations; DELETE FROM hosts;"_s); }

    // Direct SQL seeding: `n` hosts host-<prefix>-NN with `gpus` GPUs of `model` each.
    void seedHost(const QString &id, const QString &name, const QString &ip, const QString &region,
                  const QString &status, int gpus, const QString &model)
    {
        sql(u"INSERT INTO hosts (id, name, hostname, ip_address, region, status, total_cpu, "
            "total_memory_gb, total_gpu) VALUES ('%1', '%2', '%2.dc.example', '%3', '%4', '%5', "
            "32, "
            "256, %6);"
            "INSERT INTO gpus (host_id, index, name) SELECT '%1', i, '%7' FROM "
            "generate_series(0, %6 - 1) i;"_s.arg(id, name, ip, region, status)
                .arg(gpus)
                .arg(model));
    }

    void allocate(const QString &allocationId, const QString &hostId, qint64 customerId,
                  const QString &endsIn, const QString &status = u"active"_s)
    {
        sql(u"INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) "
            "VALUES ('%1', %2, '%3', now() - interval '1 day', now() + interval '%4', '%5')"_s
                .arg(allocationId)
                .arg(customerId)
                .arg(hostId, endsIn, status));
    }

    QStringList listIds(const PageRequest &request)
    {
        const HttpResult r =
            call("GET", u"/api/admin/machines?"_s + request.toQuery().toString(QUrl::FullyEncoded));
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        QStringList ids;
        for (const QJsonValue &v : dataOf(r).value(u"list"_s).toArray())
            ids << v.toObject().value(u"id"_s).toString();
        return ids;
    }

    QStringList filtered(const QJsonObject &filters, const QString &sortBy = u"name"_s)
    {
        PageRequest request;
        request.pageSize = 200;
        request.sortBy = sortBy;
        request.filters = filters;
        return listIds(request);
    }

    int auditCount(const QString &action, const QString &machineId)
    {
        return f()
            .db()
            .scalar(
                u"SELECT count(*) FROM audit_logs WHERE action = '%1' AND resource_id = '%2'"_s.arg(
                    action, machineId))
            .toInt();
    }
};

AuthFixture *MachineApi::fixture = nullptr;
QString *MachineApi::adminToken = nullptr;
QString *MachineApi::ownerToken = nullptr;
QString *MachineApi::memberToken = nullptr;

TEST_F(MachineApi, CreateWithGpusThenDetailShowsThem)
{
    const HttpResult r =
        create(machineBody(u"node-c1"_s, u"BJ-GPU-C1"_s, u"10.1.0.1"_s, gpuList(4, u"H100"_s)));
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    EXPECT_EQ(dataOf(r).value(u"id"_s).toString(), u"node-c1"_s);
    EXPECT_EQ(dataOf(r).value(u"totalGpu"_s).toInt(), 4);
    EXPECT_EQ(dataOf(r).value(u"status"_s).toString(), u"offline"_s);
    EXPECT_EQ(auditCount(u"machine.create"_s, u"node-c1"_s), 1);

    sql(u"INSERT INTO host_metrics (host_id, cpu_usage_percent, collected_at) VALUES "
        "('node-c1', 10, now() - interval '1 minute'), ('node-c1', 42.5, now());"
        "INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent, collected_at) "
        "SELECT id, host_id, 10, now() - interval '1 minute' FROM gpus WHERE host_id = 'node-c1';"
        "INSERT INTO gpu_metrics (gpu_id, host_id, utilization_percent, collected_at) "
        "SELECT id, host_id, 90 + index, now() FROM gpus WHERE host_id = 'node-c1';"
        "UPDATE hosts SET last_heartbeat = now() WHERE id = 'node-c1'"_s);

    const HttpResult d = call("GET", u"/api/admin/machines/node-c1"_s);
    ASSERT_EQ(d.status, 200) << d.body.toStdString();
    const QJsonObject m = dataOf(d);
    const QJsonArray gpus = m.value(u"gpus"_s).toArray();
    ASSERT_EQ(gpus.size(), 4);
    EXPECT_EQ(gpus.at(3).toObject().value(u"index"_s).toInt(), 3);
    EXPECT_EQ(gpus.at(0).toObject().value(u"name"_s).toString(), u"H100"_s);
    EXPECT_EQ(gpus.at(0).toObject().value(u"memoryTotalMb"_s).toInteger(), 81559);
    EXPECT_EQ(m.value(u"gpuModel"_s).toString(), u"H100"_s);
    EXPECT_TRUE(m.value(u"allocation"_s).isNull());
    EXPECT_FALSE(m.value(u"lastHeartbeat"_s).isNull());
    EXPECT_DOUBLE_EQ(
        m.value(u"latestHostMetrics"_s).toObject().value(u"cpuUsagePercent"_s).toDouble(), 42.5);
    const QJsonArray gpuMetrics = m.value(u"latestGpuMetrics"_s).toArray();
    ASSERT_EQ(gpuMetrics.size(), 4);
    EXPECT_DOUBLE_EQ(gpuMetrics.at(2).toObject().value(u"utilizationPercent"_s).toDouble(), 92);
}

TEST_F(MachineApi, CreateWithoutIdGeneratesOne)
{
    const HttpResult r = create(machineBody({}, u"Generated"_s, u"10.1.0.2"_s));
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    EXPECT_TRUE(QRegularExpression(u"^node-[0-9a-f]{8}$"_s)
                    .match(dataOf(r).value(u"id"_s).toString())
                    .hasMatch())
        << dataOf(r).value(u"id"_s).toString().toStdString();
}

TEST_F(MachineApi, ValidationErrorsNameTheFields)
{
    QJsonObject body = machineBody(u"node-bad"_s, {}, u"10.1.300.1"_s);
    body.insert(u"sshPort"_s, 0);
    const HttpResult r = create(body);
    ASSERT_EQ(r.status, 400) << r.body.toStdString();
    const QStringList fields = fieldsOf(r);
    EXPECT_TRUE(fields.contains(u"name"_s)) << r.body.toStdString();
    EXPECT_TRUE(fields.contains(u"ipAddress"_s)) << r.body.toStdString();
    EXPECT_TRUE(fields.contains(u"sshPort"_s)) << r.body.toStdString();
    EXPECT_EQ(f().db().scalar(u"SELECT count(*) FROM hosts WHERE id = 'node-bad'"_s).toInt(), 0);

    QJsonArray twice = gpuList(2, u"A100"_s);
    twice.append(QJsonObject{{u"index"_s, 1}, {u"name"_s, u"A100"_s}});
    const HttpResult dup = create(machineBody(u"node-bad2"_s, u"Bad2"_s, u"10.1.0.99"_s, twice));
    ASSERT_EQ(dup.status, 400) << dup.body.toStdString();
    EXPECT_TRUE(fieldsOf(dup).contains(u"gpus[2].index"_s)) << dup.body.toStdString();
}

// The CSV import always refused these; the API runs the same rules (Machine::validate).
TEST_F(MachineApi, RefusesWhatTheImportRefuses)
{
    QJsonObject badHost = machineBody(u"node-v1"_s, u"Val-1"_s, u"10.1.1.1"_s);
    badHost.insert(u"hostname"_s, u"gpu_01.dc.example"_s);
    const HttpResult host = create(badHost);
    ASSERT_EQ(host.status, 400) << host.body.toStdString();
    EXPECT_EQ(fieldsOf(host), QStringList{u"hostname"_s}) << host.body.toStdString();

    QJsonObject noCpu = machineBody(u"node-v2"_s, u"Val-2"_s, u"10.1.1.2"_s);
    noCpu.insert(u"totalCpu"_s, 0);
    noCpu.insert(u"totalMemoryGb"_s, 0);
    const HttpResult cpu = create(noCpu);
    ASSERT_EQ(cpu.status, 400) << cpu.body.toStdString();
    EXPECT_EQ(fieldsOf(cpu), (QStringList{u"totalCpu"_s, u"totalMemoryGb"_s}))
        << cpu.body.toStdString();

    ASSERT_EQ(create(machineBody(u"node-v3"_s, u"Val-3"_s, u"10.1.1.3"_s)).status, 201);
    QJsonObject edit = machineBody({}, u"Val-3"_s, u"10.1.1.3"_s);
    edit.insert(u"hostname"_s, u"-leading-dash"_s);
    const HttpResult put = call("PUT", u"/api/admin/machines/node-v3"_s, edit);
    ASSERT_EQ(put.status, 400) << put.body.toStdString();
    EXPECT_EQ(fieldsOf(put), QStringList{u"hostname"_s}) << put.body.toStdString();
    EXPECT_EQ(
        f().db().scalar(u"SELECT count(*) FROM hosts WHERE id IN ('node-v1', 'node-v2')"_s).toInt(),
        0);
}

TEST_F(MachineApi, DuplicateIpAddressNamesTheOtherMachine)
{
    ASSERT_EQ(create(machineBody(u"node-07"_s, u"BJ-GPU-07"_s, u"10.0.0.5"_s)).status, 201);
    QJsonObject body = machineBody(u"node-08"_s, u"BJ-GPU-08"_s, u"10.0.0.5"_s);
    body.insert(u"sshHost"_s, u"gpu08.example"_s);
    const HttpResult r = create(body);
    ASSERT_EQ(r.status, 409) << r.body.toStdString();
    EXPECT_EQ(messageOf(r), u"ipAddress 10.0.0.5 is already used by node-07 (BJ-GPU-07)"_s);

    const HttpResult sameId = create(machineBody(u"node-07"_s, u"Other"_s, u"10.0.0.55"_s));
    ASSERT_EQ(sameId.status, 409) << sameId.body.toStdString();
    EXPECT_TRUE(messageOf(sameId).contains(u"node-07"_s));
}

TEST_F(MachineApi, DuplicateSshHostAndPortIsAConflict)
{
    QJsonObject first = machineBody(u"node-s1"_s, u"SSH-1"_s, u"10.2.0.1"_s);
    first.insert(u"sshHost"_s, u"jump.example"_s);
    first.insert(u"sshPort"_s, 2201);
    ASSERT_EQ(create(first).status, 201);
    QJsonObject second = machineBody(u"node-s2"_s, u"SSH-2"_s, u"10.2.0.2"_s);
    second.insert(u"sshHost"_s, u"jump.example"_s);
    second.insert(u"sshPort"_s, 2201);
    const HttpResult r = create(second);
    ASSERT_EQ(r.status, 409) << r.body.toStdString();
    EXPECT_EQ(messageOf(r),
              u"sshHost:sshPort jump.example:2201 is already used by node-s1 (SSH-1)"_s);
    second.insert(u"sshPort"_s, 2202); // another port on the same jump host is fine
    EXPECT_EQ(create(second).status, 201);
}

TEST_F(MachineApi, UpdateReplacesFieldsAndGpus)
{
    ASSERT_EQ(
        create(machineBody(u"node-u1"_s, u"Upd-1"_s, u"10.3.0.1"_s, gpuList(2, u"A100"_s))).status,
        201);
    QJsonObject body = machineBody({}, u"Upd-1-renamed"_s, u"10.3.0.11"_s, gpuList(8, u"H800"_s));
    body.insert(u"region"_s, u"shanghai"_s);
    const HttpResult r = call("PUT", u"/api/admin/machines/node-u1"_s, body);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(dataOf(r).value(u"name"_s).toString(), u"Upd-1-renamed"_s);
    EXPECT_EQ(dataOf(r).value(u"region"_s).toString(), u"shanghai"_s);
    EXPECT_EQ(dataOf(r).value(u"totalGpu"_s).toInt(), 8);
    EXPECT_EQ(dataOf(r).value(u"gpus"_s).toArray().size(), 8);
    EXPECT_EQ(dataOf(r).value(u"gpuModel"_s).toString(), u"H800"_s);
    EXPECT_EQ(auditCount(u"machine.update"_s, u"node-u1"_s), 1);

    // Without `gpus` the cards stay.
    const HttpResult keep =
        call("PUT", u"/api/admin/machines/node-u1"_s, machineBody({}, u"Upd-1b"_s, u"10.3.0.11"_s));
    ASSERT_EQ(keep.status, 200) << keep.body.toStdString();
    EXPECT_EQ(dataOf(keep).value(u"gpus"_s).toArray().size(), 8);
    EXPECT_EQ(dataOf(keep).value(u"totalGpu"_s).toInt(), 8);

    // Taking another machine's address is a 409 naming it.
    ASSERT_EQ(create(machineBody(u"node-u2"_s, u"Upd-2"_s, u"10.3.0.2"_s)).status, 201);
    const HttpResult clash =
        call("PUT", u"/api/admin/machines/node-u1"_s, machineBody({}, u"Upd-1"_s, u"10.3.0.2"_s));
    ASSERT_EQ(clash.status, 409) << clash.body.toStdString();
    EXPECT_EQ(messageOf(clash), u"ipAddress 10.3.0.2 is already used by node-u2 (Upd-2)"_s);

    EXPECT_EQ(
        call("PUT", u"/api/admin/machines/node-nope"_s, machineBody({}, u"X"_s, u"10.3.0.99"_s))
            .status,
        404);
}

TEST_F(MachineApi, DeleteFreeMachine)
{
    ASSERT_EQ(
        create(machineBody(u"node-d1"_s, u"Del-1"_s, u"10.4.0.1"_s, gpuList(1, u"L40"_s))).status,
        201);
    const HttpResult r = call("DELETE", u"/api/admin/machines/node-d1"_s);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(call("GET", u"/api/admin/machines/node-d1"_s).status, 404);
    EXPECT_EQ(f().db().scalar(u"SELECT count(*) FROM gpus WHERE host_id = 'node-d1'"_s).toInt(), 0);
    EXPECT_EQ(auditCount(u"machine.delete"_s, u"node-d1"_s), 1);
    EXPECT_EQ(call("DELETE", u"/api/admin/machines/node-d1"_s).status, 404);
}

TEST_F(MachineApi, DeleteAllocatedMachineIsRefused)
{
    ASSERT_EQ(create(machineBody(u"node-d2"_s, u"Del-2"_s, u"10.4.0.2"_s)).status, 201);
    allocate(u"alloc-d2"_s, u"node-d2"_s, f().ownerA.id, u"30 days"_s);
    const HttpResult r = call("DELETE", u"/api/admin/machines/node-d2"_s);
    ASSERT_EQ(r.status, 409) << r.body.toStdString();
    EXPECT_TRUE(messageOf(r).contains(u"alloc-d2"_s)) << r.body.toStdString();
    EXPECT_TRUE(messageOf(r).contains(u"tenant.a"_s)) << r.body.toStdString();

    // Reclaimed: no longer allocated, but its history keeps the row.
    sql(u"UPDATE allocations SET status = 'reclaimed' WHERE id = 'alloc-d2'"_s);
    const HttpResult history = call("DELETE", u"/api/admin/machines/node-d2"_s);
    ASSERT_EQ(history.status, 409) << history.body.toStdString();
    EXPECT_TRUE(messageOf(history).contains(u"allocation history"_s));
    EXPECT_TRUE(messageOf(history).contains(u"maintenance"_s));
    EXPECT_EQ(auditCount(u"machine.delete"_s, u"node-d2"_s), 0);
}

TEST_F(MachineApi, MaintenanceOnAndOffIsAudited)
{
    ASSERT_EQ(create(machineBody(u"node-m1"_s, u"Maint-1"_s, u"10.5.0.1"_s)).status, 201);
    sql(u"UPDATE hosts SET status = 'online', last_heartbeat = now() WHERE id = 'node-m1'"_s);
    const HttpResult on = call("POST", u"/api/admin/machines/node-m1/maintenance"_s,
                               {{u"enabled"_s, true}, {u"reason"_s, u"replace PSU"_s}});
    ASSERT_EQ(on.status, 200) << on.body.toStdString();
    EXPECT_EQ(dataOf(on).value(u"status"_s).toString(), u"maintenance"_s);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT detail->>'reason' FROM audit_logs WHERE action = "
                          "'machine.maintenance' AND resource_id = 'node-m1'"_s)
                  .toString(),
              u"replace PSU"_s);

    const HttpResult off =
        call("POST", u"/api/admin/machines/node-m1/maintenance"_s, {{u"enabled"_s, false}});
    ASSERT_EQ(off.status, 200) << off.body.toStdString();
    EXPECT_EQ(dataOf(off).value(u"status"_s).toString(), u"online"_s); // heartbeat is recent
    EXPECT_EQ(auditCount(u"machine.maintenance"_s, u"node-m1"_s), 2);

    sql(u"UPDATE hosts SET last_heartbeat = now() - interval '1 hour' WHERE id = 'node-m1'"_s);
    call("POST", u"/api/admin/machines/node-m1/maintenance"_s, {{u"enabled"_s, true}});
    const HttpResult stale =
        call("POST", u"/api/admin/machines/node-m1/maintenance"_s, {{u"enabled"_s, false}});
    EXPECT_EQ(dataOf(stale).value(u"status"_s).toString(), u"offline"_s);

    const HttpResult bad =
        call("POST", u"/api/admin/machines/node-m1/maintenance"_s, {{u"enabled"_s, u"yes"_s}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(fieldsOf(bad).contains(u"enabled"_s)) << bad.body.toStdString();
    EXPECT_EQ(
        call("POST", u"/api/admin/machines/node-none/maintenance"_s, {{u"enabled"_s, true}}).status,
        404);
}

TEST_F(MachineApi, ListPagesWithTotal)
{
    resetFleet();
    for (int i = 0; i < 25; ++i)
        seedHost(u"p-%1"_s.arg(i, 2, 10, QChar(u'0')), u"page-%1"_s.arg(i, 2, 10, QChar(u'0')),
                 u"10.6.0.%1"_s.arg(i + 1), u"beijing"_s, u"online"_s, 1, u"A100"_s);
    PageRequest request;
    request.page = 3;
    request.pageSize = 10;
    request.sortBy = u"name"_s;
    const HttpResult r =
        call("GET", u"/api/admin/machines?"_s + request.toQuery().toString(QUrl::FullyEncoded));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(dataOf(r).value(u"total"_s).toInt(), 25);
    EXPECT_EQ(dataOf(r).value(u"page"_s).toInt(), 3);
    EXPECT_EQ(dataOf(r).value(u"pageSize"_s).toInt(), 10);
    const QJsonArray list = dataOf(r).value(u"list"_s).toArray();
    ASSERT_EQ(list.size(), 5);
    EXPECT_EQ(list.at(0).toObject().value(u"name"_s).toString(), u"page-20"_s);
    EXPECT_EQ(list.at(0).toObject().value(u"gpuModel"_s).toString(), u"A100"_s);

    request.page = 9; // past the end: empty page, same total
    const HttpResult past =
        call("GET", u"/api/admin/machines?"_s + request.toQuery().toString(QUrl::FullyEncoded));
    EXPECT_EQ(dataOf(past).value(u"total"_s).toInt(), 25);
    EXPECT_TRUE(dataOf(past).value(u"list"_s).toArray().isEmpty());
}

TEST_F(MachineApi, ListFiltersAndSorts)
{
    resetFleet();
    seedHost(u"f-1"_s, u"alpha"_s, u"10.7.0.1"_s, u"beijing"_s, u"online"_s, 8, u"H100"_s);
    seedHost(u"f-2"_s, u"bravo"_s, u"10.7.0.2"_s, u"shanghai"_s, u"offline"_s, 4, u"A100"_s);
    seedHost(u"f-3"_s, u"charlie"_s, u"10.7.1.3"_s, u"beijing"_s, u"maintenance"_s, 2, u"A100"_s);
    seedHost(u"f-4"_s, u"delta"_s, u"10.7.1.4"_s, u"shenzhen"_s, u"allocated"_s, 1, u"L40"_s);
    sql(u"UPDATE hosts SET last_heartbeat = now() - (interval '1 minute' * total_gpu), "
        "created_at = now() - (interval '1 day' * (10 - total_gpu))"_s);
    allocate(u"a-1"_s, u"f-1"_s, f().ownerA.id, u"30 days"_s);
    allocate(u"a-2"_s, u"f-2"_s, f().ownerB.id, u"2 days"_s);
    allocate(u"a-old"_s, u"f-3"_s, f().ownerA.id, u"1 day"_s, u"reclaimed"_s);

    using L = QStringList;
    EXPECT_EQ(filtered({{u"status"_s, u"online"_s}}), (L{u"f-1"_s, u"f-4"_s})); // V2.1 allocated
    EXPECT_EQ(filtered({{u"status"_s, QJsonArray{u"offline"_s, u"maintenance"_s}}}),
              (L{u"f-2"_s, u"f-3"_s}));
    EXPECT_EQ(filtered({{u"region"_s, u"beijing"_s}}), (L{u"f-1"_s, u"f-3"_s}));
    EXPECT_EQ(filtered({{u"gpuModel"_s, u"A100"_s}}), (L{u"f-2"_s, u"f-3"_s}));
    EXPECT_EQ(filtered({{u"gpuCountMin"_s, 2}, {u"gpuCountMax"_s, 4}}), (L{u"f-2"_s, u"f-3"_s}));
    EXPECT_EQ(filtered({{u"gpuCountMin"_s, 5}}), (L{u"f-1"_s}));
    EXPECT_EQ(filtered({{u"gpuCountMax"_s, 1}}), (L{u"f-4"_s}));
    EXPECT_EQ(filtered({{u"allocationState"_s, u"allocated"_s}}), (L{u"f-1"_s}));
    EXPECT_EQ(filtered({{u"allocationState"_s, u"expiring"_s}}), (L{u"f-2"_s}));
    EXPECT_EQ(filtered({{u"allocationState"_s, u"unallocated"_s}}), (L{u"f-3"_s, u"f-4"_s}));
    EXPECT_EQ(filtered({{u"allocationState"_s, QJsonArray{u"allocated"_s, u"expiring"_s}}}),
              (L{u"f-1"_s, u"f-2"_s}));
    EXPECT_EQ(filtered({{u"tenantId"_s, f().ownerA.id}}), (L{u"f-1"_s}));
    EXPECT_EQ(filtered({{u"tenantId"_s, f().ownerB.id}}), (L{u"f-2"_s}));
    // Free text on name, IP and hostname, case-insensitive; LIKE metacharacters are literal.
    EXPECT_EQ(filtered({{u"q"_s, u"RAV"_s}}), (L{u"f-2"_s}));
    EXPECT_EQ(filtered({{u"q"_s, u"10.7.1."_s}}), (L{u"f-3"_s, u"f-4"_s}));
    EXPECT_EQ(filtered({{u"q"_s, u"delta.dc"_s}}), (L{u"f-4"_s}));
    EXPECT_EQ(filtered({{u"q"_s, u"%"_s}}), L{});
    EXPECT_EQ(filtered({{u"region"_s, u"beijing"_s}, {u"gpuCountMin"_s, 3}}), (L{u"f-1"_s}));

    // The list row carries the allocation state and tenant.
    PageRequest one;
    one.filters = {{u"q"_s, u"alpha"_s}};
    const HttpResult row =
        call("GET", u"/api/admin/machines?"_s + one.toQuery().toString(QUrl::FullyEncoded));
    const QJsonObject alpha = dataOf(row).value(u"list"_s).toArray().at(0).toObject();
    EXPECT_EQ(alpha.value(u"allocationState"_s).toString(), u"allocated"_s);
    EXPECT_EQ(alpha.value(u"allocationId"_s).toString(), u"a-1"_s);
    EXPECT_EQ(alpha.value(u"tenantId"_s).toInteger(), f().ownerA.id);
    EXPECT_EQ(alpha.value(u"tenantName"_s).toString(), u"tenant.a"_s);

    // Each sort, both directions (ties broken by id).
    auto sorted = [&](const QString &field, SortOrder order) {
        PageRequest request;
        request.sortBy = field;
        request.order = order;
        return listIds(request);
    };
    EXPECT_EQ(sorted(u"name"_s, SortOrder::Desc), (L{u"f-4"_s, u"f-3"_s, u"f-2"_s, u"f-1"_s}));
    EXPECT_EQ(sorted(u"ipAddress"_s, SortOrder::Asc), (L{u"f-1"_s, u"f-2"_s, u"f-3"_s, u"f-4"_s}));
    EXPECT_EQ(sorted(u"region"_s, SortOrder::Asc), (L{u"f-1"_s, u"f-3"_s, u"f-2"_s, u"f-4"_s}));
    EXPECT_EQ(sorted(u"status"_s, SortOrder::Asc), (L{u"f-4"_s, u"f-3"_s, u"f-2"_s, u"f-1"_s}));
    EXPECT_EQ(sorted(u"totalGpu"_s, SortOrder::Asc), (L{u"f-4"_s, u"f-3"_s, u"f-2"_s, u"f-1"_s}));
    EXPECT_EQ(sorted(u"totalGpu"_s, SortOrder::Desc), (L{u"f-1"_s, u"f-2"_s, u"f-3"_s, u"f-4"_s}));
    EXPECT_EQ(sorted(u"createdAt"_s, SortOrder::Asc), (L{u"f-4"_s, u"f-3"_s, u"f-2"_s, u"f-1"_s}));
    EXPECT_EQ(sorted(u"lastHeartbeat"_s, SortOrder::Desc),
              (L{u"f-4"_s, u"f-3"_s, u"f-2"_s, u"f-1"_s}));
}

// Each row carries its host's current GPU load from its newest heartbeat; an offline host's last
// figures are not its load now, so it has none, and sorting by load puts hosts without figures
// below the idle ones.
TEST_F(MachineApi, ListRowsCarryTheCurrentGpuLoadAndSortByIt)
{
    resetFleet();
    seedHost(u"l-1"_s, u"alpha"_s, u"10.9.4.1"_s, u"beijing"_s, u"online"_s, 8, u"H100"_s);
    seedHost(u"l-2"_s, u"bravo"_s, u"10.9.4.2"_s, u"beijing"_s, u"online"_s, 8, u"H100"_s);
    seedHost(u"l-3"_s, u"charlie"_s, u"10.9.4.3"_s, u"beijing"_s, u"offline"_s, 8, u"H100"_s);
    seedHost(u"l-4"_s, u"delta"_s, u"10.9.4.4"_s, u"beijing"_s, u"maintenance"_s, 8, u"H100"_s);
    seedHost(u"l-5"_s, u"echo"_s, u"10.9.4.5"_s, u"beijing"_s, u"online"_s, 8, u"H100"_s);
    sql(u"INSERT INTO host_metrics_latest (host_id, gpu_avg_utilization, gpu_avg_temperature, "
        "gpu_avg_power, collected_at) VALUES "
        "('l-1', 12.5, 41, 120.5, '2023-03-01T10:00:00Z'), "
        "('l-2', 87.25, 66, 412, '2023-03-01T10:00:05Z'), "
        "('l-3', 99, 80, 600, '2023-03-01T09:00:00Z'), "
        "('l-4', 0, 30, 60, '2023-03-01T10:00:02Z')"_s);

    PageRequest request;
    request.sortBy = u"gpuAvgUtilization"_s;
    request.order = SortOrder::Desc;
    const HttpResult r =
        call("GET", u"/api/admin/machines?"_s + request.toQuery().toString(QUrl::FullyEncoded));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    QHash<QString, QJsonObject> rows;
    QStringList order;
    for (const QJsonValue &v : dataOf(r).value(u"list"_s).toArray()) {
        order << v.toObject().value(u"id"_s).toString();
        rows.insert(order.last(), v.toObject());
    }
    // Busiest first; maintenance at 0 % is a figure; the offline host and the one that never
    // reported have none (ties broken by id, in the same direction).
    EXPECT_EQ(order, (QStringList{u"l-2"_s, u"l-1"_s, u"l-4"_s, u"l-5"_s, u"l-3"_s}));
    const QJsonObject busy = rows.value(u"l-2"_s);
    EXPECT_DOUBLE_EQ(busy.value(u"gpuAvgUtilization"_s).toDouble(), 87.25);
    EXPECT_DOUBLE_EQ(busy.value(u"gpuAvgTemperature"_s).toDouble(), 66);
    EXPECT_DOUBLE_EQ(busy.value(u"gpuAvgPower"_s).toDouble(), 412);
    EXPECT_EQ(busy.value(u"metricsAt"_s).toString(), u"2023-03-01T10:00:05.000Z"_s);
    EXPECT_DOUBLE_EQ(rows.value(u"l-4"_s).value(u"gpuAvgUtilization"_s).toDouble(-1), 0);
    for (const QString &none : {u"l-3"_s, u"l-5"_s}) {
        EXPECT_TRUE(rows.value(none).value(u"gpuAvgUtilization"_s).isNull()) << qPrintable(none);
        EXPECT_TRUE(rows.value(none).value(u"metricsAt"_s).isNull()) << qPrintable(none);
    }

    request.order = SortOrder::Asc;
    EXPECT_EQ(listIds(request), (QStringList{u"l-3"_s, u"l-5"_s, u"l-4"_s, u"l-1"_s, u"l-2"_s}));

    // The detail of a machine carries the same figures.
    const HttpResult d = call("GET", u"/api/admin/machines/l-1"_s);
    ASSERT_EQ(d.status, 200) << d.body.toStdString();
    EXPECT_DOUBLE_EQ(dataOf(d).value(u"gpuAvgUtilization"_s).toDouble(), 12.5);
}

TEST_F(MachineApi, ListRejectsUnknownSortAndBadFilters)
{
    const HttpResult sort = call("GET", u"/api/admin/machines?sortBy=password"_s);
    ASSERT_EQ(sort.status, 400) << sort.body.toStdString();
    EXPECT_TRUE(fieldsOf(sort).contains(u"sortBy"_s)) << sort.body.toStdString();

    auto withFilters = [&](const QJsonObject &filters) {
        PageRequest request;
        request.filters = filters;
        return call("GET",
                    u"/api/admin/machines?"_s + request.toQuery().toString(QUrl::FullyEncoded));
    };
    const HttpResult unknown = withFilters({{u"agentTokenHash"_s, u"x"_s}});
    EXPECT_EQ(unknown.status, 400) << unknown.body.toStdString();
    const HttpResult state = withFilters({{u"allocationState"_s, u"rented"_s}});
    EXPECT_EQ(state.status, 400);
    EXPECT_TRUE(fieldsOf(state).contains(u"filters.allocationState"_s)) << state.body.toStdString();
    const HttpResult status = withFilters({{u"status"_s, u"broken"_s}});
    EXPECT_EQ(status.status, 400);
    const HttpResult count = withFilters({{u"gpuCountMin"_s, u"many"_s}});
    EXPECT_EQ(count.status, 400);
    EXPECT_TRUE(fieldsOf(count).contains(u"filters.gpuCountMin"_s)) << count.body.toStdString();
}

TEST_F(MachineApi, CustomersAreRefusedOnEveryRoute)
{
    ASSERT_EQ(create(machineBody(u"node-r1"_s, u"Roles-1"_s, u"10.8.0.1"_s)).status, 201);
    const QJsonObject body = machineBody(u"node-r2"_s, u"Roles-2"_s, u"10.8.0.2"_s);
    for (const QString *token : {ownerToken, memberToken}) {
        EXPECT_EQ(call("GET", u"/api/admin/machines"_s, {}, *token).status, 403);
        EXPECT_EQ(call("POST", u"/api/admin/machines"_s, body, *token).status, 403);
        EXPECT_EQ(call("GET", u"/api/admin/machines/node-r1"_s, {}, *token).status, 403);
        EXPECT_EQ(call("PUT", u"/api/admin/machines/node-r1"_s, body, *token).status, 403);
        EXPECT_EQ(call("DELETE", u"/api/admin/machines/node-r1"_s, {}, *token).status, 403);
        EXPECT_EQ(call("POST", u"/api/admin/machines/node-r1/maintenance"_s, {{u"enabled"_s, true}},
                       *token)
                      .status,
                  403);
    }
    EXPECT_EQ(f().db().scalar(u"SELECT status FROM hosts WHERE id = 'node-r1'"_s).toString(),
              u"offline"_s);
    EXPECT_EQ(f().db().scalar(u"SELECT count(*) FROM hosts WHERE id = 'node-r2'"_s).toInt(), 0);
    EXPECT_EQ(f().http().get(u"/api/admin/machines"_s).status, 401);
}

TEST_F(MachineApi, UnknownIdIsNotFound)
{
    EXPECT_EQ(call("GET", u"/api/admin/machines/node-missing"_s).status, 404);
    EXPECT_EQ(call("DELETE", u"/api/admin/machines/node-missing"_s).status, 404);
}

} // namespace

namespace {

// EXPLAIN of `query` on `db` with sequential scans off, so that any index able to serve a
// condition shows up in the plan.
QString planOf(const TestDatabase &db, const QString &query)
{
    return db.scalar(u"SELECT plan_of($q$"_s + query + u"$q$)"_s).toString();
}

} // namespace

// The list's current-allocation probe compares host ids under "C" like the btree built for it
// (0017), so the exclusion constraint's GiST, several times slower over text ids, cannot serve it
// whatever the planner's estimates: it had switched to the GiST once allocations were updated.
TEST(MachineListProbe, TheExclusionGistCannotServeTheCurrentAllocationProbe)
{
    auto db = TestDatabase::create(u"probe"_s);
    ASSERT_TRUE(db);
    ASSERT_EQ(db->exec(u"CREATE FUNCTION plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$ "
                       "DECLARE line text; plan text := ''; BEGIN "
                       "PERFORM set_config('enable_seqscan', 'off', true); "
                       "FOR line IN EXECUTE 'EXPLAIN ' || q LOOP plan := plan || line || E'\\n'; "
                       "END LOOP; RETURN plan; END $$"_s),
              QString());
    const QString probe =
        u"SELECT h.id, a.id FROM hosts h"_s + MachineRepository::currentAllocationJoin();
    ASSERT_TRUE(probe.contains(u"COLLATE \"C\""_s));

    const QString planned = planOf(*db, probe);
    EXPECT_TRUE(planned.contains(u"idx_allocations_active_host"_s)) << qPrintable(planned);

    // Without the btrees, the GiST is the only index on host_id left.
    ASSERT_EQ(
        db->exec(u"DROP INDEX idx_allocations_active_host; DROP INDEX idx_allocations_host_id"_s),
        QString());
    const QString fallback = planOf(*db, probe);
    EXPECT_FALSE(fallback.contains(u"allocations_host_period_excl"_s)) << qPrintable(fallback);

    // The check can fail: the same probe without the collation takes the GiST.
    QString uncollated = probe;
    uncollated.replace(u" COLLATE \"C\""_s, QString());
    const QString gist = planOf(*db, uncollated);
    EXPECT_TRUE(gist.contains(u"allocations_host_period_excl"_s)) << qPrintable(gist);
}
