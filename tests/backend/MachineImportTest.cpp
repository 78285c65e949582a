// Bulk machine import from CSV (docs/machine-import.md) against a real server and database.
#include "AuthFixture.h"
#include "QtPrinters.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <iostream>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kHeader =
    "name,ipAddress,totalCpu,totalMemoryGb,gpuModel,gpuCount,gpuMemoryMb\r\n";

class MachineImport : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { fixture = AuthFixture::start(u"machine_import"_s).release(); }
    static void TearDownTestSuite()
    {
        delete fixture;
        fixture = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(fixture);
        // Each test signs in as its own admin: imports are rate-limited per account.
        static int n = 0;
        const auto admin = f().createAccount(u"import.admin.%1"_s.arg(++n), Role::Admin);
        token = f().accessToken(admin);
        ASSERT_FALSE(token.isEmpty());
        ASSERT_EQ(f().db().exec(u"DELETE FROM hosts"_s), QString());
    }
    static AuthFixture *fixture;
    AuthFixture &f() { return *fixture; }
    QString token;

    HttpResult import(const QByteArray &csv, const QString &query = {}, const QString &as = {})
    {
        return f().http().send(
            "POST",
            u"/api/admin/machines/import"_s + (query.isEmpty() ? QString() : u"?"_s + query), csv,
            {{"Authorization", "Bearer " + (as.isEmpty() ? token : as).toUtf8()},
             {"Content-Type", "text/csv"}},
            120000);
    }
    int hosts(const QString &where = u"true"_s)
    {
        return f().db().scalar(u"SELECT count(*) FROM hosts WHERE "_s + where).toInt();
    }
    int gpus() { return f().db().scalar(u"SELECT count(*) FROM gpus"_s).toInt(); }
    QString text(const QString &sql) { return f().db().scalar(sql).toString(); }
};
AuthFixture *MachineImport::fixture = nullptr;

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}

// `count` machines "m-<i>" at 10.<i>, with 2 GPUs each.
QByteArray machines(int count, int first = 0)
{
    QByteArray csv = kHeader;
    csv.reserve(count * 60);
    for (int i = first; i < first + count; ++i)
        csv += "m-" + QByteArray::number(i) + ",10." + QByteArray::number((i >> 16) & 255) + '.' +
               QByteArray::number((i >> 8) & 255) + '.' + QByteArray::number(i & 255) +
               ",16,128,NVIDIA L40S,2,46068\r\n";
    return csv;
}

