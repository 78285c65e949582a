#include "QueryParameters.h"
#include "JsonReader.h"
#include "LocalZone.h"
#include "TestHelpers.h"

#include <gtest/gtest.h>

#include <QTimeZone>

#include <ctime>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

TEST(ParseIsoTimestamp, ReadsZAndOffsetsAsTheInstantTheyName)
{
    const auto z = parseIsoTimestamp(u"2026-11-24T08:00:00Z");
    ASSERT_TRUE(z);
    EXPECT_EQ(*z, utc(2026, 11, 24, 8, 0));
    EXPECT_EQ(z->timeSpec(), Qt::UTC);

    const auto offset = parseIsoTimestamp(u"2026-11-24T16:00:00+08:00");
    ASSERT_TRUE(offset);
    EXPECT_EQ(*offset, utc(2026, 11, 24, 8, 0));
    EXPECT_EQ(offset->timeSpec(), Qt::UTC);

    const auto ms = parseIsoTimestamp(u"2026-11-24T08:00:00.250Z");
    ASSERT_TRUE(ms);
    EXPECT_EQ(*ms, utc(2026, 11, 24, 8, 0, 0, 250));
}

TEST(ParseIsoTimestamp, ZonelessIsUtcWhateverTheServersZone)
{
    const LocalZone shanghai("TST-8");
    const auto t = parseIsoTimestamp(u"2026-11-24T08:00:00");
    ASSERT_TRUE(t);
    EXPECT_EQ(*t, utc(2026, 11, 24, 8, 0));
    EXPECT_EQ(t->timeSpec(), Qt::UTC);
    EXPECT_EQ(parseIsoTimestamp(u"2026-11-24T08:00:00.500"), utc(2026, 11, 24, 8, 0, 0, 500));
    EXPECT_EQ(parseIsoTimestamp(u"2026-11-24"), utc(2026, 11, 24, 0, 0));
}

TEST(ParseIsoTimestamp, ZonelessTimeInALocalDaylightSavingGapIsStillUtc)
{
    // 02:30 on the last Sunday of March does not exist in central Europe; in UTC it does.
    const LocalZone berlin("CET-1CEST,M3.5.0,M10.5.0/3");
    EXPECT_EQ(parseIsoTimestamp(u"2026-03-29T02:30:00"), utc(2026, 3, 29, 2, 30));
}

TEST(ParseIsoTimestamp, RejectModeRefusesOnlyZonelessTimes)
{
    EXPECT_FALSE(parseIsoTimestamp(u"2026-11-24T08:00:00", ZonelessTime::Reject));
    EXPECT_FALSE(parseIsoTimestamp(u"2026-11-24", ZonelessTime::Reject));
    EXPECT_EQ(parseIsoTimestamp(u"2026-11-24T08:00:00Z", ZonelessTime::Reject),
              utc(2026, 11, 24, 8, 0));
    EXPECT_EQ(parseIsoTimestamp(u"2026-11-24T10:00:00+02:00", ZonelessTime::Reject),
              utc(2026, 11, 24, 8, 0));
}

TEST(ParseIsoTimestamp, RefusesWhatIsNotATime)
{
    for (const QString &text :
         {u""_s, u"garbage"_s, u"Z"_s, u"2026-13-01T00:00:00Z"_s, u"2026-11-24T25:00:00Z"_s,
          u" 2026-11-24T08:00:00Z"_s, u"24/11/2026 08:00"_s, u"1764000000"_s}) {
        EXPECT_FALSE(parseIsoTimestamp(text)) << text.toStdString();
        EXPECT_FALSE(parseIsoTimestamp(text, ZonelessTime::Reject)) << text.toStdString();
    }
}

TEST(TimeParameter, UnreadableIsA400NamingTheParameter)
{
    EXPECT_EQ(timeParameter(u"from"_s, u"2026-11-24T08:00:00").value(), utc(2026, 11, 24, 8, 0));
    const auto bad = timeParameter(u"filters.to"_s, u"tomorrow");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, ErrorKind::BadRequest);
    EXPECT_TRUE(bad.error().message.startsWith(u"filters.to must be an ISO 8601 time"_s))
        << bad.error().message.toStdString();
    ASSERT_EQ(bad.error().fieldErrors.size(), 1);
    EXPECT_EQ(bad.error().fieldErrors[0].field, u"filters.to"_s);
}

TEST(JsonReaderTimestamp, KeepsRefusingZonelessTimesInBodies)
{
    JsonReader r(QJsonObject{{u"startTime"_s, u"2026-11-24T08:00:00"_s},
                             {u"endTime"_s, u"2026-11-24T10:00:00+02:00"_s}});
    EXPECT_FALSE(r.timestamp(u"startTime"_s).isValid());
    EXPECT_EQ(r.timestamp(u"endTime"_s), utc(2026, 11, 24, 8, 0));
    ASSERT_EQ(r.errors().size(), 1);
    EXPECT_EQ(r.errors()[0].field, u"startTime"_s);
}

TEST(IntegerParameter, FallbackInRangeAndA400NamingTheParameter)
{
    EXPECT_EQ(integerParameter(QUrlQuery(), u"minutes"_s, 60, 1, 1440).value(), 60);
    EXPECT_EQ(integerParameter(QUrlQuery(u"minutes=1440"_s), u"minutes"_s, 60, 1, 1440).value(),
              1440);
    for (const QString &query :
         {u"minutes=0"_s, u"minutes=1441"_s, u"minutes=ten"_s, u"minutes="_s, u"minutes=1.5"_s}) {
        const auto bad = integerParameter(QUrlQuery(query), u"minutes"_s, 60, 1, 1440);
        ASSERT_FALSE(bad) << query.toStdString();
        EXPECT_EQ(bad.error().message, u"minutes must be a whole number from 1 to 1440"_s);
        ASSERT_EQ(bad.error().fieldErrors.size(), 1);
        EXPECT_EQ(bad.error().fieldErrors[0].field, u"minutes"_s);
    }
    const auto step =
        integerParameter(QUrlQuery(u"step=59"_s), u"step"_s, 300, 60, 86400, u"seconds");
    ASSERT_FALSE(step);
    EXPECT_EQ(step.error().message, u"step must be a whole number of seconds from 60 to 86400"_s);
}
