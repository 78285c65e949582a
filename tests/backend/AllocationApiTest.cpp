// Whole-machine allocations: the exclusion constraint under concurrent requests, the write
// routes with their audit rows, tenant scoping, bulk extend, free windows, and the sweeper
// (expiry, activation, reminders exactly once), against a real server on a real database.
#include "AllocationSweeper.h"
#include "AuthFixture.h"
#include "DatabasePool.h"
#include "DatabaseUrl.h"
#include "LocalZone.h"
#include "QtPrinters.h"
#include "SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <gtest/gtest.h>

#include <ctime>
#include <memory>
#include <vector>

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

// Whole seconds, so what goes in compares equal to what comes back.
QDateTime nowUtc()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The same instant written without a zone: "2026-11-24T08:00:00.000".
QString zoneless(const QDateTime &t)
{
    return iso(t).chopped(1);
}

QString encodedFilters(const QJsonObject &filters)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(
        QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact))));
}

// Shared helpers for both suites: hosts, keys and direct counts.
class AllocationFixtureBase : public ::testing::Test
{
protected:
    static AuthFixture *fixture;
    static QString adminToken;
    AuthFixture &f() { return *fixture; }

    static void startFixture(const QString &label)
    {
        fixture = AuthFixture::start(label).release();
        if (!fixture)
            return;
        adminToken = fixture->accessToken(fixture->admin);
        // Two keys for tenant A (owner and member), one for tenant B that must never be queued
        // for A's machines.
        const QString err = fixture->db().exec(
            u"INSERT INTO ssh_keys (customer_id, name, public_key, fingerprint) VALUES "
            "(%1, 'owner-key', 'ssh-ed25519 AAAAownerA owner@a', 'SHA256:ownerA'), "
            "(%2, 'member-key', 'ssh-ed25519 AAAAmemberA member@a', 'SHA256:memberA'), "
            "(%3, 'b-key', 'ssh-ed25519 AAAAownerB owner@b', 'SHA256:ownerB')"_s
                .arg(fixture->ownerA.id)
                .arg(fixture->memberA.id)
                .arg(fixture->ownerB.id));
        EXPECT_TRUE(err.isEmpty()) << err.toStdString();
    }
    static void stopFixture()
    {
        delete fixture;
        fixture = nullptr;
        adminToken.clear();
    }
    void SetUp() override { ASSERT_TRUE(fixture); }

    void addHost(const QString &id, const QString &status = u"online"_s)
    {
        static int next = 1;
        const QString err = f().db().exec(
            u"INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, status) "
            "VALUES ('%1', 'node %1', '10.1.%2.%3', 32, 256, '%4')"_s.arg(id)
                .arg(next / 200)
                .arg(next % 200 + 1)
                .arg(status));
        ++next;
        ASSERT_TRUE(err.isEmpty()) << err.toStdString();
    }
    // A new host `hostId` allocated to `tenantId` until `end`; the allocation's id (the test
    // fails if the allocation is refused).
    QString newAllocation(const QString &hostId, qint64 tenantId, const QDateTime &end)
    {
        addHost(hostId);
        const HttpResult r = allocate(hostId, tenantId, end);
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return dataOf(r).value(u"id"_s).toString();
    }
    int count(const QString &sql) { return f().db().scalar(sql).toInt(); }
    QString text(const QString &sql) { return f().db().scalar(sql).toString(); }

    HttpResult allocate(const QString &hostId, qint64 tenantId, const QDateTime &end,
                        const QDateTime &start = {}, const QString &token = {})
    {
        QJsonObject body{
            {u"tenantId"_s, tenantId}, {u"endTime"_s, iso(end)}, {u"remark"_s, u"test"_s}};
        if (start.isValid())
            body.insert(u"startTime"_s, iso(start));
        return f().postJson(u"/api/admin/machines/%1/allocate"_s.arg(hostId), body,
                            token.isEmpty() ? adminToken : token);
    }
};

AuthFixture *AllocationFixtureBase::fixture = nullptr;
QString AllocationFixtureBase::adminToken;

class AllocationApi : public AllocationFixtureBase
{
protected:
    static void SetUpTestSuite() { startFixture(u"alloc_api"_s); }
    static void TearDownTestSuite() { stopFixture(); }
};

class AllocationSweep : public AllocationFixtureBase
{
protected:
    static void SetUpTestSuite() { startFixture(u"alloc_sweep"_s); }
    static void TearDownTestSuite() { stopFixture(); }

    // A pool of its own on the suite's database, so sweeps can run on worker threads exactly
    // as the server's timer runs them.
    std::unique_ptr<DatabasePool> makePool()
    {
        auto url = DatabaseUrl::parse(f().db().url());
        EXPECT_TRUE(url.ok());
        return std::make_unique<DatabasePool>(*url, 2);
    }
};

// --- the race -------------------------------------------------------------------------------

TEST_F(AllocationApi, TwentyConcurrentAllocationsExactlyOneWins)
{
    addHost(u"h-race"_s);
    const QByteArray body = QJsonDocument(QJsonObject{{u"tenantId"_s, f().ownerA.id},
                                                      {u"endTime"_s, iso(nowUtc().addDays(2))}})
                                .toJson(QJsonDocument::Compact);
    // One manager per request: a single manager would queue them on at most six connections.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    int finished = 0;
    for (int i = 0; i < 20; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(
            f().baseUrl().resolved(QUrl(u"/api/admin/machines/h-race/allocate"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + adminToken.toLatin1());
        QNetworkReply *reply = managers.back()->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&finished] { ++finished; });
        replies.append(reply);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished == 20; }, 60000))
        << finished << " of 20 answered";

    QString winner;
    int created = 0;
    QStringList conflictMessages;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 201) {
            ++created;
            winner = json.value(u"data"_s).toObject().value(u"id"_s).toString();
        } else {
            EXPECT_EQ(status, 409) << QJsonDocument(json).toJson().constData();
            conflictMessages << json.value(u"message"_s).toString();
        }
        reply->deleteLater();
    }
    EXPECT_EQ(created, 1);
    ASSERT_EQ(conflictMessages.size(), 19);
    ASSERT_FALSE(winner.isEmpty());
    for (const QString &m : std::as_const(conflictMessages))
        EXPECT_TRUE(m.contains(winner))
            << m.toStdString() << " does not name " << winner.toStdString();
    EXPECT_EQ(
        count(u"SELECT count(*) FROM allocations WHERE host_id = 'h-race' AND status = 'active'"_s),
        1);
    EXPECT_EQ(count(u"SELECT count(*) FROM allocations WHERE host_id = 'h-race'"_s), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.create' AND "
                    u"result = 'success' "
                    "AND resource_id = '%1'"_s.arg(winner)),
              1);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.create' AND "
                    u"result = 'failure' "
                    "AND status_code = 409 AND resource_id = 'h-race'"_s),
              19);
}

// --- create, extend, reclaim ----------------------------------------------------------------

