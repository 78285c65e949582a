// nvidia-smi parsers on real captured sessions (tests/fixtures/agent/nvidia-smi): --query-gpu
// CSV idle and under load (with units, [N/A] and [Not Supported] cells), --query-compute-apps,
// and -q, and the collector wired to them through its runner.
#include "AgentFixtures.h"
#include "NvidiaSmiCollector.h"
#include "NvidiaSmiComputeAppsParser.h"
#include "NvidiaSmiCsvParser.h"
#include "NvidiaSmiQueryParser.h"

#include <gtest/gtest.h>

#include <optional>

using namespace remotegpu;
using remotegpu::test::AgentFixtures;

namespace {

struct QueryGpuCase
{
    const char *file;
    const char *phase; // "idle" or "load"
    const char *name;
    std::optional<double> utilization;
    qint64 memoryUsed;
    qint64 memoryTotal;
    double temperature;
    double power;
    std::optional<double> fan;
    int smClock;
    int memoryClock;
    std::optional<qint64> eccUncorrected;
    int processes;
};

void PrintTo(const QueryGpuCase &c, std::ostream *os)
{
    *os << c.file << ' ' << c.phase;
}

const QueryGpuCase queryGpuCases[] = {
    {"linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt", "idle", "NVIDIA H100 80GB HBM3", 0, 0,
     81559, 41, 69.85, std::nullopt, 345, 2619, 0, 0},
    {"linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt", "load", "NVIDIA H100 80GB HBM3", 100,
     19818, 81559, 59, 631.95, std::nullopt, 1980, 2619, 0, 3},
    {"linux-x86_64__nvidia-h100-mig__590.48.01.txt", "idle", "NVIDIA H100 80GB HBM3", std::nullopt,
     59, 81559, 42, 71.15, std::nullopt, 345, 2619, 0, 0},
    {"linux-x86_64__nvidia-h100-mig__590.48.01.txt", "load", "NVIDIA H100 80GB HBM3", std::nullopt,
     11125, 81559, 53, 433.78, std::nullopt, 1980, 2619, 0, 3},
    {"linux-x86_64__nvidia-h200__590.48.01.txt", "idle", "NVIDIA H200", 0, 0, 143771, 28, 77.71,
     std::nullopt, 345, 3201, 0, 0},
    {"linux-x86_64__nvidia-h200__590.48.01.txt", "load", "NVIDIA H200", 100, 32362, 143771, 52,
     627.40, std::nullopt, 1980, 3201, 0, 3},
    {"linux-x86_64__nvidia-h200-mig__590.48.01.txt", "idle", "NVIDIA H200", std::nullopt, 55,
     143771, 28, 78.28, std::nullopt, 345, 3201, 0, 0},
    {"linux-x86_64__nvidia-h200-mig__590.48.01.txt", "load", "NVIDIA H200", std::nullopt, 16959,
     143771, 36, 295.01, std::nullopt, 1980, 3201, 0, 3},
    {"linux-x86_64__nvidia-l40s__595.80.txt", "idle", "NVIDIA L40S", 100, 0, 46068, 63, 144.97,
     std::nullopt, 2520, 9001, 0, 0},
    {"linux-x86_64__nvidia-l40s__595.80.txt", "load", "NVIDIA L40S", 9, 1235, 46068, 54, 110.23,
     std::nullopt, 2520, 9001, 0, 2},
    {"linux-x86_64__nvidia-geforce-rtx-2080-super__595.71.05.txt", "idle",
     "NVIDIA GeForce RTX 2080 SUPER", 0, 214, 8192, 40, 39.32, 38, 765, 810, std::nullopt, 0},
    {"linux-x86_64__nvidia-geforce-rtx-2080-super__595.71.05.txt", "load",
     "NVIDIA GeForce RTX 2080 SUPER", 8, 819, 8192, 45, 111.50, 38, 2055, 7500, std::nullopt, 2},
    {"linux-x86_64__nvidia-geforce-rtx-2080-super__610.57.04.txt", "load",
     "NVIDIA GeForce RTX 2080 SUPER", 8, 815, 8192, 38, 98.14, 38, 2070, 7500, std::nullopt, 2},
    {"linux-x86_64__nvidia-geforce-rtx-4080-super__595.71.05.txt", "idle",
     "NVIDIA GeForce RTX 4080 SUPER", 0, 596, 16376, 43, 26.20, 0, 210, 405, std::nullopt, 1},
    {"linux-x86_64__nvidia-geforce-rtx-4080-super__595.71.05.txt", "load",
     "NVIDIA GeForce RTX 4080 SUPER", 7, 1474, 16376, 46, 84.24, 0, 2805, 11251, std::nullopt, 3},
};

class QueryGpuCsv : public testing::TestWithParam<QueryGpuCase>
{
};

} // namespace