QList<int> errorLines(const QJsonObject &report)
{
    QSet<int> lines;
    for (const QJsonValue &e : report.value(u"errors"_s).toArray())
        lines.insert(e.toObject().value(u"line"_s).toInt());
    QList<int> sorted(lines.begin(), lines.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

TEST_F(MachineImport, TemplateIsCsvWithBomHeaderAndExample)
{
    const HttpResult r = f().getAuthed(u"/api/admin/machines/import/template"_s, token);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/csv"));
    EXPECT_TRUE(r.header("Content-Disposition").startsWith("attachment"));
    EXPECT_TRUE(r.body.startsWith("\xEF\xBB\xBF"
                                  "id,name,hostname,ipAddress,"));
    EXPECT_EQ(r.body.count("\r\n"), 2);
    // The template imports as it is.
    const HttpResult imported = import(r.body, u"dryRun=true"_s);
    ASSERT_EQ(imported.status, 200) << imported.body.toStdString();
    EXPECT_EQ(dataOf(imported).value(u"created"_s).toInt(), 1);
}

TEST_F(MachineImport, BomCrlfQuotedCommasAndChineseImport)
{
    const QByteArray csv =
        "\xEF\xBB\xBF"
        "id,name,ipAddress,totalCpu,totalMemoryGb,region,tags,remark,gpuModel,gpuCount,tenant\r\n"_ba +
        u"gz-01,\"广州, 一号机\",10.9.0.1,64,512,华南,\"训练;\"\"A100\"\"\",\"机柜 3, "
        u"\"\"上层\"\"\r\n第二行\",A100,8,tenant.a\r\n"
        ",深圳-02,10.9.0.2,32,256,华南,,,,0,\r\n"_s.toUtf8();
    const HttpResult r = import(csv);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonObject d = dataOf(r);
    EXPECT_EQ(d.value(u"created"_s).toInt(), 2);
    EXPECT_EQ(d.value(u"totalRows"_s).toInt(), 2);
    EXPECT_EQ(d.value(u"errors"_s).toArray().size(), 0);
    EXPECT_EQ(text(u"SELECT name FROM hosts WHERE id = 'gz-01'"_s), u"广州, 一号机"_s);
    EXPECT_EQ(text(u"SELECT remark FROM hosts WHERE id = 'gz-01'"_s),
              u"机柜 3, \"上层\"\n第二行"_s);
    EXPECT_EQ(text(u"SELECT array_to_string(tags, '|') FROM hosts WHERE id = 'gz-01'"_s),
              u"训练|\"A100\""_s);
    EXPECT_EQ(text(u"SELECT labels->>'reservedFor' FROM hosts WHERE id = 'gz-01'"_s),
              u"tenant.a"_s);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT count(*) FROM gpus WHERE host_id = 'gz-01' AND name = 'A100'"_s)
                  .toInt(),
              8);
    EXPECT_EQ(f().db().scalar(u"SELECT max(index) FROM gpus WHERE host_id = 'gz-01'"_s).toInt(), 7);
    // The empty id was generated.
    EXPECT_TRUE(text(u"SELECT id FROM hosts WHERE name = '深圳-02'"_s).startsWith(u"node-"_s));
    // by the same generator as POST /api/admin/machines.
    EXPECT_TRUE(QRegularExpression(u"^node-[0-9a-f]{8}$"_s)
                    .match(text(u"SELECT id FROM hosts WHERE name = '深圳-02'"_s))
                    .hasMatch());
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT count(*) FROM audit_logs WHERE action = 'machine.import' AND "
                          u"result = 'success' "
                          "AND detail->>'created' = '2' AND detail->>'mode' = 'all-or-nothing'"_s)
                  .toInt(),
              1);
}

TEST_F(MachineImport, ThreeBadRowsAmongAThousandWriteNothing)
{
    QList<QByteArray> lines = machines(1000).split('\n');
    // Data row i sits on line i + 2 (the header is line 1). Break rows on lines 11, 500 and 1001.
    lines[10] = "m-bad1,10.200.0.1,sixteen,128,,0,\r";
    lines[499] = "m-bad2,10.200.0.300,16,128,,0,\r";
    lines[1000] = "m-5,10.200.0.3,16,128,,0,\r"; // repeats the name on line 7
    const QByteArray csv = lines.join('\n');
    const HttpResult r = import(csv);
    ASSERT_EQ(r.status, 400) << r.body.left(2000).toStdString();
    EXPECT_EQ(r.json().value(u"code"_s).toInt(), 400);
    EXPECT_EQ(r.json().value(u"message"_s).toString(),
              u"3 rows have errors; nothing was imported"_s);
    const QJsonObject d = dataOf(r);
    EXPECT_EQ(errorLines(d), (QList<int>{11, 500, 1001}));
    const QJsonArray errors = d.value(u"errors"_s).toArray();
    ASSERT_EQ(errors.size(), 3);
    EXPECT_EQ(errors[0].toObject().value(u"column"_s).toString(), u"totalCpu"_s);
    EXPECT_EQ(errors[1].toObject().value(u"column"_s).toString(), u"ipAddress"_s);
    EXPECT_EQ(errors[2].toObject().value(u"column"_s).toString(), u"name"_s);
    EXPECT_EQ(d.value(u"totalRows"_s).toInt(), 1000);
    EXPECT_EQ(d.value(u"validRows"_s).toInt(), 997);
    EXPECT_EQ(d.value(u"created"_s).toInt(), 0);
    EXPECT_EQ(hosts(), 0);
    EXPECT_EQ(gpus(), 0);
    EXPECT_EQ(
        f().db()
            .scalar(
                u"SELECT count(*) FROM audit_logs WHERE action = 'machine.import' AND result = 'failure'"_s)
            .toInt(),
        1);

    // skip-invalid writes the 997 good rows.
    const HttpResult skip = import(csv, u"mode=skip-invalid"_s);
    ASSERT_EQ(skip.status, 200) << skip.body.left(2000).toStdString();
    EXPECT_EQ(dataOf(skip).value(u"created"_s).toInt(), 997);
    EXPECT_EQ(dataOf(skip).value(u"skipped"_s).toInt(), 3);
    EXPECT_EQ(errorLines(dataOf(skip)), (QList<int>{11, 500, 1001}));
    EXPECT_EQ(hosts(), 997);
    EXPECT_EQ(gpus(), 997 * 2);
    EXPECT_EQ(hosts(u"name IN ('m-bad1', 'm-bad2')"_s), 0);
}