TEST_F(AllocationApi, CreateExtendReclaimAreAuditedAndQueueKeys)
{
    addHost(u"h-life"_s);
    const QDateTime end = nowUtc().addDays(10);
    const HttpResult created = f().postJson(u"/api/admin/allocations"_s,
                                            {{u"hostId"_s, u"h-life"_s},
                                             {u"tenantId"_s, f().ownerA.id},
                                             {u"endTime"_s, iso(end)},
                                             {u"remark"_s, u"training run"_s}},
                                            adminToken);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QJsonObject a = dataOf(created);
    const QString id = a.value(u"id"_s).toString();
    EXPECT_TRUE(QRegularExpression(u"^alloc-\\d{8}-[0-9a-f]{6}$"_s).match(id).hasMatch())
        << id.toStdString();
    EXPECT_EQ(a.value(u"status"_s).toString(), u"active"_s);
    EXPECT_EQ(a.value(u"tenantId"_s).toInteger(), f().ownerA.id);
    EXPECT_EQ(a.value(u"hostId"_s).toString(), u"h-life"_s);
    EXPECT_EQ(a.value(u"endTime"_s).toString(), iso(end));
    EXPECT_EQ(a.value(u"remark"_s).toString(), u"training run"_s);
    EXPECT_EQ(a.value(u"state"_s).toString(), u"allocated"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.create' AND "
                    u"result = 'success' "
                    "AND resource_id = '%1' AND tenant_id = %2 AND customer_id = %3"_s.arg(id)
                        .arg(f().ownerA.id)
                        .arg(f().admin.id)),
              1);
    // The owner's and the member's keys, never tenant B's.
    EXPECT_EQ(count(u"SELECT count(*) FROM agent_key_jobs WHERE allocation_id = '%1' AND action = "
                    u"'install' "
                    "AND host_id = 'h-life' AND status = 'pending'"_s.arg(id)),
              2);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM agent_key_jobs WHERE allocation_id = '%1' AND public_key LIKE '%%ownerB%%'"_s
                .arg(id)),
        0);

    const HttpResult got = f().getAuthed(u"/api/admin/allocations/"_s + id, adminToken);
    ASSERT_EQ(got.status, 200) << got.body.constData();
    EXPECT_EQ(dataOf(got).value(u"id"_s).toString(), id);

    const QDateTime later = end.addDays(5);
    const HttpResult extended = f().postJson(u"/api/admin/allocations/%1/extend"_s.arg(id),
                                             {{u"endTime"_s, iso(later)}}, adminToken);
    ASSERT_EQ(extended.status, 200) << extended.body.constData();
    EXPECT_EQ(dataOf(extended).value(u"endTime"_s).toString(), iso(later));
    EXPECT_EQ(count(u"SELECT extended_count FROM allocations WHERE id = '%1'"_s.arg(id)), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.extend' AND "
                    u"result = 'success' "
                    "AND resource_id = '%1' AND tenant_id = %2"_s.arg(id)
                        .arg(f().ownerA.id)),
              1);

    // Shortening is not an extension.
    const HttpResult shorter = f().postJson(u"/api/admin/allocations/%1/extend"_s.arg(id),
                                            {{u"endTime"_s, iso(end)}}, adminToken);
    EXPECT_EQ(shorter.status, 400) << shorter.body.constData();
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.extend' AND "
                    u"result = 'failure' "
                    "AND resource_id = '%1'"_s.arg(id)),
              1);

    const HttpResult reclaimed = f().postJson(u"/api/admin/allocations/%1/reclaim"_s.arg(id),
                                              {{u"reason"_s, u"customer asked"_s}}, adminToken);
    ASSERT_EQ(reclaimed.status, 200) << reclaimed.body.constData();
    EXPECT_EQ(dataOf(reclaimed).value(u"status"_s).toString(), u"reclaimed"_s);
    EXPECT_FALSE(dataOf(reclaimed).value(u"reclaimedAt"_s).toString().isEmpty());
    EXPECT_EQ(text(u"SELECT reclaim_reason FROM allocations WHERE id = '%1'"_s.arg(id)),
              u"customer asked"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.reclaim' AND "
                    u"result = 'success' "
                    "AND resource_id = '%1' AND tenant_id = %2"_s.arg(id)
                        .arg(f().ownerA.id)),
              1);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM agent_key_jobs WHERE allocation_id = '%1' AND action = 'remove'"_s
                .arg(id)),
        2);

    // Reclaiming twice is a conflict; the machine is free at once.
    EXPECT_EQ(f().postJson(u"/api/admin/allocations/%1/reclaim"_s.arg(id), {}, adminToken).status,
              409);
    const HttpResult again = allocate(u"h-life"_s, f().ownerB.id, nowUtc().addDays(3));
    ASSERT_EQ(again.status, 201) << again.body.constData();
    const QString second = dataOf(again).value(u"id"_s).toString();

    // And the machine route reclaims its active allocation.
    const HttpResult byMachine = f().postJson(u"/api/admin/machines/h-life/reclaim"_s,
                                              {{u"reason"_s, u"maintenance"_s}}, adminToken);
    ASSERT_EQ(byMachine.status, 200) << byMachine.body.constData();
    EXPECT_EQ(dataOf(byMachine).value(u"id"_s).toString(), second);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.reclaim' AND "
                    u"result = 'success' "
                    "AND resource_id = '%1' AND tenant_id = %2"_s.arg(second)
                        .arg(f().ownerB.id)),
              1);
    const HttpResult nothing =
        f().postJson(u"/api/admin/machines/h-life/reclaim"_s, {}, adminToken);
    EXPECT_EQ(nothing.status, 409) << nothing.body.constData();
}

TEST_F(AllocationApi, PendingWhenStartIsInTheFuture)
{
    addHost(u"h-future"_s);
    const HttpResult r =
        allocate(u"h-future"_s, f().ownerA.id, nowUtc().addDays(4), nowUtc().addDays(2));
    ASSERT_EQ(r.status, 201) << r.body.constData();
    EXPECT_EQ(dataOf(r).value(u"status"_s).toString(), u"pending"_s);
    // Keys are installed when it starts, not before.
    EXPECT_EQ(count(u"SELECT count(*) FROM agent_key_jobs WHERE allocation_id = '%1'"_s.arg(
                  dataOf(r).value(u"id"_s).toString())),
              0);
}