TEST_P(QueryGpuCsv, ParsesTheCapturedFiguresWithNullsForNotAvailable)
{
    const QueryGpuCase &c = GetParam();
    const QString phase = QLatin1StringView(c.phase);
    const QString csv =
        AgentFixtures::section(QLatin1StringView(c.file), phase + QStringLiteral(" :: query-gpu"));
    ASSERT_FALSE(csv.isEmpty());
    Result<QList<GpuReading>> parsed = NvidiaSmiCsvParser::parse(csv);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->size(), 1);
    const GpuReading &gpu = parsed->first();
    EXPECT_EQ(gpu.sample.gpuIndex, 0);
    EXPECT_EQ(gpu.name, QLatin1StringView(c.name));
    EXPECT_EQ(gpu.uuid, u"GPU-00000000-0000-0000-0000-000000000000");
    EXPECT_EQ(gpu.sample.utilizationPercent, c.utilization);
    EXPECT_EQ(gpu.sample.memoryUsed, c.memoryUsed);
    EXPECT_EQ(gpu.memoryTotalMb, c.memoryTotal);
    ASSERT_TRUE(gpu.sample.memoryUsagePercent.has_value());
    EXPECT_NEAR(*gpu.sample.memoryUsagePercent,
                100.0 * double(c.memoryUsed) / double(c.memoryTotal), 1e-9);
    EXPECT_EQ(gpu.sample.temperature, c.temperature);
    ASSERT_TRUE(gpu.sample.powerDraw.has_value());
    EXPECT_NEAR(*gpu.sample.powerDraw, c.power, 1e-9);
    EXPECT_EQ(gpu.sample.fanSpeedPercent, c.fan);
    EXPECT_EQ(gpu.sample.smClock, c.smClock);
    EXPECT_EQ(gpu.sample.memoryClock, c.memoryClock);
    EXPECT_EQ(gpu.eccUncorrectedVolatile, c.eccUncorrected);
    EXPECT_FALSE(gpu.retiredPagesDoubleBit.has_value()); // [N/A] on every capture
    EXPECT_FALSE(gpu.rowRemapFailure);                   // "No" or [N/A]

    const QString apps = AgentFixtures::section(QLatin1StringView(c.file),
                                                phase + QStringLiteral(" :: query-compute-apps"));
    Result<QList<GpuProcess>> processes = NvidiaSmiComputeAppsParser::parse(apps);
    ASSERT_TRUE(processes.ok()) << processes.error().message.toStdString();
    EXPECT_EQ(processes->size(), c.processes);
    for (const GpuProcess &process : std::as_const(*processes)) {
        EXPECT_GT(process.pid, 0);
        EXPECT_FALSE(process.processName.isEmpty());
        EXPECT_EQ(process.gpuUuid, gpu.uuid);
        EXPECT_TRUE(process.usedMemoryMb.has_value());
    }
}

INSTANTIATE_TEST_SUITE_P(EveryCapturedSession, QueryGpuCsv, testing::ValuesIn(queryGpuCases));

