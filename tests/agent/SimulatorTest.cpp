// The fleet simulator: plausible, varying figures that a seed reproduces, counters that only
// grow, a silent host that stops, and a whole simulated fleet enrolling and posting to a
// recording receiver.
#include "AgentTokenStore.h"
#include "FleetSimulator.h"
#include "GpuHealthLatch.h"
#include "HeartbeatAssembler.h"
#include "RecordingReceiver.h"
#include "SimulatedHost.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace remotegpu;
using remotegpu::test::RecordingReceiver;

namespace {

const QDateTime noon(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);

std::optional<int> numberWithCharacter(quint64 seed, SimulatedHost::Character character)
{
    for (int number = 1; number < 100; ++number) {
        if (SimulatedHost(QStringLiteral("h"), number, 8, seed).character() == character)
            return number;
    }
    return std::nullopt;
}

double meanUtilization(const SimulatedHost &host, const QDateTime &at)
{
    double sum = 0;
    const GpuSnapshot snapshot = host.gpusAt(at);
    for (const GpuReading &gpu : snapshot.gpus)
        sum += *gpu.sample.utilizationPercent;
    return sum / double(snapshot.gpus.size());
}

} // namespace

TEST(SimulatedHost, TheSameSeedGivesTheSameFiguresAndAnotherSeedOthers)
{
    const SimulatedHost a(QStringLiteral("gpu-node-01"), 1, 8, 42);
    const SimulatedHost b(QStringLiteral("gpu-node-01"), 1, 8, 42);
    const SimulatedHost c(QStringLiteral("gpu-node-01"), 1, 8, 43);
    EXPECT_EQ(a.hostAt(noon), b.hostAt(noon));
    EXPECT_EQ(a.gpusAt(noon).gpus.size(), 8);
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(a.gpusAt(noon).gpus[i].sample, b.gpusAt(noon).gpus[i].sample);
    EXPECT_NE(a.hostAt(noon).cpuUsagePercent, c.hostAt(noon).cpuUsagePercent);
}

TEST(SimulatedHost, EveryFigureIsPlausibleAndTheAssembledHeartbeatIsValid)
{
    for (int number = 1; number <= 10; ++number) {
        const SimulatedHost host(QStringLiteral("sim-%1").arg(number), number, 8, 7);
        GpuHealthLatch latch;
        for (int step = 0; step < 144; ++step) { // one day at 10-minute steps
            const QDateTime at = noon.addSecs(600 * step);
            const GpuSnapshot gpus = host.gpusAt(at);
            for (const GpuReading &gpu : gpus.gpus) {
                EXPECT_GE(*gpu.sample.utilizationPercent, 0);
                EXPECT_LE(*gpu.sample.utilizationPercent, 100);
                EXPECT_LE(*gpu.sample.memoryUsed, *gpu.memoryTotalMb);
                EXPECT_GE(*gpu.sample.temperature, 25);
                EXPECT_LE(*gpu.sample.temperature, 95);
                EXPECT_GT(*gpu.sample.powerDraw, 0);
                EXPECT_LE(*gpu.sample.powerDraw, 700);
            }
            const AgentHeartbeat heartbeat = HeartbeatAssembler::assemble(
                {host.hostId(), at, step + 1, 10, 0}, host.hostAt(at), gpus, latch);
            const QList<FieldError> errors = heartbeat.validate();
            ASSERT_TRUE(errors.isEmpty()) << errors.first().message.toStdString();
        }
    }
}

TEST(SimulatedHost, LoadSwingsWithTheDayAndAHotGpuRunsHot)
{
    const std::optional<int> interactive =
        numberWithCharacter(5, SimulatedHost::Character::Interactive);
    ASSERT_TRUE(interactive);
    const SimulatedHost day(QStringLiteral("i"), *interactive, 8, 5);
    const QDateTime afternoon(QDate(2026, 5, 1), QTime(15, 0), Qt::UTC);
    const QDateTime night(QDate(2026, 5, 1), QTime(3, 0), Qt::UTC);
    EXPECT_GT(meanUtilization(day, afternoon), 60);
    EXPECT_LT(meanUtilization(day, night), 25);

    const std::optional<int> hot = numberWithCharacter(5, SimulatedHost::Character::HotGpu);
    ASSERT_TRUE(hot);
    const GpuSnapshot hotGpus = SimulatedHost(QStringLiteral("h"), *hot, 8, 5).gpusAt(night);
    EXPECT_GE(*hotGpus.gpus[0].sample.temperature, 85);
    EXPECT_LT(*hotGpus.gpus[1].sample.temperature, 80);

    // Readings ten seconds apart differ (noise), as a real GPU's do.
    const GpuSnapshot now = day.gpusAt(afternoon);
    const GpuSnapshot later = day.gpusAt(afternoon.addSecs(10));
    bool anyChanged = false;
    for (int i = 0; i < 8; ++i)
        anyChanged = anyChanged || now.gpus[i].sample.utilizationPercent !=
                                       later.gpus[i].sample.utilizationPercent;
    EXPECT_TRUE(anyChanged);
}