TEST_F(AllocationApi, ValidationRefusesWithFieldsAndAudits)
{
    addHost(u"h-valid"_s);
    addHost(u"h-maint"_s, u"maintenance"_s);
    const QDateTime end = nowUtc().addDays(1);

    const HttpResult member = allocate(u"h-valid"_s, f().memberA.id, end);
    EXPECT_EQ(member.status, 400) << member.body.constData();
    EXPECT_EQ(
        dataOf(member).value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
        u"tenantId"_s);
    EXPECT_EQ(allocate(u"h-valid"_s, f().admin.id, end).status, 400);
    EXPECT_EQ(allocate(u"h-valid"_s, 999999, end).status, 400);

    const HttpResult reversed = allocate(u"h-valid"_s, f().ownerA.id, end, end.addSecs(3600));
    EXPECT_EQ(reversed.status, 400) << reversed.body.constData();
    EXPECT_EQ(
        dataOf(reversed).value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
        u"endTime"_s);

    const HttpResult maintenance = allocate(u"h-maint"_s, f().ownerA.id, end);
    EXPECT_EQ(maintenance.status, 409) << maintenance.body.constData();
    EXPECT_TRUE(messageOf(maintenance).contains(u"maintenance"_s));

    EXPECT_EQ(allocate(u"no-such-host"_s, f().ownerA.id, end).status, 404);
    const HttpResult unknownInBody = f().postJson(u"/api/admin/allocations"_s,
                                                  {{u"hostId"_s, u"no-such-host"_s},
                                                   {u"tenantId"_s, f().ownerA.id},
                                                   {u"endTime"_s, iso(end)}},
                                                  adminToken);
    EXPECT_EQ(unknownInBody.status, 400) << unknownInBody.body.constData();

    EXPECT_EQ(count(u"SELECT count(*) FROM allocations WHERE host_id IN ('h-valid', 'h-maint')"_s),
              0);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.create' AND "
                    u"result = 'failure' "
                    "AND resource_id = 'h-maint' AND status_code = 409"_s),
              1);
    EXPECT_GE(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.create' AND "
                    u"result = 'failure' "
                    "AND resource_id = 'h-valid' AND status_code = 400"_s),
              4);
}

TEST_F(AllocationApi, ExtendIntoPendingAllocationIs409NamingIt)
{
    addHost(u"h-ext"_s);
    const QDateTime now = nowUtc();
    const HttpResult first = allocate(u"h-ext"_s, f().ownerA.id, now.addDays(2));
    ASSERT_EQ(first.status, 201) << first.body.constData();
    const HttpResult next = allocate(u"h-ext"_s, f().ownerB.id, now.addDays(5), now.addDays(3));
    ASSERT_EQ(next.status, 201) << next.body.constData();
    const QString firstId = dataOf(first).value(u"id"_s).toString();
    const QString nextId = dataOf(next).value(u"id"_s).toString();

    const HttpResult clash = f().postJson(u"/api/admin/allocations/%1/extend"_s.arg(firstId),
                                          {{u"endTime"_s, iso(now.addDays(4))}}, adminToken);
    EXPECT_EQ(clash.status, 409) << clash.body.constData();
    EXPECT_TRUE(messageOf(clash).contains(nextId)) << messageOf(clash).toStdString();
    EXPECT_EQ(text(u"SELECT to_char(end_time AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM "
                   u"allocations "
                   "WHERE id = '%1'"_s.arg(firstId)),
              now.addDays(2).toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.extend' AND "
                    u"result = 'failure' "
                    "AND resource_id = '%1' AND status_code = 409"_s.arg(firstId)),
              1);

    // Up to the next one's start is fine.
    const HttpResult upTo = f().postJson(u"/api/admin/allocations/%1/extend"_s.arg(firstId),
                                         {{u"endTime"_s, iso(now.addDays(3))}}, adminToken);
    EXPECT_EQ(upTo.status, 200) << upTo.body.constData();
}

TEST_F(AllocationApi, BulkExtendIsAllOrNothing)
{
    addHost(u"h-bulk1"_s);
    addHost(u"h-bulk2"_s);
    const QDateTime end = nowUtc().addDays(6);
    const HttpResult a = allocate(u"h-bulk1"_s, f().ownerA.id, end);
    const HttpResult b = allocate(u"h-bulk2"_s, f().ownerB.id, end);
    ASSERT_EQ(a.status, 201);
    ASSERT_EQ(b.status, 201);
    const QString idA = dataOf(a).value(u"id"_s).toString();
    const QString idB = dataOf(b).value(u"id"_s).toString();
    const QString endsSql =
        u"SELECT count(*) FROM allocations WHERE id IN ('%1', '%2') AND end_time = %3"_s;

    const HttpResult bad = f().postJson(
        u"/api/admin/allocations/bulk-extend"_s,
        {{u"ids"_s, QJsonArray{idA, idB, u"alloc-19990101-000000"_s}}, {u"extendDays"_s, 3}},
        adminToken);
    EXPECT_EQ(bad.status, 404) << bad.body.constData();
    EXPECT_TRUE(messageOf(bad).contains(u"alloc-19990101-000000"_s));
    EXPECT_EQ(count(endsSql.arg(idA, idB, sqlTime(end))), 2);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.bulk_extend' AND result = 'success'"_s),
        0);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.bulk_extend' AND result = 'failure'"_s),
        1);

    // A clash on one of them also leaves the other untouched.
    addHost(u"h-bulk3"_s);
    const HttpResult c = allocate(u"h-bulk3"_s, f().ownerA.id, end);
    const HttpResult blocker =
        allocate(u"h-bulk3"_s, f().ownerB.id, end.addDays(5), end.addDays(1));
    ASSERT_EQ(c.status, 201);
    ASSERT_EQ(blocker.status, 201) << blocker.body.constData();
    const QString idC = dataOf(c).value(u"id"_s).toString();
    const HttpResult clash =
        f().postJson(u"/api/admin/allocations/bulk-extend"_s,
                     {{u"ids"_s, QJsonArray{idA, idC}}, {u"extendDays"_s, 3}}, adminToken);
    EXPECT_EQ(clash.status, 409) << clash.body.constData();
    EXPECT_TRUE(messageOf(clash).contains(dataOf(blocker).value(u"id"_s).toString()))
        << messageOf(clash).toStdString();
    EXPECT_EQ(count(endsSql.arg(idA, idC, sqlTime(end))), 2);

    const HttpResult good =
        f().postJson(u"/api/admin/allocations/bulk-extend"_s,
                     {{u"ids"_s, QJsonArray{idA, idB}}, {u"extendDays"_s, 3}}, adminToken);
    ASSERT_EQ(good.status, 200) << good.body.constData();
    EXPECT_EQ(dataOf(good).value(u"list"_s).toArray().size(), 2);
    EXPECT_EQ(count(endsSql.arg(idA, idB, sqlTime(end.addDays(3)))), 2);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.bulk_extend' AND result = "
            u"'success' "
            "AND ((resource_id = '%1' AND tenant_id = %3) OR (resource_id = '%2' AND tenant_id = %4))"_s
                .arg(idA, idB)
                .arg(f().ownerA.id)
                .arg(f().ownerB.id)),
        2);

    const HttpResult both = f().postJson(
        u"/api/admin/allocations/bulk-extend"_s,
        {{u"ids"_s, QJsonArray{idA}}, {u"extendDays"_s, 1}, {u"endTime"_s, iso(end)}}, adminToken);
    EXPECT_EQ(both.status, 400) << both.body.constData();
}

