#include "DatabaseUrl.h"

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

TEST(DatabaseUrl, ParsesUriWithOptions)
{
    auto url = DatabaseUrl::parse(
        u"postgresql://app:s%40cret@db.example:6543/fleet?sslmode=require&connect_timeout=5"_s);
    ASSERT_TRUE(url.ok()) << qPrintable(url.error().message);
    EXPECT_EQ(url->host, u"db.example"_s);
    EXPECT_EQ(url->port, 6543);
    EXPECT_EQ(url->database, u"fleet"_s);
    EXPECT_EQ(url->user, u"app"_s);
    EXPECT_EQ(url->password, u"s@cret"_s);
    EXPECT_TRUE(url->options.contains(u"sslmode='require'"_s)) << qPrintable(url->options);
    EXPECT_TRUE(url->options.contains(u"connect_timeout='5'"_s));
}

TEST(DatabaseUrl, KeywordFormWorksToo)
{
    auto url = DatabaseUrl::parse(u"host=/var/run/postgresql dbname=x user=u"_s);
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->host, u"/var/run/postgresql"_s);
    EXPECT_EQ(url->database, u"x"_s);
}

TEST(DatabaseUrl, GarbageIsAnErrorThatShowsTheExpectedForm)
{
    auto url = DatabaseUrl::parse(u"postgresql://a:b@host:notaport/db"_s);
    ASSERT_FALSE(url.ok());
    EXPECT_TRUE(url.error().message.contains(u"postgresql://"_s))
        << qPrintable(url.error().message);
    auto unknownOption = DatabaseUrl::parse(u"postgresql://a@host/db?nosuchoption=1"_s);
    ASSERT_FALSE(unknownOption.ok());
    EXPECT_TRUE(unknownOption.error().message.contains(u"nosuchoption"_s))
        << qPrintable(unknownOption.error().message);
}

TEST(DatabaseUrl, WithDatabaseKeepsEverythingElseAndRedactedHidesThePassword)
{
    auto url = DatabaseUrl::parse(u"postgresql://app:pw@127.0.0.1:5555/one?sslmode=disable"_s);
    ASSERT_TRUE(url.ok());
    auto other = DatabaseUrl::parse(url->withDatabase(u"two"_s));
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other->database, u"two"_s);
    EXPECT_EQ(other->port, 5555);
    EXPECT_EQ(other->password, u"pw"_s);
    EXPECT_EQ(other->options, url->options);
    EXPECT_FALSE(url->redacted().contains(u"pw"_s));
}