TEST_F(MachineImport, DryRunWritesNothing)
{
    const HttpResult r = import(machines(50), u"dryRun=true"_s);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonObject d = dataOf(r);
    EXPECT_TRUE(d.value(u"dryRun"_s).toBool());
    EXPECT_EQ(d.value(u"created"_s).toInt(), 50);
    EXPECT_EQ(d.value(u"validRows"_s).toInt(), 50);
    EXPECT_EQ(hosts(), 0);
    EXPECT_EQ(gpus(), 0);
}

TEST_F(MachineImport, ClashesWithTheDatabaseAreRowErrors)
{
    ASSERT_EQ(import(machines(3)).status, 200);
    ASSERT_EQ(
        f().db().exec(
            u"UPDATE hosts SET ssh_host = 'ssh.example.com', ssh_port = 22 WHERE name = 'm-0'"_s),
        QString());
    const QString id1 = text(u"SELECT id FROM hosts WHERE name = 'm-1'"_s);
    const QByteArray csv = "id,name,ipAddress,totalCpu,totalMemoryGb,sshHost\n"
                           ",m-2,10.50.0.1,1,1,\n"  // 2: name taken
                           ",new-1,10.0.0.1,1,1,\n" // 3: ip taken (m-1)
                           + id1.toUtf8() +
                           ",new-2,10.50.0.3,1,1,\n"                // 4: id taken
                           ",new-3,10.50.0.4,1,1,SSH.example.com\n" // 5: ssh host:port taken
                           ",new-4,10.50.0.5,1,1,\n";               // 6: fine
    const HttpResult r = import(csv);
    ASSERT_EQ(r.status, 400) << r.body.toStdString();
    const QJsonArray errors = dataOf(r).value(u"errors"_s).toArray();
    ASSERT_EQ(errors.size(), 4) << r.body.toStdString();
    EXPECT_EQ(errors[0].toObject().value(u"column"_s).toString(), u"name"_s);
    EXPECT_EQ(errors[1].toObject().value(u"column"_s).toString(), u"ipAddress"_s);
    EXPECT_TRUE(errors[1].toObject().value(u"message"_s).toString().contains(id1));
    EXPECT_EQ(errors[2].toObject().value(u"column"_s).toString(), u"id"_s);
    EXPECT_EQ(errors[3].toObject().value(u"column"_s).toString(), u"sshHost"_s);
    EXPECT_EQ(errorLines(dataOf(r)), (QList<int>{2, 3, 4, 5}));
    EXPECT_EQ(hosts(), 3);
}

