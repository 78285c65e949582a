// The Prometheus text parser and the dcgm-exporter collector on a real L4 scrape
// (tests/fixtures/agent/dcgm-exporter).
#include "AgentFixtures.h"
#include "DcgmExporterCollector.h"
#include "PrometheusTextParser.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace remotegpu;
using remotegpu::test::AgentFixtures;

namespace {
const QString l4Scrape = QStringLiteral("dcgm-exporter/nvidia-l4__580.105.08.metrics");
}

TEST(PrometheusText, ParsesNamesLabelsAndValuesOfTheL4Scrape)
{
    Result<QList<PrometheusTextParser::Sample>> samples =
        PrometheusTextParser::parse(AgentFixtures::read(l4Scrape));
    ASSERT_TRUE(samples.ok()) << samples.error().message.toStdString();
    EXPECT_EQ(samples->size(), 23);
    const PrometheusTextParser::Sample &first = samples->first();
    EXPECT_EQ(first.name, u"DCGM_FI_DEV_SM_CLOCK");
    EXPECT_EQ(first.value, 210);
    EXPECT_EQ(first.labels.value(QStringLiteral("UUID")),
              u"GPU-c2f76b33-7953-256e-8f33-1343419b1a1c");
    EXPECT_EQ(first.labels.value(QStringLiteral("modelName")), u"NVIDIA L4");
    EXPECT_EQ(first.labels.value(QStringLiteral("DCGM_FI_DRIVER_VERSION")), u"580.105.08");
    EXPECT_EQ(PrometheusTextParser::find(*samples, QStringLiteral("DCGM_FI_DEV_POWER_USAGE")),
              16.365);
    EXPECT_EQ(PrometheusTextParser::find(*samples, QStringLiteral("DCGM_FI_PROF_PCIE_TX_BYTES")),
              112603);
}

TEST(PrometheusText, EscapesSpecialValuesTimestampsAndErrors)
{
    Result<QList<PrometheusTextParser::Sample>> samples = PrometheusTextParser::parse(
        QStringLiteral("# HELP x y\n"
                       "a{path=\"C:\\\\dir\",quote=\"say \\\"hi\\\"\",} 1.5e3 1700000000000\n"
                       "b NaN\n"
                       "c +Inf\n"));
    ASSERT_TRUE(samples.ok()) << samples.error().message.toStdString();
    ASSERT_EQ(samples->size(), 3);
    EXPECT_EQ(samples->at(0).labels.value(QStringLiteral("path")), u"C:\\dir");
    EXPECT_EQ(samples->at(0).labels.value(QStringLiteral("quote")), u"say \"hi\"");
    EXPECT_EQ(samples->at(0).value, 1500);
    EXPECT_TRUE(std::isnan(samples->at(1).value));
    EXPECT_TRUE(std::isinf(samples->at(2).value));
    EXPECT_FALSE(PrometheusTextParser::parse(QStringLiteral("a{b=\"c} 1\n")).ok());
    EXPECT_FALSE(PrometheusTextParser::parse(QStringLiteral("a{b=\"c\"} x\n")).ok());
}

TEST(DcgmExporter, TheL4ScrapeBecomesOneGpuReading)
{
    DcgmExporterCollector collector;
    Result<GpuSnapshot> snapshot = collector.fromMetricsText(AgentFixtures::read(l4Scrape));
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().message.toStdString();
    EXPECT_EQ(snapshot->source, u"dcgm-exporter");
    EXPECT_FALSE(snapshot->processesCollected);
    ASSERT_EQ(snapshot->gpus.size(), 1);
    const GpuReading &gpu = snapshot->gpus.first();
    EXPECT_EQ(gpu.sample.gpuIndex, 0);
    EXPECT_EQ(gpu.uuid, u"GPU-c2f76b33-7953-256e-8f33-1343419b1a1c");
    EXPECT_EQ(gpu.name, u"NVIDIA L4");
    EXPECT_EQ(gpu.sample.utilizationPercent, 0);
    EXPECT_EQ(gpu.sample.memoryUsed, 0);
    EXPECT_EQ(gpu.memoryTotalMb, 22563 + 0 + 470); // free + used + reserved
    EXPECT_EQ(gpu.sample.memoryUsagePercent, 0);
    EXPECT_EQ(gpu.sample.temperature, 31);
    EXPECT_EQ(gpu.sample.powerDraw, 16.365);
    EXPECT_EQ(gpu.sample.smClock, 210);
    EXPECT_EQ(gpu.sample.memoryClock, 405);
    EXPECT_FALSE(gpu.sample.fanSpeedPercent.has_value()); // not in the default field set
    EXPECT_FALSE(gpu.rowRemapFailure);
    EXPECT_TRUE(gpu.xidErrors.isEmpty());
}

TEST(DcgmExporter, AnXidIsReportedWhenItsCodeChangesNotOnEveryScrape)
{
    const auto scrape = [](int xid, int remapFailure) {
        return QStringLiteral("DCGM_FI_DEV_GPU_UTIL{gpu=\"0\",UUID=\"GPU-x\"} 50\n"
                              "DCGM_FI_DEV_XID_ERRORS{gpu=\"0\",UUID=\"GPU-x\"} %1\n"
                              "DCGM_FI_DEV_ROW_REMAP_FAILURE{gpu=\"0\",UUID=\"GPU-x\"} %2\n"
                              "DCGM_FI_DEV_GPU_UTIL{gpu=\"1\",UUID=\"GPU-y\"} 7\n")
            .arg(xid)
            .arg(remapFailure);
    };
    DcgmExporterCollector collector;
    EXPECT_TRUE(collector.fromMetricsText(scrape(0, 0))->gpus[0].xidErrors.isEmpty());
    Result<GpuSnapshot> second = collector.fromMetricsText(scrape(79, 1));
    EXPECT_EQ(second->gpus[0].xidErrors, QList<int>{79});
    EXPECT_TRUE(second->gpus[0].rowRemapFailure);
    EXPECT_EQ(second->gpus.size(), 2);
    EXPECT_EQ(second->gpus[1].sample.utilizationPercent, 7);
    EXPECT_TRUE(collector.fromMetricsText(scrape(79, 1))->gpus[0].xidErrors.isEmpty());
    EXPECT_EQ(collector.fromMetricsText(scrape(48, 1))->gpus[0].xidErrors, QList<int>{48});
}

TEST(DcgmExporter, APageWithoutGpuMetricsIsAnError)
{
    DcgmExporterCollector collector;
    EXPECT_FALSE(collector.fromMetricsText(QStringLiteral("node_load1 0.5\n")).ok());
}