// An end that has already passed is a 400 naming endTime, and nothing is stored.
TEST_F(AllocationApi, AnEndInThePastIs400)
{
    addHost(u"h-past"_s);
    const HttpResult r = allocate(u"h-past"_s, f().ownerA.id, nowUtc().addSecs(-3600));
    EXPECT_EQ(r.status, 400) << r.body.constData();
    EXPECT_EQ(dataOf(r).value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
              u"endTime"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM allocations WHERE host_id = 'h-past'"_s), 0);
}

// Only an active or pending lease can be extended: an expired or reclaimed one is a 409 and keeps
// its end.
TEST_F(AllocationApi, ExtendingAnExpiredOrReclaimedLeaseIs409)
{
    addHost(u"h-over"_s);
    const QDateTime now = nowUtc();
    ASSERT_EQ(
        f().db().exec(
            u"INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, "
            u"status) VALUES ('over-expired', %1, 'h-over', %2, %3, 'expired')"_s.arg(f().ownerA.id)
                .arg(sqlTime(now.addDays(-10)), sqlTime(now.addDays(-1)))),
        QString());
    const QString reclaimedId = newAllocation(u"h-taken"_s, f().ownerA.id, now.addDays(5));
    ASSERT_FALSE(reclaimedId.isEmpty());
    ASSERT_EQ(f().postJson(u"/api/admin/allocations/%1/reclaim"_s.arg(reclaimedId),
                           {{u"reason"_s, u"done early"_s}}, adminToken)
                  .status,
              200);
    for (const auto &[id, end] :
         {std::pair{u"over-expired"_s, now.addDays(-1)}, std::pair{reclaimedId, now.addDays(5)}}) {
        const HttpResult r = f().postJson(u"/api/admin/allocations/%1/extend"_s.arg(id),
                                          {{u"endTime"_s, iso(now.addDays(30))}}, adminToken);
        EXPECT_EQ(r.status, 409) << qPrintable(id) << " " << r.body.constData();
        EXPECT_EQ(count(u"SELECT count(*) FROM allocations WHERE id = '%1' AND end_time = %2"_s.arg(
                      id, sqlTime(end))),
                  1)
            << qPrintable(id);
    }
}

// Reclaiming ends the lease now but keeps the end that was agreed: reclaimed_at says when it
// stopped, end_time still says what the tenant had.
TEST_F(AllocationApi, ReclaimKeepsTheAgreedEnd)
{
    const QDateTime end = nowUtc().addDays(9);
    const QString id = newAllocation(u"h-keep"_s, f().ownerB.id, end);
    ASSERT_FALSE(id.isEmpty());
    const HttpResult r = f().postJson(u"/api/admin/allocations/%1/reclaim"_s.arg(id),
                                      {{u"reason"_s, u"hardware fault"_s}}, adminToken);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(dataOf(r).value(u"status"_s).toString(), u"reclaimed"_s);
    EXPECT_EQ(dataOf(r).value(u"endTime"_s).toString(), iso(end));
    EXPECT_FALSE(dataOf(r).value(u"reclaimedAt"_s).toString().isEmpty());
    EXPECT_EQ(count(u"SELECT count(*) FROM allocations WHERE id = '%1' AND end_time = %2 AND "
                    u"reclaimed_at < end_time"_s.arg(id, sqlTime(end))),
              1);
}

// Bulk extend takes 1 to 200 ids and 1 to 3,650 days; either bound crossed is a 400 naming the
// field, the bounds themselves are accepted.
TEST_F(AllocationApi, BulkExtendBounds)
{
    const auto admin3 = f().createAccount(u"bounds.admin"_s, Role::Admin); // its own rate budget
    const QString token = f().accessToken(admin3);
    const QString id = newAllocation(u"h-bounds"_s, f().ownerA.id, nowUtc().addDays(3));
    ASSERT_FALSE(id.isEmpty());
    const auto bulk = [&](const QJsonArray &ids, int days) {
        return f().postJson(u"/api/admin/allocations/bulk-extend"_s,
                            {{u"ids"_s, ids}, {u"extendDays"_s, days}}, token);
    };
    const auto fieldOf = [](const HttpResult &r) {
        return dataOf(r).value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString();
    };
    QJsonArray unknown200;
    for (int i = 0; i < 200; ++i)
        unknown200.append(u"alloc-19990101-%1"_s.arg(i, 6, 10, QLatin1Char('0')));
    QJsonArray unknown201 = unknown200;
    unknown201.append(u"alloc-19990101-999999"_s);

    const HttpResult none = bulk(QJsonArray{}, 1);
    EXPECT_EQ(none.status, 400) << none.body.constData();
    EXPECT_EQ(fieldOf(none), u"ids"_s);
    const HttpResult tooMany = bulk(unknown201, 1);
    EXPECT_EQ(tooMany.status, 400) << tooMany.body.constData();
    EXPECT_EQ(fieldOf(tooMany), u"ids"_s);
    // 200 passes the bound and reaches the lookup, which does not know them.
    EXPECT_EQ(bulk(unknown200, 1).status, 404);
    const HttpResult zero = bulk(QJsonArray{id}, 0);
    EXPECT_EQ(zero.status, 400) << zero.body.constData();
    EXPECT_EQ(fieldOf(zero), u"extendDays"_s);
    const HttpResult tooLong = bulk(QJsonArray{id}, 3651);
    EXPECT_EQ(tooLong.status, 400) << tooLong.body.constData();
    EXPECT_EQ(fieldOf(tooLong), u"extendDays"_s);
    EXPECT_EQ(bulk(QJsonArray{id}, 1).status, 200);
    EXPECT_EQ(bulk(QJsonArray{id}, 3650).status, 200);
}

// A write whose audit row cannot be stored is not made: the allocation is not created and no
// audit row of it remains (the audit insert runs in the change's own transaction).
TEST_F(AllocationApi, AFailingAuditInsertLeavesNoAllocation)
{
    addHost(u"h-audit"_s);
    ASSERT_EQ(
        f().db().exec(
            u"CREATE FUNCTION fail_alloc_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.action = 'allocation.create' AND NEW.result = 'success' THEN RAISE "
            "EXCEPTION 'audit store down'; END IF; RETURN NEW; END $$; "
            "CREATE TRIGGER fail_alloc_audit BEFORE INSERT ON audit_logs FOR EACH ROW "
            "EXECUTE FUNCTION fail_alloc_audit();"_s),
        QString());
    const HttpResult r = allocate(u"h-audit"_s, f().ownerA.id, nowUtc().addDays(2));
    ASSERT_EQ(f().db().exec(u"DROP TRIGGER fail_alloc_audit ON audit_logs; DROP FUNCTION "
                            u"fail_alloc_audit();"_s),
              QString());
    EXPECT_EQ(r.status, 500) << r.body.constData();
    EXPECT_EQ(count(u"SELECT count(*) FROM allocations WHERE host_id = 'h-audit'"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM agent_key_jobs WHERE host_id = 'h-audit'"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.create' AND "
                    u"result = 'success' AND detail->>'hostId' = 'h-audit'"_s),
              0);
    // And the machine is free: the same allocation goes through once the audit works.
    EXPECT_EQ(allocate(u"h-audit"_s, f().ownerA.id, nowUtc().addDays(2)).status, 201);
}

TEST_F(AllocationApi, BulkExtendIsRateLimitedPerAccount)
{
    const auto admin2 = f().createAccount(u"second.admin"_s, Role::Admin);
    const QString token = f().accessToken(admin2);
    int limited = 0;
    for (int i = 0; i < 12; ++i) {
        const HttpResult r = f().postJson(
            u"/api/admin/allocations/bulk-extend"_s,
            {{u"ids"_s, QJsonArray{u"alloc-19990101-000000"_s}}, {u"extendDays"_s, 1}}, token);
        if (r.status == 429) {
            ++limited;
            EXPECT_FALSE(r.header("Retry-After").isEmpty());
        } else {
            EXPECT_EQ(r.status, 404) << r.body.constData();
        }
    }
    EXPECT_EQ(limited, 2);
    // Another admin's budget is its own.
    EXPECT_EQ(
        f().postJson(u"/api/admin/allocations/bulk-extend"_s,
                     {{u"ids"_s, QJsonArray{u"alloc-19990101-000000"_s}}, {u"extendDays"_s, 1}},
                     adminToken)
            .status,
        404);
}

// --- tenant scoping -------------------------------------------------------------------------

TEST_F(AllocationApi, TenantsReadOnlyTheirOwnAndCannotWrite)
{
    addHost(u"h-scopeA"_s);
    addHost(u"h-scopeB"_s);
    const HttpResult a = allocate(u"h-scopeA"_s, f().ownerA.id, nowUtc().addDays(3));
    const HttpResult b = allocate(u"h-scopeB"_s, f().ownerB.id, nowUtc().addDays(3));
    ASSERT_EQ(a.status, 201);
    ASSERT_EQ(b.status, 201);
    const QString idA = dataOf(a).value(u"id"_s).toString();
    const QString idB = dataOf(b).value(u"id"_s).toString();

    for (const auto &account : {f().ownerA, f().memberA}) {
        const QString token = f().accessToken(account);
        const HttpResult list = f().getAuthed(u"/api/admin/allocations?pageSize=200"_s, token);
        ASSERT_EQ(list.status, 200) << list.body.constData();
        const QJsonArray items = dataOf(list).value(u"list"_s).toArray();
        QStringList ids;
        for (const QJsonValue &v : items) {
            EXPECT_EQ(v.toObject().value(u"tenantId"_s).toInteger(), f().ownerA.id);
            ids << v.toObject().value(u"id"_s).toString();
        }
        EXPECT_TRUE(ids.contains(idA));
        EXPECT_FALSE(ids.contains(idB));
        EXPECT_EQ(
            dataOf(list).value(u"total"_s).toInteger(),
            count(u"SELECT count(*) FROM allocations WHERE tenant_id = %1"_s.arg(f().ownerA.id)));

        EXPECT_EQ(f().getAuthed(u"/api/admin/allocations/"_s + idA, token).status, 200);
        const HttpResult mine = f().getAuthed(u"/api/admin/allocations/recent"_s, token);
        ASSERT_EQ(mine.status, 200) << mine.body.constData();
        const QJsonArray recentMine = mine.json().value(u"data"_s).toArray();
        EXPECT_FALSE(recentMine.isEmpty());
        for (const QJsonValue &v : recentMine)
            EXPECT_EQ(v.toObject().value(u"tenantId"_s).toInteger(), f().ownerA.id);
        // Free windows only of machines the tenant holds or held; another reads as absent.
        EXPECT_EQ(
            f().getAuthed(u"/api/admin/allocations/free-windows?hostId=h-scopeA"_s, token).status,
            200);
        EXPECT_EQ(
            f().getAuthed(u"/api/admin/allocations/free-windows?hostId=h-scopeB"_s, token).status,
            404);
        const HttpResult other = f().getAuthed(u"/api/admin/allocations/"_s + idB, token);
        EXPECT_EQ(other.status, 404) << other.body.constData();

        // A filter on another tenant still only yields the caller's rows.
        const QString filter = QString::fromUtf8(QUrl::toPercentEncoding(
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"tenantId"_s, f().ownerB.id}})
                                  .toJson(QJsonDocument::Compact))));
        EXPECT_EQ(dataOf(f().getAuthed(u"/api/admin/allocations?filters="_s + filter, token))
                      .value(u"total"_s)
                      .toInteger(),
                  0);

        EXPECT_EQ(
            allocate(u"h-scopeA"_s, f().ownerA.id, nowUtc().addDays(9), nowUtc().addDays(5), token)
                .status,
            403);
        EXPECT_EQ(f().postJson(u"/api/admin/allocations/%1/extend"_s.arg(idA),
                               {{u"endTime"_s, iso(nowUtc().addDays(4))}}, token)
                      .status,
                  403);
        EXPECT_EQ(f().postJson(u"/api/admin/allocations/%1/reclaim"_s.arg(idA), {}, token).status,
                  403);
        EXPECT_EQ(f().postJson(u"/api/admin/allocations/bulk-extend"_s,
                               {{u"ids"_s, QJsonArray{idA}}, {u"extendDays"_s, 1}}, token)
                      .status,
                  403);
    }
    EXPECT_EQ(text(u"SELECT status FROM allocations WHERE id = '%1'"_s.arg(idA)), u"active"_s);

    // The admin list filters by status and host and sorts by endTime.
    const QString filter = QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"hostId"_s, QJsonArray{u"h-scopeA"_s, u"h-scopeB"_s}},
                                  {u"status"_s, u"active"_s}})
            .toJson(QJsonDocument::Compact))));
    const HttpResult filtered = f().getAuthed(
        u"/api/admin/allocations?sortBy=endTime&order=asc&filters="_s + filter, adminToken);
    ASSERT_EQ(filtered.status, 200) << filtered.body.constData();
    EXPECT_EQ(dataOf(filtered).value(u"total"_s).toInteger(), 2);
    EXPECT_EQ(f().getAuthed(u"/api/admin/allocations?sortBy=remark"_s, adminToken).status, 400);
    // A tenant filter is ids: anything else is a 400 naming it, not an empty page.
    const HttpResult notAnId =
        f().getAuthed(u"/api/admin/allocations?filters="_s +
                          QString::fromUtf8(QUrl::toPercentEncoding(u"{\"tenantId\":\"acme\"}"_s)),
                      adminToken);
    EXPECT_EQ(notAnId.status, 400) << notAnId.body.constData();
    EXPECT_TRUE(notAnId.body.contains("filters.tenantId")) << notAnId.body.constData();

    const HttpResult recent = f().getAuthed(u"/api/admin/allocations/recent"_s, adminToken);
    ASSERT_EQ(recent.status, 200) << recent.body.constData();
    const QJsonArray latest = recent.json().value(u"data"_s).toArray();
    EXPECT_LE(latest.size(), 10);
    EXPECT_EQ(latest.at(0).toObject().value(u"id"_s).toString(), idB);
}