TEST(NvidiaSmiComputeApps, H100LoadListsTheThreeProcessesWithTheirMemory)
{
    const QString apps =
        AgentFixtures::section(QStringLiteral("linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt"),
                               QStringLiteral("load :: query-compute-apps"));
    Result<QList<GpuProcess>> processes = NvidiaSmiComputeAppsParser::parse(apps);
    ASSERT_TRUE(processes.ok());
    ASSERT_EQ(processes->size(), 3);
    EXPECT_EQ(processes->at(0).pid, 11327);
    EXPECT_EQ(processes->at(0).processName, u"/root/tools/memhog");
    EXPECT_EQ(processes->at(0).usedMemoryMb, 2566);
    EXPECT_EQ(processes->at(2).pid, 11345);
    EXPECT_EQ(processes->at(2).processName, u"./gpu_burn");
    EXPECT_EQ(processes->at(2).usedMemoryMb, 15690);
}

TEST(NvidiaSmiComputeApps, NoHeaderNoUnitsWithNotAvailableMemoryAndACommaInTheName)
{
    const QString csv =
        QStringLiteral("GPU-a, 41, python3 train.py --lr=1,2, [N/A]\nGPU-b, 42, ffmpeg, 503\n");
    Result<QList<GpuProcess>> processes =
        NvidiaSmiComputeAppsParser::parse(csv, NvidiaSmiComputeAppsParser::queryFields());
    ASSERT_TRUE(processes.ok()) << processes.error().message.toStdString();
    ASSERT_EQ(processes->size(), 2);
    EXPECT_EQ(processes->at(0).processName, u"python3 train.py --lr=1,2");
    EXPECT_FALSE(processes->at(0).usedMemoryMb.has_value());
    EXPECT_EQ(processes->at(1).usedMemoryMb, 503);
}

TEST(NvidiaSmiQueryGpu, NoHeaderNoUnitsInTheAgentsFieldOrder)
{
    const QString csv = QStringLiteral("0, GPU-aaaa, NVIDIA H100 80GB HBM3, 87, 40000, 81559, 71, "
                                       "512.30, [N/A], 1980, 2619, 2, 0, Yes\n"
                                       "1, GPU-bbbb, NVIDIA H100 80GB HBM3, [N/A], 10, 81559, 30, "
                                       "70.00, [Not Supported], 345, 2619, 0, [N/A], No\n");
    Result<QList<GpuReading>> parsed =
        NvidiaSmiCsvParser::parse(csv, NvidiaSmiCsvParser::queryFields());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->size(), 2);
    EXPECT_EQ(parsed->at(0).sample.utilizationPercent, 87);
    EXPECT_EQ(parsed->at(0).eccUncorrectedVolatile, 2);
    EXPECT_EQ(parsed->at(0).retiredPagesDoubleBit, 0);
    EXPECT_TRUE(parsed->at(0).rowRemapFailure);
    EXPECT_EQ(parsed->at(1).sample.gpuIndex, 1);
    EXPECT_FALSE(parsed->at(1).sample.utilizationPercent.has_value());
    EXPECT_FALSE(parsed->at(1).sample.fanSpeedPercent.has_value());
    EXPECT_FALSE(parsed->at(1).rowRemapFailure);
}

TEST(NvidiaSmiQueryGpu, ARowWithTheWrongNumberOfCellsIsAnError)
{
    EXPECT_FALSE(
        NvidiaSmiCsvParser::parse(QStringLiteral("0, GPU-a\n"), NvidiaSmiCsvParser::queryFields())
            .ok());
}