TEST(SimulatedHost, CountersOnlyGrowAndTheSilentHostFallsSilent)
{
    const SimulatedHost host(QStringLiteral("c"), 3, 4, 9);
    HostMetricSample previous = host.hostAt(noon);
    for (int step = 1; step < 500; ++step) {
        const HostMetricSample next = host.hostAt(noon.addSecs(97 * step));
        EXPECT_GE(*next.networkRxBytes, *previous.networkRxBytes);
        EXPECT_GE(*next.diskIoWriteBytes, *previous.diskIoWriteBytes);
        EXPECT_GE(*next.networkTxPackets, *previous.networkTxPackets);
        previous = next;
    }
    SimulatedHost silent(QStringLiteral("s"), 1, 1, 1);
    EXPECT_FALSE(silent.isSilentAt(noon));
    silent.setSilentFrom(noon.addSecs(300));
    EXPECT_FALSE(silent.isSilentAt(noon.addSecs(299)));
    EXPECT_TRUE(silent.isSilentAt(noon.addSecs(300)));
}

TEST(FleetSimulator, EnrolsEachHostOncePostsOnSchedulesAndTheSilentHostStops)
{
    RecordingReceiver receiver;
    ASSERT_TRUE(receiver.listen());
    receiver.setResponder([](const RecordingReceiver::Request &request) {
        if (request.path == "/api/agent/enroll") {
            const QString host =
                QJsonDocument::fromJson(request.body)[QStringLiteral("hostId")].toString();
            return RecordingReceiver::envelope(200, R"({"hostId":")" + host.toUtf8() +
                                                        R"(","agentToken":"tok-)" + host.toUtf8() +
                                                        R"(","intervalSeconds":1})");
        }
        return RecordingReceiver::envelope(200, R"({"accepted":1})");
    });
    QTemporaryDir dir;
    AgentConfig config;
    config.server = QUrl(receiver.url());
    config.enrollToken = QStringLiteral("site-secret");
    config.simulate = 3;
    config.hostIds = {QStringLiteral("sim-0001"), QStringLiteral("sim-0002"),
                      QStringLiteral("sim-0003")};
    config.tokenFile = dir.filePath(QStringLiteral("tokens.json"));
    config.bufferDir = dir.filePath(QStringLiteral("buffers"));
    config.intervalSeconds = 1;
    config.gpusPerHost = 2;
    config.silentHost = QStringLiteral("sim-0002");
    config.silentAfterSeconds = 2;
    QNetworkAccessManager network;
    Clock clock;
    {
        FleetSimulator simulator(network, clock, config);
        QSignalSpy stopped(&simulator, &FleetSimulator::hostStopped);
        simulator.start();
        QTest::qWait(4200);
        ASSERT_EQ(stopped.size(), 1);
        EXPECT_EQ(stopped.first().first().toString(), u"sim-0002");
        EXPECT_EQ(simulator.runningHosts(), 2);
    }
    QMap<QByteArray, QList<qint64>> sequencesByToken;
    int enrolments = 0;
    for (const RecordingReceiver::Request &request : receiver.requests()) {
        if (request.path == "/api/agent/enroll") {
            ++enrolments;
            continue;
        }
        Result<AgentHeartbeat> heartbeat =
            AgentHeartbeat::fromJson(QJsonDocument::fromJson(request.body).object());
        ASSERT_TRUE(heartbeat.ok());
        EXPECT_TRUE(heartbeat->validate().isEmpty());
        EXPECT_EQ(heartbeat->gpus.size(), 2);
        sequencesByToken[request.headers.value("authorization")] << heartbeat->sequence;
    }
    EXPECT_EQ(enrolments, 3);
    // One heartbeat a second on each host's own schedule, in sequence order; the silent host
    // posts during its first two seconds only.
    for (const char *token :
         {"Bearer tok-sim-0001", "Bearer tok-sim-0002", "Bearer tok-sim-0003"}) {
        const QList<qint64> sequences = sequencesByToken.value(token);
        ASSERT_FALSE(sequences.isEmpty()) << token;
        for (qsizetype i = 0; i < sequences.size(); ++i)
            EXPECT_EQ(sequences[i], i + 1) << token;
    }
    EXPECT_GE(sequencesByToken.value("Bearer tok-sim-0001").size(), 4);
    EXPECT_GE(sequencesByToken.value("Bearer tok-sim-0003").size(), 3);
    EXPECT_LE(sequencesByToken.value("Bearer tok-sim-0002").size(), 2);
    struct stat info
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(config.tokenFile).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);

    // A restart reuses the kept tokens: no new enrolment.
    const qsizetype before = receiver.requests().size();
    FleetSimulator again(network, clock, config);
    again.start();
    QTest::qWait(500);
    for (qsizetype i = before; i < receiver.requests().size(); ++i)
        EXPECT_EQ(receiver.requests()[i].path, "/api/agent/heartbeat");
    EXPECT_EQ(again.runningHosts(), 3);
}
