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
