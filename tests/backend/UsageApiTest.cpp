// Allocated versus used: held, busy and unreported GPU-hours per allocation, machine and tenant,
// against a real server on a real database seeded with allocations and one-minute GPU rollups
// at fixed instants (far in the past, so the answers do not depend on the day the test runs).
#include "AuthFixture.h"
#include "QtPrinters.h"
#include "UrlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime T0(QDate(2024, 1, 15), QTime(0, 0), QTimeZone::utc());

QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}

// The period every test asks for: [T0, T0+4h).
QString period()
{
    return u"from=%1&to=%2"_s.arg(urlTime(T0), urlTime(T0.addSecs(4 * 3600)));
}

QJsonObject findBy(const QJsonArray &list, const QString &key, const QJsonValue &value)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(key) == value)
            return v.toObject();
    }
    return {};
}

QStringList column(const QJsonArray &list, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : list) {
        const QJsonValue x = v.toObject().value(key);
        out.append(x.isString() ? x.toString() : QString::number(x.toInteger()));
    }
    return out;
}

// The seeded fleet and, inside the period P = [T0, T0+4h):
//   u-h1 2 GPUs  alloc-1 tenant A [T0-1h, T0+2h) expired  → held in P 2 h × 2 = 4
//                alloc-2 tenant A [T0+2h, T0+10h) reclaimed at T0+3h → held 1 h × 2 = 2
//   u-h2 1 GPU   alloc-3 tenant B [T0+1h, T0+30h) active  → held 3 h × 1 = 3
//   u-h3 4 GPUs  alloc-4 tenant B [T0-5h, T0-1h) expired (outside P); alloc-5 pending in P
// Rollups (one row a GPU-minute):
//   u-h1 GPU 0: 50 % from T0-1h to T0+4h (what comes after the reclaim belongs to nobody)
//   u-h1 GPU 1: exactly 10 % over [T0, T0+2h) (the threshold: not busy), 11 % over
//               [T0+2h, T0+2h30), silent over [T0+2h30, T0+3h)
//   u-h2 GPU 0: 5 % over [T0+1h, T0+2h), silent afterwards
//   u-h3 GPUs:  90 % over all of P, held by nobody
// So alloc-1: busy 2 (GPU 0), unreported 0, ratio 0.5; alloc-2: busy 1 + 0.5, unreported 0.5,
// ratio 1; alloc-3: busy 0, unreported 2, ratio 0.
class UsageApi : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        fixture = AuthFixture::start(u"usage"_s).release();
        if (!fixture)
            return;
        AuthFixture &f = *fixture;
        const QString a = QString::number(f.ownerA.id), b = QString::number(f.ownerB.id);
        const QString t0 = u"'"_s + T0.toString(Qt::ISODate) + u"'::timestamptz"_s;
        const QString sql =
            u"INSERT INTO hosts (id, name, ip_address, status, region, total_cpu, total_memory_gb, "
            "total_gpu) VALUES ('u-h1', 'usage-one', '10.1.0.1', 'online', 'east', 32, 256, 2),"
            "('u-h2', 'usage-two', '10.1.0.2', 'online', 'east', 32, 256, 1),"
            "('u-h3', 'usage-three', '10.1.0.3', 'online', 'west', 32, 256, 4);"
            "INSERT INTO gpus (host_id, index, name, memory_total_mb) "
            "SELECT 'u-h1', i, 'A100', 40960 FROM generate_series(0, 1) i UNION ALL "
            "SELECT 'u-h2', 0, 'A100', 40960 UNION ALL "
            "SELECT 'u-h3', i, 'L4', 24576 FROM generate_series(0, 3) i;"
            "INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status, "
            "reclaimed_at) VALUES "
            "('alloc-1', %1, 'u-h1', %3 - interval '1 hour', %3 + interval '2 hours', 'expired', "
            "NULL),"
            "('alloc-2', %1, 'u-h1', %3 + interval '2 hours', %3 + interval '10 hours', "
            "'reclaimed', %3 + interval '3 hours'),"
            "('alloc-3', %2, 'u-h2', %3 + interval '1 hour', %3 + interval '30 hours', 'active', "
            "NULL),"
            "('alloc-4', %2, 'u-h3', %3 - interval '5 hours', %3 - interval '1 hour', 'expired', "
            "NULL),"
            "('alloc-5', %2, 'u-h3', %3 + interval '1 hour', %3 + interval '3 hours', 'pending', "
            "NULL);"
            "INSERT INTO gpu_metrics_1m (gpu_id, host_id, bucket, samples, utilization_percent) "
            "SELECT g.id, g.host_id, %3 + make_interval(mins => k), 6, 50 FROM gpus g "
            "CROSS JOIN generate_series(-60, 239) k WHERE g.host_id = 'u-h1' AND g.index = 0 "
            "UNION ALL "
            "SELECT g.id, g.host_id, %3 + make_interval(mins => k), 6, "
            "CASE WHEN k < 120 THEN 10 ELSE 11 END FROM gpus g "
            "CROSS JOIN generate_series(0, 149) k WHERE g.host_id = 'u-h1' AND g.index = 1 "
            "UNION ALL "
            "SELECT g.id, g.host_id, %3 + make_interval(mins => k), 6, 5 FROM gpus g "
            "CROSS JOIN generate_series(60, 119) k WHERE g.host_id = 'u-h2' "
            "UNION ALL "
            "SELECT g.id, g.host_id, %3 + make_interval(mins => k), 6, 90 FROM gpus g "
            "CROSS JOIN generate_series(0, 239) k WHERE g.host_id = 'u-h3';"_s.arg(a, b, t0);
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

    HttpResult get(const QString &path, const AuthFixture::Account &account)
    {
        static QHash<QString, QString> tokens;
        if (!tokens.contains(account.username))
            tokens.insert(account.username, f().accessToken(account));
        return f().getAuthed(path, tokens.value(account.username));
    }
    QJsonObject allocations(const QString &extra = {})
    {
        const HttpResult r =
            get(u"/api/admin/statistics/allocations?"_s + period() + extra, f().admin);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return dataOf(r);
    }
    void setThreshold(const QString &percent)
    {
        const QString error =
            f().db().exec(u"UPDATE system_configs SET config_value = '%1' WHERE config_key = "
                          "'gpu_busy_utilization_percent'"_s.arg(percent));
        ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    }

    static AuthFixture *fixture;
};