// --- free windows ---------------------------------------------------------------------------

TEST_F(AllocationApi, FreeWindowsReturnTheGapsBetweenAllocations)
{
    addHost(u"h-free"_s);
    ASSERT_TRUE(
        f().db()
            .exec(u"INSERT INTO gpus (host_id, index, name) VALUES ('h-free', 0, 'Test GPU X1')"_s)
            .isEmpty());
    const QDateTime now = nowUtc();
    ASSERT_EQ(allocate(u"h-free"_s, f().ownerA.id, now.addDays(3), now.addDays(1)).status, 201);
    ASSERT_EQ(allocate(u"h-free"_s, f().ownerB.id, now.addDays(7), now.addDays(5)).status, 201);

    const QString query = u"/api/admin/allocations/free-windows?hostId=h-free&from=%1&to=%2"_s.arg(
        QString::fromUtf8(QUrl::toPercentEncoding(iso(now))),
        QString::fromUtf8(QUrl::toPercentEncoding(iso(now.addDays(10)))));
    const HttpResult r = f().getAuthed(query, adminToken);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonArray hosts = dataOf(r).value(u"hosts"_s).toArray();
    ASSERT_EQ(hosts.size(), 1);
    const QJsonArray free = hosts.at(0).toObject().value(u"free"_s).toArray();
    ASSERT_EQ(free.size(), 3) << r.body.constData();
    auto window = [&](int i) {
        const QJsonObject w = free.at(i).toObject();
        return std::pair{w.value(u"start"_s).toString(), w.value(u"end"_s).toString()};
    };
    EXPECT_EQ(window(0), std::pair(iso(now), iso(now.addDays(1))));
    EXPECT_EQ(window(1), std::pair(iso(now.addDays(3)), iso(now.addDays(5))));
    EXPECT_EQ(window(2), std::pair(iso(now.addDays(7)), iso(now.addDays(10))));

    const HttpResult byModel =
        f().getAuthed(u"/api/admin/allocations/free-windows?gpuModel=Test%20GPU%20X1&from="_s +
                          QString::fromUtf8(QUrl::toPercentEncoding(iso(now))),
                      adminToken);
    ASSERT_EQ(byModel.status, 200) << byModel.body.constData();
    const QJsonArray modelHosts = dataOf(byModel).value(u"hosts"_s).toArray();
    ASSERT_EQ(modelHosts.size(), 1);
    EXPECT_EQ(modelHosts.at(0).toObject().value(u"free"_s).toArray().size(),
              3); // default window: 28 days
    // In maintenance: listed, but with no free window (it cannot be allocated now).
    ASSERT_TRUE(
        f().db().exec(u"UPDATE hosts SET status = 'maintenance' WHERE id = 'h-free'"_s).isEmpty());
    const HttpResult maintained = f().getAuthed(query, adminToken);
    ASSERT_EQ(maintained.status, 200) << maintained.body.constData();
    const QJsonObject maintainedHost =
        dataOf(maintained).value(u"hosts"_s).toArray().at(0).toObject();
    EXPECT_TRUE(maintainedHost.value(u"inMaintenance"_s).toBool());
    EXPECT_TRUE(maintainedHost.value(u"free"_s).toArray().isEmpty());
    ASSERT_TRUE(
        f().db().exec(u"UPDATE hosts SET status = 'online' WHERE id = 'h-free'"_s).isEmpty());

    EXPECT_EQ(f().getAuthed(u"/api/admin/allocations/free-windows"_s, adminToken).status, 400);
    EXPECT_EQ(
        f().getAuthed(u"/api/admin/allocations/free-windows?hostId=nope"_s, adminToken).status,
        404);
}

