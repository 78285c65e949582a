// The console's one way of writing a moment. The moment is built in local time, so the test reads
// the same in whatever zone it runs; the day is mid-July, far from any zone's clock change.

#include "TimeText.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
namespace timetext = remotegpu::ui::timetext;

namespace {

const QDateTime LocalMoment(QDate(2026, 7, 15), QTime(9, 5, 7), Qt::LocalTime);

TEST(TimeText, WritesLocalTimeInIsoOrderWhateverZoneTheTimeCameIn)
{
    const QDateTime utc = LocalMoment.toUTC();
    EXPECT_EQ(timetext::text(utc), u"2026-07-15 09:05"_s);
    EXPECT_EQ(timetext::textWithSeconds(utc), u"2026-07-15 09:05:07"_s);
    EXPECT_EQ(timetext::clock(utc), u"09:05:07"_s);
    EXPECT_EQ(timetext::textWithZone(utc),
              u"2026-07-15 09:05 "_s + LocalMoment.timeZoneAbbreviation());
    EXPECT_EQ(timetext::textWithZone(utc, timetext::Precision::Seconds),
              u"2026-07-15 09:05:07 "_s + LocalMoment.timeZoneAbbreviation());
}

TEST(TimeText, ATimeNotSetShowsWhatTheCallerAsks)
{
    EXPECT_EQ(timetext::text(QDateTime()), QString());
    EXPECT_EQ(timetext::text(QDateTime(), timetext::notSet()), u"–"_s);
    EXPECT_EQ(timetext::textWithSeconds(QDateTime(), u"never"_s), u"never"_s);
    EXPECT_EQ(timetext::textWithZone(QDateTime()), QString());
    EXPECT_EQ(timetext::clock(QDateTime()), QString());
}

} // namespace
