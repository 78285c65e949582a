#include "UsageFigures.h"

#include <gtest/gtest.h>

using namespace remotegpu;

// The busy ratio counts only what the agents reported; the reported ratio says how much of the
// held time that was, so a reader can tell a share of a month from a share of an hour.
TEST(UsageFigures, BusyAndReportedRatiosSplitTheHeldTime)
{
    UsageFigures f;
    EXPECT_FALSE(f.busyRatio().has_value());
    EXPECT_FALSE(f.reportedRatio().has_value()) << "nothing held, nothing to say";

    f.heldGpuHours = 100.0;
    f.unreportedGpuHours = 75.0;
    f.busyGpuHours = 20.0;
    ASSERT_TRUE(f.busyRatio().has_value());
    EXPECT_DOUBLE_EQ(*f.busyRatio(), 0.8);
    ASSERT_TRUE(f.reportedRatio().has_value());
    EXPECT_DOUBLE_EQ(*f.reportedRatio(), 0.25);

    f.unreportedGpuHours = 100.0; // held, but no agent said a word
    EXPECT_FALSE(f.busyRatio().has_value());
    EXPECT_DOUBLE_EQ(*f.reportedRatio(), 0.0);
}