TEST_F(MachineImport, UpsertUpdatesByNameOrIp)
{
    ASSERT_EQ(import(machines(3)).status, 200);
    const QString id0 = text(u"SELECT id FROM hosts WHERE name = 'm-0'"_s);
    const QString id1 = text(u"SELECT id FROM hosts WHERE name = 'm-1'"_s);
    const QByteArray csv = "name,ipAddress,totalCpu,totalMemoryGb,gpuModel,gpuCount,region\n"
                           "m-0,10.60.0.1,96,1024,H100,4,cn-north\n" // by name: new IP, 4 GPUs
                           "renamed-1,10.0.0.1,8,64,,1,\n"           // by IP: new name, 1 GPU
                           "m-new,10.60.0.9,2,4,,0,\n";              // no match: created
    const HttpResult r = import(csv, u"mode=upsert"_s);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(dataOf(r).value(u"updated"_s).toInt(), 2);
    EXPECT_EQ(dataOf(r).value(u"created"_s).toInt(), 1);
    EXPECT_EQ(hosts(), 4);
    EXPECT_EQ(
        text(
            u"SELECT ip_address || '/' || total_cpu || '/' || total_gpu || '/' || region FROM hosts WHERE id = '"_s +
            id0 + u"'"_s),
        u"10.60.0.1/96/4/cn-north"_s);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT count(*) FROM gpus WHERE host_id = '"_s + id0 +
                          u"' AND name = 'H100'"_s)
                  .toInt(),
              4);
    EXPECT_EQ(text(u"SELECT name FROM hosts WHERE id = '"_s + id1 + u"'"_s), u"renamed-1"_s);
    EXPECT_EQ(
        f().db().scalar(u"SELECT count(*) FROM gpus WHERE host_id = '"_s + id1 + u"'"_s).toInt(),
        1);

    // Name of one machine with the IP of another is an error, not a guess.
    const HttpResult clash =
        import("name,ipAddress,totalCpu,totalMemoryGb\nm-2,10.60.0.1,1,1\n", u"mode=upsert"_s);
    ASSERT_EQ(clash.status, 400) << clash.body.toStdString();
    EXPECT_EQ(errorLines(dataOf(clash)), (QList<int>{2}));
    // Without upsert the same names are clashes.
    const HttpResult plain = import("name,ipAddress,totalCpu,totalMemoryGb\nm-0,10.70.0.1,1,1\n");
    EXPECT_EQ(plain.status, 400);
}

TEST_F(MachineImport, TenantMustBeAnActiveCustomerOwner)
{
    const auto disabled = f().createAccount(u"import.disabled.owner"_s, Role::CustomerOwner);
    ASSERT_EQ(
        f().db().exec(u"UPDATE customers SET status = 'disabled' WHERE id = %1"_s.arg(disabled.id)),
        QString());
    const QByteArray csv = "name,ipAddress,totalCpu,totalMemoryGb,tenant\n"
                           "t1,10.80.0.1,1,1,tenant.b\n"
                           "t2,10.80.0.2,1,1,nobody.here\n"
                           "t3,10.80.0.3,1,1,import.disabled.owner\n"
                           "t4,10.80.0.4,1,1,tenant.a.member\n";
    const HttpResult r = import(csv, u"mode=skip-invalid"_s);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(errorLines(dataOf(r)), (QList<int>{3, 4, 5}));
    for (const QJsonValue &e : dataOf(r).value(u"errors"_s).toArray())
        EXPECT_EQ(e.toObject().value(u"column"_s).toString(), u"tenant"_s);
    EXPECT_EQ(hosts(), 1);
    EXPECT_EQ(text(u"SELECT labels->>'reservedFor' FROM hosts WHERE name = 't1'"_s), u"tenant.b"_s);
}

TEST_F(MachineImport, FileLevelProblemsAre400)
{
    const HttpResult unknown =
        import("name,ipAddress,totalCpu,totalMemoryGb,colour\nm,10.0.0.1,1,1,red\n");
    ASSERT_EQ(unknown.status, 400);
    EXPECT_TRUE(unknown.json().value(u"message"_s).toString().contains(u"colour"_s));
    const HttpResult missing = import("name,totalCpu\nm,1\n");
    ASSERT_EQ(missing.status, 400);
    EXPECT_TRUE(missing.json().value(u"message"_s).toString().contains(u"ipAddress"_s));
    const HttpResult badMode = import(machines(1), u"mode=merge"_s);
    EXPECT_EQ(badMode.status, 400);
    const HttpResult notUtf8 =
        import("name,ipAddress,totalCpu,totalMemoryGb\n\xFF\xFE\xFF,10.0.0.1,1,1\n");
    ASSERT_EQ(notUtf8.status, 400);
    EXPECT_TRUE(notUtf8.json().value(u"message"_s).toString().contains(u"CSV UTF-8"_s));
    EXPECT_EQ(hosts(), 0);
}