TEST(NvidiaSmiQueryReport, H100ReadsZeroEccNoRemapFailureAndNotAvailableRetiredPages)
{
    const QString report =
        AgentFixtures::section(QStringLiteral("linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt"),
                               QStringLiteral("load :: query (-q)"));
    Result<QList<NvidiaSmiQueryParser::GpuHealthCounters>> parsed =
        NvidiaSmiQueryParser::parse(report);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->size(), 1);
    const auto &gpu = parsed->first();
    EXPECT_EQ(gpu.busId, u"00000000:00:09.0");
    EXPECT_EQ(gpu.name, u"NVIDIA H100 80GB HBM3");
    EXPECT_EQ(gpu.uuid, u"GPU-00000000-0000-0000-0000-000000000000");
    EXPECT_EQ(gpu.eccUncorrectedVolatile, 0); // three counters (SRAM parity, SEC-DED, DRAM), all 0
    EXPECT_FALSE(gpu.retiredPagesDoubleBit.has_value());
    EXPECT_EQ(gpu.remappedRowsUncorrectable, 0);
    EXPECT_FALSE(gpu.rowRemapPending);
    EXPECT_FALSE(gpu.rowRemapFailure);
}

TEST(NvidiaSmiQueryReport, EveryCaptureParsesAndGeForceHasNoEccOrRemapCounters)
{
    const char *files[] = {"linux-x86_64__nvidia-h100-mig__590.48.01.txt",
                           "linux-x86_64__nvidia-h200__590.48.01.txt",
                           "linux-x86_64__nvidia-h200-mig__590.48.01.txt",
                           "linux-x86_64__nvidia-l40s__595.80.txt",
                           "linux-x86_64__nvidia-geforce-rtx-2080-super__595.71.05.txt",
                           "linux-x86_64__nvidia-geforce-rtx-2080-super__610.57.04.txt",
                           "linux-x86_64__nvidia-geforce-rtx-4080-super__595.71.05.txt"};
    for (const char *file : files) {
        SCOPED_TRACE(file);
        for (const char *phase : {"idle", "load"}) {
            const QString report =
                AgentFixtures::section(QLatin1StringView(file),
                                       QLatin1StringView(phase) + QStringLiteral(" :: query (-q)"));
            Result<QList<NvidiaSmiQueryParser::GpuHealthCounters>> parsed =
                NvidiaSmiQueryParser::parse(report);
            ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
            ASSERT_EQ(parsed->size(), 1);
            EXPECT_FALSE(parsed->first().rowRemapFailure);
            EXPECT_FALSE(parsed->first().name.isEmpty());
            if (QByteArray(file).contains("geforce")) {
                EXPECT_FALSE(parsed->first().eccUncorrectedVolatile.has_value());
                EXPECT_FALSE(parsed->first().remappedRowsUncorrectable.has_value());
            } else {
                EXPECT_EQ(parsed->first().eccUncorrectedVolatile, 0);
            }
        }
    }
}

TEST(NvidiaSmiQueryReport, CountsUncorrectableErrorsAndARemapFailure)
{
    const QString report =
        QStringLiteral("GPU 00000000:01:00.0\n"
                       "    Product Name                          : NVIDIA A100-SXM4-80GB\n"
                       "    GPU UUID                              : GPU-1234\n"
                       "    ECC Errors\n"
                       "        Volatile\n"
                       "            SRAM Correctable              : 5\n"
                       "            SRAM Uncorrectable            : 1\n"
                       "            DRAM Correctable              : 9\n"
                       "            DRAM Uncorrectable            : 2\n"
                       "        Aggregate\n"
                       "            DRAM Uncorrectable            : 40\n"
                       "    Retired Pages\n"
                       "        Single Bit ECC                    : 0\n"
                       "        Double Bit ECC                    : 4\n"
                       "        Pending Page Blacklist            : Yes\n"
                       "    Remapped Rows\n"
                       "        Correctable Error                 : 0\n"
                       "        Uncorrectable Error               : 3\n"
                       "        Pending                           : Yes\n"
                       "        Remapping Failure Occurred        : Yes\n");
    Result<QList<NvidiaSmiQueryParser::GpuHealthCounters>> parsed =
        NvidiaSmiQueryParser::parse(report);
    ASSERT_TRUE(parsed.ok());
    const auto &gpu = parsed->first();
    EXPECT_EQ(gpu.eccUncorrectedVolatile, 3); // volatile only: the aggregate 40 is history
    EXPECT_EQ(gpu.retiredPagesDoubleBit, 4);
    EXPECT_TRUE(gpu.retiredPagesPending);
    EXPECT_EQ(gpu.remappedRowsUncorrectable, 3);
    EXPECT_TRUE(gpu.rowRemapPending);
    EXPECT_TRUE(gpu.rowRemapFailure);
}

