// random:: draws from the system generator without Qt 6.4.2's repeated values (RandomNumbers.h).
#include "RandomNumbers.h"

#include <gtest/gtest.h>

using namespace remotegpu;

TEST(RandomNumbers, NoDrawRepeatsTheOneBefore)
{
    // By chance a repeat of a 32-bit draw comes once in 4 billion; QRandomGenerator::system()
    // ->generate() on Qt 6.4.2 gives about 15 in these 200,000.
    quint32 previous = random::number();
    int repeats = 0;
    for (int i = 0; i < 200'000; ++i) {
        const quint32 next = random::number();
        repeats += next == previous;
        previous = next;
    }
    EXPECT_EQ(repeats, 0);
}

TEST(RandomNumbers, BoundedStaysBelowItsBoundAndReachesBothEnds)
{
    bool sawZero = false;
    bool sawTop = false;
    for (int i = 0; i < 10'000; ++i) {
        const quint32 v = random::bounded(7);
        ASSERT_LT(v, 7u);
        sawZero = sawZero || v == 0;
        sawTop = sawTop || v == 6;
    }
    EXPECT_TRUE(sawZero);
    EXPECT_TRUE(sawTop);
    EXPECT_EQ(random::bounded(1), 0u);
}

TEST(RandomNumbers, BytesHaveTheCountAskedForAndDifferEachCall)
{
    EXPECT_TRUE(random::bytes(0).isEmpty());
    for (const qsizetype count : {1, 7, 8, 12, 64}) {
        const QByteArray a = random::bytes(count);
        const QByteArray b = random::bytes(count);
        ASSERT_EQ(a.size(), count);
        ASSERT_EQ(b.size(), count);
        // Equal by chance once in 2^(8·count): for 8 bytes and more, never in practice.
        if (count >= 8) {
            EXPECT_NE(a, b);
        }
    }
}

TEST(RandomNumbers, BytesUseEveryByteValue)
{
    // 64 KiB of uniform bytes miss one of the 256 values with probability about 256·e^-256.
    const QByteArray sample = random::bytes(65'536);
    bool seen[256] = {};
    for (const char c : sample)
        seen[quint8(c)] = true;
    int distinct = 0;
    for (const bool s : seen)
        distinct += s;
    EXPECT_EQ(distinct, 256);
}