// A query time without a zone is UTC on every route (docs/api.md), never the server's local
// zone: free windows, the allocation list filters and the statistics read one string as one
// instant.
TEST_F(AllocationApi, ZonelessQueryTimesAreUtcOnEveryRoute)
{
    addHost(u"h-zoneless"_s);
    const QDateTime now = nowUtc();
    const QDateTime start = now.addDays(1), end = now.addDays(2);
    ASSERT_EQ(allocate(u"h-zoneless"_s, f().ownerA.id, end, start).status, 201);

    const LocalZone westOfUtc("TST+8");
    const QDateTime from = start.addSecs(-3600);
    const QDateTime to = from.addSecs(3600);

    const HttpResult windows =
        f().getAuthed(u"/api/admin/allocations/free-windows?hostId=h-zoneless&from=%1&to=%2"_s.arg(
                          zoneless(from), zoneless(to)),
                      adminToken);
    ASSERT_EQ(windows.status, 200) << windows.body.constData();
    EXPECT_EQ(dataOf(windows).value(u"from"_s).toString(), iso(from));
    EXPECT_EQ(dataOf(windows).value(u"to"_s).toString(), iso(to));

    const HttpResult trend = f().getAuthed(
        u"/api/admin/dashboard/gpu-trend?from=%1&to=%2"_s.arg(zoneless(from), zoneless(to)),
        adminToken);
    ASSERT_EQ(trend.status, 200) << trend.body.constData();
    EXPECT_EQ(dataOf(trend).value(u"from"_s).toString(), iso(from));
    EXPECT_EQ(dataOf(trend).value(u"to"_s).toString(), iso(to));

    // `to` an hour before the allocation starts: no overlap in UTC (read as local time, eight
    // hours later, it would overlap).
    auto listed = [&](const QDateTime &until) {
        const HttpResult r = f().getAuthed(
            u"/api/admin/allocations?filters="_s +
                encodedFilters({{u"hostId"_s, u"h-zoneless"_s}, {u"to"_s, zoneless(until)}}),
            adminToken);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return dataOf(r).value(u"total"_s).toInteger();
    };
    EXPECT_EQ(listed(from), 0);
    EXPECT_EQ(listed(start.addSecs(1)), 1);

    const HttpResult unreadable = f().getAuthed(
        u"/api/admin/allocations/free-windows?hostId=h-zoneless&from=yesterday"_s, adminToken);
    EXPECT_EQ(unreadable.status, 400);
    EXPECT_TRUE(messageOf(unreadable).startsWith(u"from must be an ISO 8601 time"_s))
        << messageOf(unreadable).toStdString();
    const HttpResult badFilter = f().getAuthed(u"/api/admin/allocations?filters="_s +
                                                   encodedFilters({{u"from"_s, u"yesterday"_s}}),
                                               adminToken);
    EXPECT_EQ(badFilter.status, 400);
    EXPECT_EQ(dataOf(badFilter)
                  .value(u"errors"_s)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(u"field"_s)
                  .toString(),
              u"filters.from"_s);
}

// --- the sweeper ----------------------------------------------------------------------------