TEST(NvidiaSmiCollector, JoinsProcessesToTheirGpuAndCountsThem)
{
    // The load session of the H100 capture, as nvidia-smi prints it with noheader,nounits.
    const QString file = QStringLiteral("linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt");
    QStringList calls;
    NvidiaSmiCollector collector(
        [&](const QStringList &arguments) -> Result<QString> {
            calls << arguments.first();
            if (arguments.first().startsWith(u"--query-gpu="))
                return QStringLiteral(
                    "0, GPU-00000000-0000-0000-0000-000000000000, NVIDIA H100 80GB HBM3, 100, "
                    "19818, 81559, 59, 631.95, [N/A], 1980, 2619, 0, [N/A], No\n");
            QStringList rows;
            const QStringList lines =
                AgentFixtures::section(file, QStringLiteral("load :: query-compute-apps"))
                    .split(u'\n');
            for (const QString &line : lines.mid(1)) {
                const QStringList cells = line.split(QStringLiteral(", "));
                rows << QStringList{cells[4], cells[5], cells[6], cells[7].chopped(4)}.join(
                    QStringLiteral(", "));
            }
            return rows.join(u'\n');
        },
        [](qint64 pid) { return pid == 11345 ? QStringLiteral("alice") : QStringLiteral("root"); });
    Result<GpuSnapshot> snapshot = collector.collect();
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().message.toStdString();
    EXPECT_EQ(calls.size(), 2);
    ASSERT_EQ(snapshot->gpus.size(), 1);
    EXPECT_EQ(snapshot->gpus[0].sample.processCount, 3);
    EXPECT_TRUE(snapshot->processesCollected);
    ASSERT_EQ(snapshot->processes.size(), 3);
    EXPECT_EQ(snapshot->processes[2].username, u"alice");
    EXPECT_EQ(snapshot->processes[2].usedMemoryMb, 15690);
    EXPECT_EQ(snapshot->processes[0].gpuIndex, 0);
}

TEST(NvidiaSmiCollector, ADriverThatRejectsTheHealthFieldsIsAskedWithoutThemAndReadsMinusQ)
{
    const QString file =
        QStringLiteral("linux-x86_64__nvidia-geforce-rtx-2080-super__595.71.05.txt");
    QStringList calls;
    NvidiaSmiCollector collector(
        [&](const QStringList &arguments) -> Result<QString> {
            calls << arguments.first().left(14);
            if (arguments.first().startsWith(u"--query-gpu=")) {
                if (arguments.first().contains(u"remapped_rows"))
                    return Error::unavailable(
                        QStringLiteral("Field \"remapped_rows.failure\" is not a valid field"));
                return QStringLiteral("0, GPU-00000000-0000-0000-0000-000000000000, NVIDIA GeForce "
                                      "RTX 2080 SUPER, 8, "
                                      "819, 8192, 45, 111.50, 38, 2055, 7500\n");
            }
            if (arguments.first() == u"-q")
                return AgentFixtures::section(file, QStringLiteral("load :: query (-q)"));
            return Error::unavailable(QStringLiteral("no compute apps here"));
        },
        [](qint64) { return QString(); });
    Result<GpuSnapshot> first = collector.collect();
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->gpus[0].sample.smClock, 2055);
    EXPECT_FALSE(first->processesCollected); // the process query failed: "no list", not "idle"
    calls.clear();
    ASSERT_TRUE(collector.collect().ok());
    // The health fields are not asked again.
    EXPECT_EQ(calls, (QStringList{QStringLiteral("--query-gpu=in"), QStringLiteral("-q"),
                                  QStringLiteral("--query-comput")}));
}