TEST_F(MachineImport, CustomersAreRefused)
{
    for (const auto &account : {f().ownerA, f().memberA}) {
        const QString t = f().accessToken(account);
        EXPECT_EQ(import(machines(1), {}, t).status, 403) << account.username.toStdString();
        EXPECT_EQ(f().getAuthed(u"/api/admin/machines/import/template"_s, t).status, 403);
    }
    EXPECT_EQ(hosts(), 0);
}

TEST_F(MachineImport, TenThousandRowsInOneRequest)
{
    const QByteArray csv = machines(10000);
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = import(csv);
    const qint64 ms = timer.elapsed();
    ASSERT_EQ(r.status, 200) << r.body.left(2000).toStdString();
    EXPECT_EQ(dataOf(r).value(u"created"_s).toInt(), 10000);
    EXPECT_EQ(hosts(), 10000);
    EXPECT_EQ(gpus(), 20000);
    EXPECT_EQ(hosts(u"name = 'm-9999' AND ip_address = '10.0.39.15' AND total_gpu = 2"_s), 1);
    std::cout << "[ timing ] 10,000-row import (" << csv.size() << " bytes): " << ms << " ms\n";
}

TEST_F(MachineImport, AFailedWriteLeavesNothing)
{
    ASSERT_EQ(
        f().db().exec(
            u"CREATE FUNCTION fail_on_5000th() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN IF NEW.name = 'm-4999' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN "
            "NEW; END $$; "
            "CREATE TRIGGER fail_on_5000th BEFORE INSERT ON hosts FOR EACH ROW EXECUTE FUNCTION fail_on_5000th();"_s),
        QString());
    const int auditsBefore =
        f().db()
            .scalar(u"SELECT count(*) FROM audit_logs WHERE action = 'machine.import'"_s)
            .toInt();
    const HttpResult r = import(machines(6000));
    EXPECT_EQ(r.status, 500) << r.body.left(1000).toStdString();
    EXPECT_EQ(hosts(), 0);
    EXPECT_EQ(gpus(), 0);
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT count(*) FROM audit_logs WHERE action = 'machine.import'"_s)
                  .toInt(),
              auditsBefore);
    ASSERT_EQ(
        f().db().exec(u"DROP TRIGGER fail_on_5000th ON hosts; DROP FUNCTION fail_on_5000th();"_s),
        QString());
    // The same file goes through once the fault is gone: the connection was left usable.
    const HttpResult again = import(machines(6000));
    ASSERT_EQ(again.status, 200) << again.body.left(1000).toStdString();
    EXPECT_EQ(hosts(), 6000);
}

TEST_F(MachineImport, AConnectionLostHalfwayLeavesNothing)
{
    // The server's own database session is killed while it writes the 5,000th row: what a crash
    // of the database connection (or of the server) in the middle of the write looks like.
    ASSERT_EQ(
        f().db().exec(
            u"CREATE FUNCTION die_on_5000th() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN IF NEW.name = 'm-4999' THEN PERFORM pg_terminate_backend(pg_backend_pid()); "
            "PERFORM pg_sleep(5); END IF; RETURN NEW; END $$; "
            "CREATE TRIGGER die_on_5000th BEFORE INSERT ON hosts FOR EACH ROW EXECUTE FUNCTION die_on_5000th();"_s),
        QString());
    const HttpResult r = import(machines(6000));
    EXPECT_EQ(r.status, 503) << r.body.left(1000).toStdString();
    ASSERT_EQ(
        f().db().exec(u"DROP TRIGGER die_on_5000th ON hosts; DROP FUNCTION die_on_5000th();"_s),
        QString());
    EXPECT_EQ(hosts(), 0);
    EXPECT_EQ(gpus(), 0);
    // The server reconnects for the next request.
    const HttpResult again = import(machines(10));
    ASSERT_EQ(again.status, 200) << again.body.left(1000).toStdString();
    EXPECT_EQ(hosts(), 10);
}

TEST_F(MachineImport, RateLimitedPerAccount)
{
    int last = 0;
    for (int i = 0; i < 11; ++i)
        last = import(machines(1), u"dryRun=true"_s).status;
    EXPECT_EQ(last, 429);
}

} // namespace