AuthFixture *UsageApi::fixture = nullptr;

void expectFigures(const QJsonObject &o, double held, double busy, double unreported,
                   std::optional<double> ratio)
{
    EXPECT_DOUBLE_EQ(o.value(u"heldGpuHours"_s).toDouble(), held)
        << QJsonDocument(o).toJson().constData();
    EXPECT_DOUBLE_EQ(o.value(u"busyGpuHours"_s).toDouble(), busy)
        << QJsonDocument(o).toJson().constData();
    EXPECT_DOUBLE_EQ(o.value(u"unreportedGpuHours"_s).toDouble(), unreported)
        << QJsonDocument(o).toJson().constData();
    if (ratio) {
        ASSERT_TRUE(o.value(u"busyRatio"_s).isDouble()) << QJsonDocument(o).toJson().constData();
        EXPECT_NEAR(o.value(u"busyRatio"_s).toDouble(), *ratio, 1e-6);
    } else {
        EXPECT_TRUE(o.value(u"busyRatio"_s).isNull()) << QJsonDocument(o).toJson().constData();
    }
}

} // namespace

TEST_F(UsageApi, AllocationsClippedToThePeriodWithExactFigures)
{
    const QJsonObject d = allocations();
    EXPECT_EQ(d.value(u"busyThresholdPercent"_s).toInt(), 10);
    const QJsonArray list = d.value(u"allocations"_s).toArray();
    // Not alloc-4 (ended before P) nor alloc-5 (pending holds nothing).
    ASSERT_EQ(list.size(), 3) << QJsonDocument(d).toJson().constData();
    const QJsonObject a1 = findBy(list, u"allocationId"_s, u"alloc-1"_s);
    // Starts before P, ends inside it; GPU 1 at exactly 10 % is never busy.
    expectFigures(a1, 4.0, 2.0, 0.0, 0.5);
    EXPECT_EQ(a1.value(u"tenantId"_s).toInteger(), f().ownerA.id);
    EXPECT_EQ(a1.value(u"hostId"_s).toString(), u"u-h1"_s);
    EXPECT_EQ(a1.value(u"gpus"_s).toInt(), 2);
    // Reclaimed an hour in: held until the reclaim only, and the silent half hour of GPU 1 is
    // unknown, not idle. The rollups after the reclaim count for nobody.
    const QJsonObject a2 = findBy(list, u"allocationId"_s, u"alloc-2"_s);
    expectFigures(a2, 2.0, 1.5, 0.5, 1.0);
    EXPECT_EQ(a2.value(u"endTime"_s).toString(), u"2024-01-15T03:00:00.000Z"_s);
    // Starts inside P, ends after it; reported one idle hour, silent for two.
    const QJsonObject a3 = findBy(list, u"allocationId"_s, u"alloc-3"_s);
    expectFigures(a3, 3.0, 0.0, 2.0, 0.0);
    expectFigures(d.value(u"totals"_s).toObject(), 9.0, 3.5, 2.5, 3.5 / 6.5);
    const QJsonArray machines = d.value(u"machines"_s).toArray();
    ASSERT_EQ(machines.size(), 2);
    const QJsonObject h1 = findBy(machines, u"hostId"_s, u"u-h1"_s);
    EXPECT_EQ(h1.value(u"allocations"_s).toInt(), 2);
    EXPECT_EQ(h1.value(u"hostName"_s).toString(), u"usage-one"_s);
    expectFigures(h1, 6.0, 3.5, 0.5, 3.5 / 5.5);
}

