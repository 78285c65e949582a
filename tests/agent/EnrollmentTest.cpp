// Enrolment: the enrollment token is exchanged for a per-host token, which is kept in a 0600
// file and reused on the next start; refusals come back as errors the agent can act on.
#include "AgentConfig.h"
#include "AgentEnrollment.h"
#include "AgentTokenStore.h"
#include "HostAgent.h"
#include "RecordingReceiver.h"

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

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    ::stat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 0777;
}

RecordingReceiver::Answer enrollAnswer(const RecordingReceiver::Request &request)
{
    if (request.path == "/api/agent/enroll") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(u"enrollmentToken").toString() != u"site-secret")
            return RecordingReceiver::envelope(401, "enrollment token refused");
        if (body.value(u"hostId").toString() == u"unknown-host")
            return RecordingReceiver::envelope(404, "no machine has that id");
        return RecordingReceiver::envelope(
            200, R"({"hostId":")" + body.value(u"hostId").toString().toUtf8() +
                     R"(","agentToken":"tok-)" + body.value(u"hostId").toString().toUtf8() +
                     R"(","intervalSeconds":10})");
    }
    return RecordingReceiver::envelope(200, R"({"accepted":1})");
}

} // namespace

TEST(AgentTokenStore, WritesTheTokensWithMode0600AndReadsThemBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/token"));
    AgentTokenStore store(path);
    ASSERT_TRUE(store.load().ok()); // missing file: empty
    store.setToken(QStringLiteral("gpu-node-01"), QStringLiteral("secret-1"));
    ASSERT_TRUE(store.save().ok());
    EXPECT_EQ(modeOf(path), 0600u);
    AgentTokenStore again(path);
    ASSERT_TRUE(again.load().ok());
    EXPECT_EQ(again.token(QStringLiteral("gpu-node-01")), u"secret-1");
    EXPECT_EQ(again.onlyHostId(), u"gpu-node-01");
}

TEST(AgentEnrollment, ExchangesTheEnrollmentTokenAndReportsRefusals)
{
    RecordingReceiver receiver;
    ASSERT_TRUE(receiver.listen());
    receiver.setResponder(enrollAnswer);
    QNetworkAccessManager network;
    AgentEnrollment enrollment(network, QUrl(receiver.url()), QStringLiteral("1.0.0"));
    QObject context;
    const auto enroll = [&](const QString &token, const QString &host) {
        std::optional<Result<AgentEnrollment::Enrolled>> answer;
        enrollment.enroll(token, host, &context,
                          [&](Result<AgentEnrollment::Enrolled> r) { answer = std::move(r); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 5000));
        return *answer;
    };
    Result<AgentEnrollment::Enrolled> ok =
        enroll(QStringLiteral("site-secret"), QStringLiteral("gpu-node-01"));
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(ok->agentToken, u"tok-gpu-node-01");
    EXPECT_EQ(ok->intervalSeconds, 10);
    const QJsonObject sent = QJsonDocument::fromJson(receiver.requests().first().body).object();
    EXPECT_EQ(sent.value(u"agentVersion").toString(), u"1.0.0");
    EXPECT_FALSE(receiver.requests().first().headers.contains("authorization"));

    Result<AgentEnrollment::Enrolled> wrong =
        enroll(QStringLiteral("guess"), QStringLiteral("gpu-node-01"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::Unauthorized);
    Result<AgentEnrollment::Enrolled> unknown =
        enroll(QStringLiteral("site-secret"), QStringLiteral("unknown-host"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
}

TEST(HostAgentEnrollment, FirstStartEnrolsAndKeepsTheTokenTheNextStartReusesIt)
{
    RecordingReceiver receiver;
    ASSERT_TRUE(receiver.listen());
    receiver.setResponder(enrollAnswer);
    QTemporaryDir dir;
    QNetworkAccessManager network;
    Clock clock;
    AgentConfig config;
    config.server = QUrl(receiver.url());
    config.tokenFile = dir.filePath(QStringLiteral("token"));
    config.bufferDir = dir.filePath(QStringLiteral("buffer"));
    config.enrollToken = QStringLiteral("site-secret");
    config.hostId = QStringLiteral("gpu-node-01");
    config.nvidiaSmi = dir.filePath(QStringLiteral("no-nvidia-smi-here"));
    config.once = true;
    {
        HostAgent agent(network, clock, config);
        QSignalSpy finished(&agent, &HostAgent::finished);
        agent.start();
        ASSERT_TRUE(finished.wait(10'000));
        EXPECT_EQ(finished.first().first().toInt(), 0);
    }
    EXPECT_EQ(modeOf(config.tokenFile), 0600u);
    ASSERT_EQ(receiver.requests().size(), 2);
    EXPECT_EQ(receiver.requests()[0].path, "/api/agent/enroll");
    EXPECT_EQ(receiver.requests()[1].path, "/api/agent/heartbeat");
    EXPECT_EQ(receiver.requests()[1].headers.value("authorization"), "Bearer tok-gpu-node-01");
    Result<AgentHeartbeat> first =
        AgentHeartbeat::fromJson(QJsonDocument::fromJson(receiver.requests()[1].body).object());
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first->validate().isEmpty());
    EXPECT_EQ(first->sequence, 1);
    EXPECT_TRUE(first->host.cpuUsagePercent.has_value()); // primed a second before
    EXPECT_TRUE(first->gpus.isEmpty());                   // no driver, no nvidia-smi here

    // Second start with the same command line: no enrolment, the kept token, the next sequence.
    HostAgent again(network, clock, config);
    QSignalSpy finished(&again, &HostAgent::finished);
    again.start();
    ASSERT_TRUE(finished.wait(10'000));
    ASSERT_EQ(receiver.requests().size(), 3);
    EXPECT_EQ(receiver.requests()[2].path, "/api/agent/heartbeat");
    EXPECT_EQ(receiver.requests()[2].headers.value("authorization"), "Bearer tok-gpu-node-01");
    EXPECT_EQ(QJsonDocument::fromJson(receiver.requests()[2].body)[QStringLiteral("sequence")]
                  .toInteger(),
              2);
}

TEST(HostAgentEnrollment, ARefusedTokenExitsWithStatusThreeAndIsForgotten)
{
    RecordingReceiver receiver;
    ASSERT_TRUE(receiver.listen());
    receiver.setResponder([](const RecordingReceiver::Request &) {
        return RecordingReceiver::envelope(401, "agent token unknown or revoked");
    });
    QTemporaryDir dir;
    AgentTokenStore store(dir.filePath(QStringLiteral("token")));
    store.setToken(QStringLiteral("gpu-node-01"), QStringLiteral("revoked"));
    ASSERT_TRUE(store.save().ok());
    QNetworkAccessManager network;
    Clock clock;
    AgentConfig config;
    config.server = QUrl(receiver.url());
    config.tokenFile = store.path();
    config.bufferDir = dir.filePath(QStringLiteral("buffer"));
    config.nvidiaSmi = dir.filePath(QStringLiteral("no-nvidia-smi-here"));
    HostAgent agent(network, clock, config);
    QSignalSpy finished(&agent, &HostAgent::finished);
    agent.start();
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_EQ(finished.first().first().toInt(), 3);
    AgentTokenStore after(store.path());
    ASSERT_TRUE(after.load().ok());
    EXPECT_TRUE(after.token(QStringLiteral("gpu-node-01")).isEmpty());
}
