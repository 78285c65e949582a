// The health latch: a fault, once seen, stays in the report until the agent restarts.
#include "GpuHealthLatch.h"

#include <gtest/gtest.h>

using namespace remotegpu;

namespace {

GpuReading reading(int index, const QString &uuid)
{
    GpuReading r;
    r.sample.gpuIndex = index;
    r.uuid = uuid;
    r.name = QStringLiteral("NVIDIA H100 80GB HBM3");
    r.memoryTotalMb = 81559;
    r.eccUncorrectedVolatile = 0;
    return r;
}

} // namespace

TEST(GpuHealthLatch, CleanGpusAreHealthy)
{
    GpuHealthLatch latch;
    const QList<GpuHealthReport> reports =
        latch.update({reading(0, QStringLiteral("GPU-a")), reading(1, QStringLiteral("GPU-b"))});
    ASSERT_EQ(reports.size(), 2);
    EXPECT_TRUE(reports[0].healthy);
    EXPECT_EQ(reports[0].memoryTotalMb, 81559);
    EXPECT_EQ(reports[1].uuid, u"GPU-b");
    EXPECT_EQ(reports[1].eccUncorrectedErrors, 0);
}

TEST(GpuHealthLatch, AnXidStaysLatchedAfterCleanReadings)
{
    GpuHealthLatch latch;
    GpuReading faulty = reading(0, QStringLiteral("GPU-a"));
    faulty.xidErrors = {79};
    latch.update({faulty});
    const QList<GpuHealthReport> later = latch.update({reading(0, QStringLiteral("GPU-a"))});
    EXPECT_FALSE(later[0].healthy);
    EXPECT_EQ(later[0].xidErrors, QList<int>{79});
    faulty.xidErrors = {48};
    EXPECT_EQ(latch.update({faulty})[0].xidErrors, (QList<int>{79, 48}));
}

TEST(GpuHealthLatch, UncorrectableEccKeepsItsHighestCountAndRemapFailureLatches)
{
    GpuHealthLatch latch;
    GpuReading r = reading(0, QStringLiteral("GPU-a"));
    r.eccUncorrectedVolatile = 3;
    latch.update({r});
    r.eccUncorrectedVolatile = 0; // the driver reloaded: the volatile counter starts over
    r.rowRemapFailure = true;
    latch.update({r});
    r.rowRemapFailure = false;
    const GpuHealthReport report = latch.update({r})[0];
    EXPECT_EQ(report.eccUncorrectedErrors, 3);
    EXPECT_TRUE(report.rowRemapFailure);
    EXPECT_FALSE(report.healthy);
    EXPECT_TRUE(report.validate().isEmpty());
}

TEST(GpuHealthLatch, KeepsAtMostThirtyTwoXidsAndTellsGpusApartByUuid)
{
    GpuHealthLatch latch;
    GpuReading r = reading(0, QStringLiteral("GPU-a"));
    for (int i = 0; i < 40; ++i)
        r.xidErrors << 13;
    const QList<GpuHealthReport> reports = latch.update({r, reading(0, QStringLiteral("GPU-b"))});
    EXPECT_EQ(reports[0].xidErrors.size(), GpuHealthLatch::maxXids);
    EXPECT_TRUE(reports[0].validate().isEmpty());
    EXPECT_TRUE(reports[1].healthy);
}
