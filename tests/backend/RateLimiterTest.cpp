// RateLimiter: a budget per key, refilled continuously, each key at its own rate.
#include "RateLimiter.h"

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

TEST(RateLimiter, ABudgetIsSpentThenRefills)
{
    qint64 now = 1'000'000;
    RateLimiter limiter([&] { return now; });
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(limiter.hit(u"k"_s, 3, 900, u"tries"_s).ok()) << i;
    const Result<void> refused = limiter.hit(u"k"_s, 3, 900, u"tries"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::TooManyRequests);
    now += 300'000; // one token back (3 per 900 s)
    EXPECT_TRUE(limiter.hit(u"k"_s, 3, 900, u"tries"_s).ok());
    EXPECT_FALSE(limiter.hit(u"k"_s, 3, 900, u"tries"_s).ok());
}

TEST(RateLimiter, AFasterKeysSweepLeavesASlowKeysSpentBudgetAlone)
{
    qint64 now = 1'000'000;
    RateLimiter limiter([&] { return now; });
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(limiter.hit(u"reset-ip:10.0.0.7"_s, 3, 900, u"resets"_s).ok());
    // A minute later (a sweep is due) a key with a 10-per-minute budget is hit: at its rate the
    // slow key would be full again, at its own it has regained a fifth of a token.
    now += 61'000;
    ASSERT_TRUE(limiter.hit(u"login-ip:10.0.0.8"_s, 10, 60, u"sign-ins"_s).ok());
    EXPECT_FALSE(limiter.hit(u"reset-ip:10.0.0.7"_s, 3, 900, u"resets"_s).ok());
}