TEST_F(UsageApi, AllocationsSortLowestRatioFirstByDefaultAndOnRequest)
{
    EXPECT_EQ(column(allocations().value(u"allocations"_s).toArray(), u"allocationId"_s),
              (QStringList{u"alloc-3"_s, u"alloc-1"_s, u"alloc-2"_s}));
    EXPECT_EQ(column(allocations(u"&sort=-busyRatio"_s).value(u"allocations"_s).toArray(),
                     u"allocationId"_s),
              (QStringList{u"alloc-2"_s, u"alloc-1"_s, u"alloc-3"_s}));
    EXPECT_EQ(column(allocations(u"&sort=-heldGpuHours"_s).value(u"allocations"_s).toArray(),
                     u"allocationId"_s),
              (QStringList{u"alloc-1"_s, u"alloc-3"_s, u"alloc-2"_s}));
    EXPECT_EQ(column(allocations(u"&sort=unreportedGpuHours"_s).value(u"machines"_s).toArray(),
                     u"hostId"_s),
              (QStringList{u"u-h1"_s, u"u-h2"_s}));
    const HttpResult bad =
        get(u"/api/admin/statistics/allocations?"_s + period() + u"&sort=name"_s, f().admin);
    EXPECT_EQ(bad.status, 400) << bad.body.constData();
}

TEST_F(UsageApi, AllocationsFilterByTenantAndMachine)
{
    const QJsonObject a = allocations(u"&customerId="_s + QString::number(f().ownerA.id));
    EXPECT_EQ(column(a.value(u"allocations"_s).toArray(), u"allocationId"_s),
              (QStringList{u"alloc-1"_s, u"alloc-2"_s}));
    expectFigures(a.value(u"totals"_s).toObject(), 6.0, 3.5, 0.5, 3.5 / 5.5);
    const QJsonObject h2 = allocations(u"&hostId=u-h2"_s);
    EXPECT_EQ(column(h2.value(u"allocations"_s).toArray(), u"allocationId"_s),
              (QStringList{u"alloc-3"_s}));
    EXPECT_EQ(get(u"/api/admin/statistics/allocations?customerId=abc"_s, f().admin).status, 400);
    // A period that starts later: alloc-1 is gone, alloc-3 is clipped to [T0+2h, T0+4h).
    const HttpResult later = get(u"/api/admin/statistics/allocations?from=%1&to=%2"_s.arg(
                                     urlTime(T0.addSecs(2 * 3600)), urlTime(T0.addSecs(4 * 3600))),
                                 f().admin);
    ASSERT_EQ(later.status, 200);
    const QJsonArray list = dataOf(later).value(u"allocations"_s).toArray();
    EXPECT_EQ(list.size(), 2);
    expectFigures(findBy(list, u"allocationId"_s, u"alloc-3"_s), 2.0, 0.0, 2.0, std::nullopt);
}

