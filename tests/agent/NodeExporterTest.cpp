// Debian's prometheus-node-exporter run live on a free loopback port: the collector reads
// plausible host figures from its /metrics, and they agree with this machine.
#include "MetricsEndpoint.h"
#include "NodeExporterCollector.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>
#include <unistd.h>

using namespace remotegpu;

namespace {

class LiveNodeExporter : public testing::Test
{
protected:
    void SetUp() override
    {
        const QString program =
            QStandardPaths::findExecutable(QStringLiteral("prometheus-node-exporter"));
        ASSERT_FALSE(program.isEmpty()) << "prometheus-node-exporter is missing: run scripts/setup";
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        ASSERT_TRUE(m_process.waitForStarted(5000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return scrape().has_value(); }, 10'000))
            << "node-exporter did not serve /metrics: " << m_process.readAll().toStdString();
    }

    void TearDown() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }

    std::optional<QString> scrape()
    {
        MetricsEndpoint endpoint(m_network, m_url, 3000);
        std::optional<Result<QString>> answer;
        QObject context;
        endpoint.fetch(&context, [&](Result<QString> page) { answer = std::move(page); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000) || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

    QNetworkAccessManager m_network;
    QProcess m_process;
    QUrl m_url;
};

} // namespace

TEST_F(LiveNodeExporter, TwoScrapesGiveThisMachinesHostFigures)
{
    NodeExporterCollector collector;
    std::optional<QString> first = scrape();
    ASSERT_TRUE(first);
    Result<HostMetricSample> primed = collector.fromMetricsText(*first);
    ASSERT_TRUE(primed.ok()) << primed.error().message.toStdString();
    EXPECT_FALSE(primed->cpuUsagePercent.has_value()); // one scrape: no interval yet
    QTest::qWait(1100);
    std::optional<QString> second = scrape();
    ASSERT_TRUE(second);
    Result<HostMetricSample> sample = collector.fromMetricsText(*second);
    ASSERT_TRUE(sample.ok()) << sample.error().message.toStdString();

    ASSERT_TRUE(sample->cpuUsagePercent.has_value());
    EXPECT_GE(*sample->cpuUsagePercent, 0.0);
    EXPECT_LE(*sample->cpuUsagePercent, 100.0);
    ASSERT_TRUE(sample->cpuLoad1m.has_value());
    EXPECT_GE(*sample->cpuLoad1m, 0.0);
    const qint64 physical = qint64(::sysconf(_SC_PHYS_PAGES)) * qint64(::sysconf(_SC_PAGESIZE));
    ASSERT_TRUE(sample->memoryUsed && sample->memoryAvailable);
    EXPECT_EQ(*sample->memoryUsed + *sample->memoryAvailable, physical);
    ASSERT_TRUE(sample->memoryUsagePercent.has_value());
    EXPECT_GT(*sample->memoryUsagePercent, 0.0);
    EXPECT_LT(*sample->memoryUsagePercent, 100.0);
    ASSERT_TRUE(sample->diskUsed && sample->diskAvailable);
    EXPECT_GT(*sample->diskUsed, 0);
    EXPECT_GT(*sample->diskAvailable, 0);
    ASSERT_TRUE(sample->diskIoReadBytes.has_value());
    EXPECT_GT(*sample->diskIoReadBytes, 0);
    ASSERT_TRUE(sample->networkRxBytes.has_value());
    EXPECT_GE(*sample->networkRxBytes, 0);
    sample->hostId = QStringLiteral("node-1");
    sample->collectedAt = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(sample->validate().isEmpty());
}
