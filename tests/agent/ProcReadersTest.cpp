// The /proc readers: exact figures from captured /proc text (tests/fixtures/agent/proc, taken on
// a build machine) and plausible ones from this machine's live /proc.
#include "AgentFixtures.h"
#include "DiskStatsReader.h"
#include "DiskUsageReader.h"
#include "HostMetricsCollector.h"
#include "LoadAvgReader.h"
#include "MemInfoReader.h"
#include "NetDevReader.h"
#include "ProcStatReader.h"

#include <QTest>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace remotegpu;
using remotegpu::test::AgentFixtures;

TEST(ProcStat, CapturedCpuLineSumsTheFirstEightFields)
{
    Result<ProcStatReader::Times> times =
        ProcStatReader::parse(AgentFixtures::read(QStringLiteral("proc/stat")));
    ASSERT_TRUE(times.ok()) << times.error().message.toStdString();
    // cpu  3080263 8345 760982 524995 39152 0 17538 58840 0 0
    EXPECT_EQ(times->total, 3080263ULL + 8345 + 760982 + 524995 + 39152 + 0 + 17538 + 58840);
    EXPECT_EQ(times->idle, 524995ULL + 39152);
}

TEST(ProcStat, UsageIsTheBusyShareBetweenTwoReadings)
{
    EXPECT_EQ(ProcStatReader::usagePercent({1000, 400}, {2000, 650}), 75.0);
    EXPECT_FALSE(ProcStatReader::usagePercent({1000, 400}, {1000, 400}).has_value());
    EXPECT_FALSE(ProcStatReader::parse(QStringLiteral("intr 1 2 3\n")).ok());
}

TEST(LoadAvg, CapturedFigures)
{
    Result<LoadAvgReader::Load> load =
        LoadAvgReader::parse(AgentFixtures::read(QStringLiteral("proc/loadavg")));
    ASSERT_TRUE(load.ok());
    EXPECT_EQ(load->oneMinute, 14.42);
    EXPECT_EQ(load->fiveMinutes, 12.75);
    EXPECT_EQ(load->fifteenMinutes, 8.40);
}

TEST(MemInfo, CapturedFiguresInBytes)
{
    Result<MemInfoReader::Memory> memory =
        MemInfoReader::parse(AgentFixtures::read(QStringLiteral("proc/meminfo")));
    ASSERT_TRUE(memory.ok());
    EXPECT_EQ(memory->totalBytes, 24683664LL * 1024);
    EXPECT_EQ(memory->availableBytes, 20926044LL * 1024);
    EXPECT_EQ(memory->usedBytes(), (24683664LL - 20926044LL) * 1024);
    EXPECT_NEAR(memory->usagePercent(), 100.0 * (24683664.0 - 20926044.0) / 24683664.0, 1e-9);
}

TEST(MemInfo, OldKernelsWithoutMemAvailableUseFreeBuffersAndCache)
{
    Result<MemInfoReader::Memory> memory = MemInfoReader::parse(
        QStringLiteral("MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 250 kB\n"));
    ASSERT_TRUE(memory.ok());
    EXPECT_EQ(memory->availableBytes, 400 * 1024);
}

TEST(DiskStats, CapturedFiguresCountWholeDisksOnly)
{
    QString text = AgentFixtures::read(QStringLiteral("proc/diskstats"));
    // A partition of vda: its bytes are already in vda's line.
    text += QStringLiteral(" 254       1 vda1 1000 0 800 0 10 0 80 0 0 0 0 0 0 0 0 0 0\n");
    Result<DiskStatsReader::Totals> totals = DiskStatsReader::parse(text, [](const QString &name) {
        return name == u"vda" || name.startsWith(u"loop") || name == u"zram0";
    });
    ASSERT_TRUE(totals.ok()) << totals.error().message.toStdString();
    // vda: 60966946 sectors read, 558621496 written; loop* and zram0 are not disks.
    EXPECT_EQ(totals->readBytes, 60966946LL * 512);
    EXPECT_EQ(totals->writtenBytes, 558621496LL * 512);
}

TEST(NetDev, CapturedFiguresLeaveLoopbackOut)
{
    Result<NetDevReader::Totals> totals =
        NetDevReader::parse(AgentFixtures::read(QStringLiteral("proc/net-dev")));
    ASSERT_TRUE(totals.ok()) << totals.error().message.toStdString();
    // eth0 only (lo's 13995151350 bytes are local; ifb0/ifb1 are zero).
    EXPECT_EQ(totals->rxBytes, 126485999);
    EXPECT_EQ(totals->rxPackets, 3909);
    EXPECT_EQ(totals->txBytes, 231750);
    EXPECT_EQ(totals->txPackets, 2714);
    EXPECT_FALSE(NetDevReader::isCounted(QStringLiteral("veth12ab")));
    EXPECT_TRUE(NetDevReader::isCounted(QStringLiteral("ens5")));
}

TEST(LiveProc, CpuUsageOverTwoReadsIsAPercentage)
{
    Result<ProcStatReader::Times> before = ProcStatReader::read();
    ASSERT_TRUE(before.ok());
    QTest::qWait(300);
    Result<ProcStatReader::Times> after = ProcStatReader::read();
    ASSERT_TRUE(after.ok());
    const std::optional<double> usage = ProcStatReader::usagePercent(*before, *after);
    ASSERT_TRUE(usage.has_value());
    EXPECT_GE(*usage, 0.0);
    EXPECT_LE(*usage, 100.0);
}

TEST(LiveProc, MemoryTotalEqualsSysconf)
{
    Result<MemInfoReader::Memory> memory = MemInfoReader::read();
    ASSERT_TRUE(memory.ok());
    EXPECT_EQ(memory->totalBytes,
              qint64(::sysconf(_SC_PHYS_PAGES)) * qint64(::sysconf(_SC_PAGESIZE)));
    EXPECT_GT(memory->availableBytes, 0);
    EXPECT_LE(memory->availableBytes, memory->totalBytes);
}

TEST(LiveProc, TheCollectorFillsEveryHostFigureAfterPriming)
{
    HostMetricsCollector collector;
    collector.prime();
    QTest::qWait(300);
    HostMetricSample sample = collector.collect();
    ASSERT_TRUE(sample.cpuUsagePercent.has_value());
    ASSERT_TRUE(sample.cpuLoad1m.has_value());
    EXPECT_GE(*sample.cpuLoad1m, 0.0);
    ASSERT_TRUE(sample.memoryUsed && sample.memoryAvailable && sample.memoryUsagePercent);
    ASSERT_TRUE(sample.diskUsed && sample.diskAvailable && sample.diskUsagePercent);
    EXPECT_GT(*sample.diskUsed, 0);
    EXPECT_LE(*sample.diskUsagePercent, 100.0);
    ASSERT_TRUE(sample.diskIoReadBytes && sample.diskIoWriteBytes);
    EXPECT_GE(*sample.diskIoReadBytes, 0);
    ASSERT_TRUE(sample.networkRxBytes && sample.networkTxPackets);
    sample.hostId = QStringLiteral("this-machine");
    sample.collectedAt = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(sample.validate().isEmpty());

    Result<DiskUsageReader::Usage> root = DiskUsageReader::read(QStringLiteral("/"));
    ASSERT_TRUE(root.ok());
    EXPECT_LE(root->usedBytes + root->availableBytes, root->sizeBytes);
}