TEST_F(UsageApi, ThresholdSettingDecidesWhatIsBusy)
{
    setThreshold(u"4"_s);
    const QJsonObject d = allocations();
    setThreshold(u"10"_s);
    EXPECT_EQ(d.value(u"busyThresholdPercent"_s).toInt(), 4);
    const QJsonArray list = d.value(u"allocations"_s).toArray();
    // Now GPU 1's 10 % and u-h2's 5 % are busy too.
    expectFigures(findBy(list, u"allocationId"_s, u"alloc-1"_s), 4.0, 4.0, 0.0, 1.0);
    expectFigures(findBy(list, u"allocationId"_s, u"alloc-3"_s), 3.0, 1.0, 2.0, 1.0);
}

TEST_F(UsageApi, CustomerStatisticsCarryTheFiguresAndSortLowestFirst)
{
    const HttpResult r =
        get(u"/api/admin/statistics/customers?"_s + period() + u"&sort=busyRatio"_s, f().admin);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject d = dataOf(r);
    EXPECT_EQ(d.value(u"busyThresholdPercent"_s).toInt(), 10);
    const QJsonArray list = d.value(u"list"_s).toArray();
    ASSERT_GE(list.size(), 2);
    // B (ratio 0) before A; tenants without any report after both.
    EXPECT_EQ(list.at(0).toObject().value(u"tenantId"_s).toInteger(), f().ownerB.id);
    EXPECT_EQ(list.at(1).toObject().value(u"tenantId"_s).toInteger(), f().ownerA.id);
    expectFigures(list.at(0).toObject(), 3.0, 0.0, 2.0, 0.0);
    expectFigures(list.at(1).toObject(), 6.0, 3.5, 0.5, 3.5 / 5.5);
    // The older figures are still there, unchanged in meaning.
    EXPECT_DOUBLE_EQ(list.at(1).toObject().value(u"gpuHoursAllocated"_s).toDouble(), 6.0);
    for (qsizetype i = 2; i < list.size(); ++i)
        EXPECT_TRUE(list.at(i).toObject().value(u"busyRatio"_s).isNull());
    EXPECT_EQ(get(u"/api/admin/statistics/customers?sort=nope"_s, f().admin).status, 400);
}

TEST_F(UsageApi, CustomerStatisticsOfOneTenantAreThatTenantsRowOfTheWholeList)
{
    const HttpResult all = get(u"/api/admin/statistics/customers?"_s + period(), f().admin);
    ASSERT_EQ(all.status, 200) << all.body.constData();
    const QJsonArray every = dataOf(all).value(u"list"_s).toArray();
    ASSERT_GE(every.size(), 2);
    for (const qint64 tenant : {f().ownerA.id, f().ownerB.id}) {
        const HttpResult one = get(u"/api/admin/statistics/customers?"_s + period() +
                                       u"&customerId="_s + QString::number(tenant),
                                   f().admin);
        ASSERT_EQ(one.status, 200) << one.body.constData();
        const QJsonObject d = dataOf(one);
        const QJsonArray list = d.value(u"list"_s).toArray();
        ASSERT_EQ(list.size(), 1) << one.body.constData();
        // Every figure as in the whole list: allocated, used, held, busy, unreported, ratios.
        EXPECT_EQ(list.at(0).toObject(), findBy(every, u"tenantId"_s, tenant))
            << one.body.constData();
        EXPECT_EQ(d.value(u"from"_s), dataOf(all).value(u"from"_s));
        EXPECT_EQ(d.value(u"busyThresholdPercent"_s), dataOf(all).value(u"busyThresholdPercent"_s));
    }
    expectFigures(findBy(every, u"tenantId"_s, f().ownerA.id), 6.0, 3.5, 0.5, 3.5 / 5.5);
    // The CSV download keeps to the tenant too.
    const HttpResult csv = get(u"/api/admin/statistics/customers?format=csv&"_s + period() +
                                   u"&customerId="_s + QString::number(f().ownerB.id),
                               f().admin);
    ASSERT_EQ(csv.status, 200) << csv.body.constData();
    const QList<QByteArray> lines = csv.body.mid(3).trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2) << csv.body.constData();
    EXPECT_TRUE(lines.at(1).startsWith(QByteArray(QByteArray::number(f().ownerB.id) + ",")))
        << lines.at(1).constData();
    // A member's id is no tenant's: nobody to report on.
    const HttpResult member = get(u"/api/admin/statistics/customers?"_s + period() +
                                      u"&customerId="_s + QString::number(f().memberA.id),
                                  f().admin);
    ASSERT_EQ(member.status, 200) << member.body.constData();
    EXPECT_TRUE(dataOf(member).value(u"list"_s).toArray().isEmpty()) << member.body.constData();
    for (const QString &bad : {u"abc"_s, u"0"_s, u"-3"_s, u"1.5"_s, QString()}) {
        const HttpResult r = get(
            u"/api/admin/statistics/customers?"_s + period() + u"&customerId="_s + bad, f().admin);
        EXPECT_EQ(r.status, 400) << qPrintable(bad) << r.body.constData();
        EXPECT_TRUE(r.json().value(u"message"_s).toString().contains(u"customerId"_s))
            << r.body.constData();
        EXPECT_EQ(
            dataOf(r).value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
            u"customerId"_s)
            << r.body.constData();
    }
    EXPECT_EQ(get(u"/api/admin/statistics/customers?customerId="_s + QString::number(f().ownerA.id),
                  f().ownerA)
                  .status,
              403);
}