TEST_F(AllocationSweep, ExpiresPastEndFreesTheMachineAndQueuesKeyRemoval)
{
    addHost(u"h-sweep"_s);
    const QDateTime now = nowUtc();
    ASSERT_TRUE(f().db()
                    .exec(u"INSERT INTO allocations (id, customer_id, host_id, start_time, "
                          u"end_time, status) VALUES "
                          "('alloc-past', %1, 'h-sweep', %2, %3, 'active')"_s.arg(f().ownerA.id)
                              .arg(sqlTime(now.addDays(-2)), sqlTime(now.addSecs(-60))))
                    .isEmpty());
    auto pool = makePool();
    const Clock clock; // unused by sweepOnce, which takes its instant
    AllocationSweeper sweeper(*pool, clock);
    auto report =
        QtConcurrent::run(pool->threadPool(), [&] { return sweeper.sweepOnce(now); }).result();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(text(u"SELECT status FROM allocations WHERE id = 'alloc-past'"_s), u"expired"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.expire' AND "
                    u"resource_id = 'alloc-past' "
                    "AND customer_id IS NULL AND tenant_id = %1"_s.arg(f().ownerA.id)),
              1);
    EXPECT_EQ(count(u"SELECT count(*) FROM agent_key_jobs WHERE allocation_id = 'alloc-past' AND "
                    u"action = 'remove' "
                    "AND host_id = 'h-sweep'"_s),
              2);

    // A second sweep changes nothing more.
    auto second = sweeper.sweepOnce(now);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->expired, 0);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.expire' AND resource_id = 'alloc-past'"_s),
        1);

    // Free again, and the new tenant's keys are queued for installation.
    const HttpResult again = allocate(u"h-sweep"_s, f().ownerB.id, now.addDays(1));
    ASSERT_EQ(again.status, 201) << again.body.constData();
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM agent_key_jobs WHERE allocation_id = '%1' AND action = 'install'"_s
                .arg(dataOf(again).value(u"id"_s).toString())),
        1);
}

TEST_F(AllocationSweep, ActivatesPendingWhenItsStartPasses)
{
    addHost(u"h-pending"_s);
    const QDateTime now = nowUtc();
    const HttpResult r = allocate(u"h-pending"_s, f().ownerA.id, now.addDays(3), now.addDays(1));
    ASSERT_EQ(r.status, 201) << r.body.constData();
    const QString id = dataOf(r).value(u"id"_s).toString();
    ASSERT_EQ(text(u"SELECT status FROM allocations WHERE id = '%1'"_s.arg(id)), u"pending"_s);

    auto pool = makePool();
    const Clock clock; // unused by sweepOnce, which takes its instant
    AllocationSweeper sweeper(*pool, clock);
    auto report = QtConcurrent::run(pool->threadPool(), [&] {
                      return sweeper.sweepOnce(now.addDays(1).addSecs(5));
                  }).result();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(text(u"SELECT status FROM allocations WHERE id = '%1'"_s.arg(id)), u"active"_s);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM agent_key_jobs WHERE allocation_id = '%1' AND action = 'install'"_s
                .arg(id)),
        2);
}

// "Expiring" is "ends within N days" (allocation_expiring_window_days, 7), the last instant
// included: with the server's clock standing still, an end exactly 7 days ahead is expiring and
// one a second later is not, in the state field and in the status filter alike.
TEST_F(AllocationApi, ExpiringIncludesTheWindowsLastInstant)
{
    const QDateTime at = nowUtc();
    addHost(u"h-edge-in"_s);
    addHost(u"h-edge-out"_s);
    ASSERT_EQ(f().db().exec(u"INSERT INTO allocations (id, customer_id, host_id, start_time, "
                            u"end_time, status) VALUES "
                            "('edge-in', %1, 'h-edge-in', %2, %3, 'active'), "
                            "('edge-out', %1, 'h-edge-out', %2, %4, 'active')"_s.arg(f().ownerA.id)
                                .arg(sqlTime(at.addDays(-1)), sqlTime(at.addDays(7)),
                                     sqlTime(at.addDays(7).addSecs(1)))),
              QString());
    AuthFixture::ClockAt clock(f(), at);
    const QString token = f().accessToken(f().admin);
    const HttpResult in = f().getAuthed(u"/api/admin/allocations/edge-in"_s, token);
    ASSERT_EQ(in.status, 200) << in.body.constData();
    EXPECT_EQ(dataOf(in).value(u"state"_s).toString(), u"expiring"_s);
    const HttpResult out = f().getAuthed(u"/api/admin/allocations/edge-out"_s, token);
    ASSERT_EQ(out.status, 200) << out.body.constData();
    EXPECT_EQ(dataOf(out).value(u"state"_s).toString(), u"allocated"_s);
    const HttpResult expiring = f().getAuthed(
        u"/api/admin/allocations?filters="_s +
            encodedFilters(QJsonObject{{u"status"_s, u"expiring"_s},
                                       {u"hostId"_s, QJsonArray{u"h-edge-in"_s, u"h-edge-out"_s}}}),
        token);
    ASSERT_EQ(expiring.status, 200) << expiring.body.constData();
    const QJsonArray list = dataOf(expiring).value(u"list"_s).toArray();
    ASSERT_EQ(list.size(), 1) << expiring.body.constData();
    EXPECT_EQ(list.at(0).toObject().value(u"id"_s).toString(), u"edge-in"_s);
    EXPECT_EQ(list.at(0).toObject().value(u"state"_s).toString(), u"expiring"_s);
}

// The machine list decides "expiring" in SQL with the database's clock, so its rows are placed
// relative to now(): a minute inside the window is expiring, a minute outside is allocated.
TEST_F(AllocationApi, MachineListExpiringAgreesWithTheWindow)
{
    addHost(u"h-mwin-in"_s);
    addHost(u"h-mwin-out"_s);
    ASSERT_EQ(f().db().exec(u"INSERT INTO allocations (id, customer_id, host_id, start_time, "
                            u"end_time, status) VALUES "
                            "('mwin-in', %1, 'h-mwin-in', now() - interval '1 day', "
                            "now() + interval '7 days' - interval '1 minute', 'active'), "
                            "('mwin-out', %1, 'h-mwin-out', now() - interval '1 day', "
                            "now() + interval '7 days' + interval '1 minute', 'active')"_s.arg(
                                f().ownerA.id)),
              QString());
    for (const auto &[host, state] :
         {std::pair{u"h-mwin-in"_s, u"expiring"_s}, std::pair{u"h-mwin-out"_s, u"allocated"_s}}) {
        const HttpResult r = f().getAuthed(u"/api/admin/machines/"_s + host, adminToken);
        ASSERT_EQ(r.status, 200) << r.body.constData();
        EXPECT_EQ(dataOf(r).value(u"allocationState"_s).toString(), state) << r.body.constData();
    }
}

