// Allocated versus used read from the one-hour rollups' busy and reported minutes (sql/0028) for
// whole hours, and from the one-minute rollups for the rest: the figures must be those of
// counting every minute, and an hour counted at another threshold must not be used.
#include "AuthFixture.h"
#include "QtPrinters.h"
#include "SqlTime.h"
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

// Far in the past, so the answer does not depend on the day the test runs.
const QDateTime T0(QDate(2023, 3, 26), QTime(0, 0), QTimeZone::utc());

class UsageHourlyCounts : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        fixture = AuthFixture::start(u"usage_hours"_s).release();
        if (!fixture)
            return;
        // One 2-GPU machine held over [T0-30min, T0+3h30): two partial hours at the ends and
        // three whole ones. GPU 0 is at 50 % for two hours, then 5 %; GPU 1 at 20 % with a
        // silent half hour in the second hour and a 10 % (not busy) last hour.
        const QString sql =
            u"INSERT INTO hosts (id, name, ip_address, status, total_cpu, total_memory_gb, "
            "total_gpu) VALUES ('uh-1', 'hours-one', '10.2.0.1', 'online', 32, 256, 2);"
            "INSERT INTO gpus (host_id, index, name, memory_total_mb) "
            "SELECT 'uh-1', i, 'A100', 40960 FROM generate_series(0, 1) i;"
            "INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) "
            "VALUES ('uh-alloc', %1, 'uh-1', %2 - interval '30 minutes', "
            "%2 + interval '210 minutes', 'expired');"
            "INSERT INTO gpu_metrics_1m (gpu_id, host_id, bucket, samples, utilization_percent) "
            "SELECT g.id, 'uh-1', %2 + make_interval(mins => k), 6, "
            "CASE WHEN g.index = 0 THEN (CASE WHEN k < 120 THEN 50 ELSE 5 END) "
            "ELSE (CASE WHEN k >= 180 THEN 10 ELSE 20 END) END "
            "FROM gpus g CROSS JOIN generate_series(-30, 209) k WHERE g.host_id = 'uh-1' "
            "AND NOT (g.index = 1 AND k >= 60 AND k < 90);"_s.arg(
                QString::number(fixture->ownerA.id), sqlTime(T0));
        const QString error = fixture->db().exec(sql);
        ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    }
    static void TearDownTestSuite()
    {
        delete fixture;
        fixture = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(fixture); }
    AuthFixture &f() { return *fixture; }

    // busy/reported/held GPU-hours of the allocation over [T0-1h, T0+4h).
    QString figures()
    {
        if (m_token.isEmpty())
            m_token = f().accessToken(f().admin);
        const HttpResult r =
            f().getAuthed(u"/api/admin/statistics/allocations?from=%1&to=%2"_s.arg(
                              urlTime(T0.addSecs(-3600)), urlTime(T0.addSecs(4 * 3600))),
                          m_token);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        const QJsonObject a =
            r.json().value(u"data"_s).toObject().value(u"allocations"_s).toArray().at(0).toObject();
        return u"%1/%2/%3"_s.arg(a.value(u"busyGpuHours"_s).toDouble())
            .arg(a.value(u"unreportedGpuHours"_s).toDouble())
            .arg(a.value(u"heldGpuHours"_s).toDouble());
    }
    void sql(const QString &statement)
    {
        const QString error = f().db().exec(statement);
        ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    }
    void setThreshold(int percent)
    {
        sql(u"UPDATE system_configs SET config_value = '%1' WHERE config_key = "
            "'gpu_busy_utilization_percent'"_s.arg(percent));
    }

    static AuthFixture *fixture;
    QString m_token;
};

AuthFixture *UsageHourlyCounts::fixture = nullptr;

} // namespace

TEST_F(UsageHourlyCounts, WholeHoursReadFromHourlyCountsGiveTheMinuteFigures)
{
    // Counting minutes only (no hourly rows yet). GPU 0: 150 busy minutes of 240; GPU 1: 180
    // busy (20 %), 30 silent, 30 at 10 %.
    setThreshold(10);
    const QString byMinutes = figures();
    EXPECT_EQ(byMinutes, u"5.5/0.5/8"_s);
    setThreshold(4);
    const QString byMinutesAt4 = figures();
    EXPECT_EQ(byMinutesAt4, u"7.5/0.5/8"_s);
    setThreshold(10);

    // The hourly rows of the five hours the allocation touches, counted at 10 %.
    sql(u"INSERT INTO gpu_metrics_1h (gpu_id, host_id, bucket, samples) SELECT g.id, 'uh-1', "
        "%1 + make_interval(hours => h), 360 FROM gpus g CROSS JOIN generate_series(-1, 3) h "
        "WHERE g.host_id = 'uh-1'"_s.arg(sqlTime(T0)));
    sql(u"SELECT remotegpu_count_busy_hours(%1, %2)"_s.arg(sqlTime(T0.addSecs(-3600)),
                                                           sqlTime(T0.addSecs(4 * 3600))));
    EXPECT_EQ(f().db()
                  .scalar(u"SELECT string_agg(reported_minutes || ':' || busy_minutes || '@' || "
                          "busy_threshold, ' ' ORDER BY bucket) FROM gpu_metrics_1h h JOIN gpus g "
                          "ON g.id = h.gpu_id WHERE g.host_id = 'uh-1' AND g.index = 1"_s)
                  .toString(),
              u"30:30@10 60:60@10 30:30@10 60:60@10 30:0@10"_s);
    EXPECT_EQ(figures(), byMinutes);

    // The whole hours come from the hourly rows: one of them changed shows in the answer...
    sql(u"UPDATE gpu_metrics_1h SET busy_minutes = 0 WHERE bucket = %1"_s.arg(sqlTime(T0)));
    EXPECT_EQ(figures(), u"3.5/0.5/8"_s);
    // ...and the partial first hour does not (its minutes before the allocation are not held).
    sql(u"UPDATE gpu_metrics_1h SET busy_minutes = 0 WHERE bucket = %1"_s.arg(
        sqlTime(T0.addSecs(-3600))));
    EXPECT_EQ(figures(), u"3.5/0.5/8"_s);

    // At another threshold the hourly counts are not used: every minute is counted again.
    setThreshold(4);
    EXPECT_EQ(figures(), byMinutesAt4);
    setThreshold(10);
}