TEST_F(UsageApi, ResourceStatisticsPerMachineAndGroup)
{
    const HttpResult r = get(u"/api/admin/statistics/resources?"_s + period(), f().admin);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject d = dataOf(r);
    const QJsonArray machines = d.value(u"byMachine"_s).toArray();
    EXPECT_EQ(column(machines, u"hostId"_s), (QStringList{u"u-h1"_s, u"u-h2"_s, u"u-h3"_s}));
    expectFigures(findBy(machines, u"hostId"_s, u"u-h1"_s), 6.0, 3.5, 0.5, 3.5 / 5.5);
    // Busy all along but held by nobody in P: nothing held, nothing counted.
    expectFigures(findBy(machines, u"hostId"_s, u"u-h3"_s), 0.0, 0.0, 0.0, std::nullopt);
    expectFigures(findBy(d.value(u"byRegion"_s).toArray(), u"region"_s, u"east"_s), 9.0, 3.5, 2.5,
                  3.5 / 6.5);
    expectFigures(d.value(u"totals"_s).toObject(), 9.0, 3.5, 2.5, 3.5 / 6.5);
    const HttpResult sorted =
        get(u"/api/admin/statistics/resources?"_s + period() + u"&sort=busyRatio"_s, f().admin);
    EXPECT_EQ(column(dataOf(sorted).value(u"byMachine"_s).toArray(), u"hostId"_s),
              (QStringList{u"u-h2"_s, u"u-h1"_s, u"u-h3"_s}));
}

TEST_F(UsageApi, OwnerSeesOnlyItsOwnTenant)
{
    HttpResult r = get(u"/api/customer/statistics/usage?"_s + period(), f().ownerA);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(column(dataOf(r).value(u"allocations"_s).toArray(), u"allocationId"_s),
              (QStringList{u"alloc-1"_s, u"alloc-2"_s}));
    expectFigures(dataOf(r).value(u"totals"_s).toObject(), 6.0, 3.5, 0.5, 3.5 / 5.5);
    // A customerId in the query changes nothing: the tenant is the caller's.
    r = get(u"/api/customer/statistics/usage?"_s + period() + u"&customerId="_s +
                QString::number(f().ownerA.id),
            f().ownerB);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(column(dataOf(r).value(u"allocations"_s).toArray(), u"allocationId"_s),
              (QStringList{u"alloc-3"_s}));
    EXPECT_EQ(get(u"/api/customer/statistics/usage?"_s + period(), f().memberA).status, 403);
    EXPECT_EQ(get(u"/api/customer/statistics/usage?"_s + period(), f().admin).status, 403);
    EXPECT_EQ(get(u"/api/admin/statistics/allocations?"_s + period(), f().ownerA).status, 403);
}

TEST_F(UsageApi, AllocationsAsCsv)
{
    const HttpResult r =
        get(u"/api/admin/statistics/allocations?format=csv&sort=-heldGpuHours&"_s + period(),
            f().admin);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QList<QByteArray> lines = r.body.mid(3).split('\n');
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines.at(0), QByteArray("allocationId,tenantId,tenantName,hostId,gpus,status,"
                                      "startTime,endTime,heldGpuHours,busyGpuHours,"
                                      "unreportedGpuHours,busyRatio\r"));
    EXPECT_TRUE(lines.at(1).startsWith("alloc-1,")) << lines.at(1).constData();
    EXPECT_TRUE(lines.at(1).endsWith(",4,2,0,0.5\r")) << lines.at(1).constData();
}