TEST_F(AllocationSweep, RemindsOncePerThresholdEvenWithConcurrentSweeps)
{
    // Within allocation_expiring_window_days (7) of its end an allocation reads as expiring.
    addHost(u"h-soon"_s);
    const HttpResult soon = allocate(u"h-soon"_s, f().ownerB.id, nowUtc().addDays(2));
    ASSERT_EQ(soon.status, 201) << soon.body.constData();
    EXPECT_EQ(dataOf(soon).value(u"state"_s).toString(), u"expiring"_s);
    const QString filter = QString::fromUtf8(QUrl::toPercentEncoding(
        u"{\"status\":\"expiring\",\"hostId\":[\"h-soon\",\"h-remind\"]}"_s));
    const HttpResult expiring =
        f().getAuthed(u"/api/admin/allocations?filters="_s + filter, adminToken);
    ASSERT_EQ(expiring.status, 200) << expiring.body.constData();
    ASSERT_EQ(dataOf(expiring).value(u"total"_s).toInteger(), 1);
    EXPECT_EQ(
        dataOf(expiring).value(u"list"_s).toArray().at(0).toObject().value(u"id"_s).toString(),
        dataOf(soon).value(u"id"_s).toString());

    const QDateTime now = nowUtc();
    const QDateTime end = now.addDays(20);
    const QString id = newAllocation(u"h-remind"_s, f().ownerA.id, end);
    ASSERT_FALSE(id.isEmpty());
    const QString perThreshold = u"SELECT count(*) FROM notifications WHERE resource_id = '%1' AND "
                                 u"type = 'expiry' AND customer_id = %2 "
                                 "AND dedupe_key LIKE '%%:%3'"_s;
    const QString all = u"SELECT count(*) FROM notifications WHERE resource_id = '%1'"_s.arg(id);

    auto pool = makePool();
    const Clock clock; // unused by sweepOnce, which takes its instant
    AllocationSweeper sweeper(*pool, clock);
    auto sweepTwiceAtOnce = [&](const QDateTime &at) {
        auto a = QtConcurrent::run(pool->threadPool(), [&] { return sweeper.sweepOnce(at); });
        auto b = QtConcurrent::run(pool->threadPool(), [&] { return sweeper.sweepOnce(at); });
        const auto ra = a.result();
        const auto rb = b.result();
        EXPECT_TRUE(ra.ok()) << (ra.ok() ? std::string() : ra.error().message.toStdString());
        EXPECT_TRUE(rb.ok()) << (rb.ok() ? std::string() : rb.error().message.toStdString());
        return (ra.ok() ? ra->reminders : 0) + (rb.ok() ? rb->reminders : 0);
    };

    // Far from the end: nothing.
    EXPECT_EQ(sweepTwiceAtOnce(end.addDays(-10)), 0);
    EXPECT_EQ(count(all), 0);

    // Inside 7 days, twice in a row and twice at once: one reminder.
    EXPECT_EQ(sweepTwiceAtOnce(end.addDays(-6)), 1);
    ASSERT_TRUE(sweeper.sweepOnce(end.addDays(-5)).ok());
    EXPECT_EQ(count(perThreshold.arg(id).arg(f().ownerA.id).arg(7)), 1);
    EXPECT_EQ(count(all), 1);

    // Inside 3 days, then 1 day.
    EXPECT_EQ(sweepTwiceAtOnce(end.addDays(-2)), 1);
    ASSERT_TRUE(sweeper.sweepOnce(end.addDays(-2).addSecs(60)).ok());
    EXPECT_EQ(count(perThreshold.arg(id).arg(f().ownerA.id).arg(3)), 1);
    EXPECT_EQ(sweepTwiceAtOnce(end.addSecs(-3600)), 1);
    EXPECT_EQ(count(perThreshold.arg(id).arg(f().ownerA.id).arg(1)), 1);
    EXPECT_EQ(count(all), 3);
    EXPECT_EQ(count(u"SELECT last_reminder_days FROM allocations WHERE id = '%1'"_s.arg(id)), 1);

    // Expiry at the end, from two sweeps at once: expired once, keys removed once.
    EXPECT_EQ(sweepTwiceAtOnce(end.addSecs(1)), 0);
    EXPECT_EQ(text(u"SELECT status FROM allocations WHERE id = '%1'"_s.arg(id)), u"expired"_s);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM audit_logs WHERE action = 'allocation.expire' AND resource_id = '%1'"_s
                .arg(id)),
        1);
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM agent_key_jobs WHERE allocation_id = '%1' AND action = 'remove'"_s
                .arg(id)),
        2);
}

// Extending re-arms the reminders: after the 3-day reminder of the old end, the new end gets its
// own reminders when they come due.
TEST_F(AllocationSweep, ExtendReArmsReminders)
{
    const QDateTime now = nowUtc();
    const QString id = newAllocation(u"h-rearm"_s, f().ownerA.id, now.addDays(2));
    ASSERT_FALSE(id.isEmpty());
    const QString reminders = u"SELECT count(*) FROM notifications WHERE resource_id = '%1' AND "
                              u"type = 'expiry'"_s.arg(id);
    auto pool = makePool();
    const Clock clock; // unused by sweepOnce, which takes its instant
    AllocationSweeper sweeper(*pool, clock);
    const auto sweepAt = [&](const QDateTime &at) {
        auto report =
            QtConcurrent::run(pool->threadPool(), [&] { return sweeper.sweepOnce(at); }).result();
        EXPECT_TRUE(report.ok()) << (report.ok() ? std::string()
                                                 : report.error().message.toStdString());
        return report.ok() ? report->reminders : -1;
    };
    EXPECT_EQ(sweepAt(now), 1);
    EXPECT_EQ(sweepAt(now.addSecs(60)), 0); // once per threshold
    EXPECT_EQ(count(reminders), 1);

    const QDateTime newEnd = now.addDays(10);
    const HttpResult extended = f().postJson(u"/api/admin/allocations/%1/extend"_s.arg(id),
                                             {{u"endTime"_s, iso(newEnd)}}, adminToken);
    ASSERT_EQ(extended.status, 200) << extended.body.constData();
    EXPECT_EQ(count(u"SELECT count(*) FROM allocations WHERE id = '%1' AND last_reminder_days IS "
                    u"NULL"_s.arg(id)),
              1);
    EXPECT_EQ(sweepAt(now.addSecs(120)), 0);   // 10 days away: not due yet
    EXPECT_EQ(sweepAt(newEnd.addDays(-6)), 1); // the 7-day reminder of the new end
    EXPECT_EQ(sweepAt(newEnd.addDays(-2)), 1); // and its 3-day one, though the old end had one
    EXPECT_EQ(count(reminders), 3);
}

TEST_F(AllocationSweep, TimerSweepsOnThePoolThreads)
{
    addHost(u"h-timer"_s);
    const QDateTime now = nowUtc();
    ASSERT_TRUE(f().db()
                    .exec(u"INSERT INTO allocations (id, customer_id, host_id, start_time, "
                          u"end_time, status) VALUES "
                          "('alloc-timer', %1, 'h-timer', %2, %3, 'active')"_s.arg(f().ownerB.id)
                              .arg(sqlTime(now.addDays(-1)), sqlTime(now.addSecs(-1))))
                    .isEmpty());
    auto pool = makePool();
    const Clock clock;
    AllocationSweeper sweeper(*pool, clock, 100);
    sweeper.start();
    // The test thread keeps spinning its event loop while the sweep runs on the pool.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return text(u"SELECT status FROM allocations WHERE id = 'alloc-timer'"_s) ==
                   u"expired"_s;
        },
        10000));
    sweeper.stop();
    EXPECT_EQ(
        count(
            u"SELECT count(*) FROM agent_key_jobs WHERE allocation_id = 'alloc-timer' AND action = 'remove'"_s),
        1);
}

TEST(AllocationSweeperUnit, ParsesReminderDays)
{
    EXPECT_EQ(AllocationSweeper::parseReminderDays(u"7,3,1"_s), (QList<int>{7, 3, 1}));
    EXPECT_EQ(AllocationSweeper::parseReminderDays(u" 1, 14 ,3,3,x,-2"_s), (QList<int>{14, 3, 1}));
    EXPECT_EQ(AllocationSweeper::parseReminderDays(QString()), (QList<int>{7, 3, 1}));
}

} // namespace
