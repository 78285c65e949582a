#include "LocalServer.h"
#include "QtPrinters.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using remotegpu::Error;
using remotegpu::ErrorKind;
using remotegpu::LocalServer;

namespace {

// A LocalServer driving the stand-in script in the given mode.
class LocalServerTest : public ::testing::Test
{
protected:
    void useMode(const QString &mode)
    {
        server.setProgram(QString::fromLocal8Bit(REMOTEGPU_FAKE_SERVER));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"FAKE_SERVER_MODE"_s, mode);
        server.setProcessEnvironment(environment);
    }

    Error waitForFailure()
    {
        QSignalSpy failed(&server, &LocalServer::failed);
        EXPECT_TRUE(failed.wait(10000));
        return failed.isEmpty() ? Error{} : failed.constFirst().constFirst().value<Error>();
    }

    LocalServer server;
};

} // namespace

TEST_F(LocalServerTest, DefaultsToTheServerNextToTheConsole)
{
    EXPECT_EQ(LocalServer::bundledProgram(),
              QCoreApplication::applicationDirPath() + u"/remotegpu-server"_s);
}

// The real server as the bundled one: it announces its port, answers there, and stops cleanly.
TEST_F(LocalServerTest, StartsTheRealServerAndStopsItWithSigterm)
{
    auto database = remotegpu::test::TestDatabase::create(u"localserver"_s);
    ASSERT_NE(database, nullptr);
    server.setProgram(QString::fromLocal8Bit(REMOTEGPU_SERVER_BINARY));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"REMOTEGPU_DATABASE_URL"_s, database->url());
    server.setProcessEnvironment(environment);
    QSignalSpy ready(&server, &LocalServer::ready);
    server.start();
    ASSERT_TRUE(ready.wait(60000)) << server.recentLog().join(u'\n').toStdString();
    const QUrl url = server.url();
    EXPECT_EQ(url.host(), u"127.0.0.1"_s);
    EXPECT_GT(url.port(), 0);
    EXPECT_EQ(server.state(), LocalServer::State::Running);
    EXPECT_TRUE(server.stop());
    EXPECT_EQ(server.state(), LocalServer::State::NotRunning);
}

TEST_F(LocalServerTest, ExplainsTheRealServersExitOnAnUnreachableDatabase)
{
    server.setProgram(QString::fromLocal8Bit(REMOTEGPU_SERVER_BINARY));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A port nothing listens on (1 is reserved and closed on loopback).
    environment.insert(u"REMOTEGPU_DATABASE_URL"_s,
                       u"postgresql://nobody:x@127.0.0.1:1/none?connect_timeout=2"_s);
    server.setProcessEnvironment(environment);
    server.start();
    QSignalSpy failed(&server, &LocalServer::failed);
    ASSERT_TRUE(failed.wait(60000));
    const Error error = failed.constFirst().constFirst().value<Error>();
    EXPECT_EQ(error.kind, ErrorKind::Unavailable);
    EXPECT_TRUE(error.message.contains(u"exit code"_s)) << error.message.toStdString();
    EXPECT_EQ(server.state(), LocalServer::State::NotRunning);
}

// The stand-in script below plays what a real server cannot be made to do on demand: a fixed
// port announcement, never listening, ignoring SIGTERM, dying at a chosen moment.
TEST_F(LocalServerTest, ReportsTheAnnouncedPortAndStopsWithSigterm)
{
    useMode(u"ready"_s);
    QSignalSpy ready(&server, &LocalServer::ready);
    server.start();
    EXPECT_EQ(server.state(), LocalServer::State::Starting);
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(ready.constFirst().constFirst().toUrl(), QUrl(u"http://127.0.0.1:4321"_s));
    EXPECT_EQ(server.url(), QUrl(u"http://127.0.0.1:4321"_s));
    EXPECT_EQ(server.state(), LocalServer::State::Running);
    ASSERT_FALSE(server.recentLog().isEmpty());
    EXPECT_TRUE(server.recentLog().constFirst().contains(u"--listen 127.0.0.1:0"_s))
        << server.recentLog().constFirst().toStdString();

    EXPECT_TRUE(server.stop());
    EXPECT_EQ(server.state(), LocalServer::State::NotRunning);
    EXPECT_TRUE(server.recentLog().constLast().contains(u"\"stopped\""_s));
    EXPECT_TRUE(server.url().isEmpty());
}

TEST_F(LocalServerTest, ExplainsAnExitBeforeListening)
{
    useMode(u"fail"_s);
    server.start();
    const Error error = waitForFailure();
    EXPECT_EQ(error.kind, ErrorKind::Unavailable);
    EXPECT_TRUE(error.message.contains(u"exit code 3"_s)) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(u"cannot open the database: connection refused"_s))
        << error.message.toStdString();
    EXPECT_EQ(server.state(), LocalServer::State::NotRunning);
}

TEST_F(LocalServerTest, ExplainsAMissingProgram)
{
    server.setProgram(u"/nonexistent/bin/remotegpu-server"_s);
    server.start();
    const Error error = waitForFailure();
    EXPECT_EQ(error.kind, ErrorKind::NotFound);
    EXPECT_TRUE(error.message.contains(u"/nonexistent/bin/remotegpu-server"_s));
    EXPECT_EQ(server.state(), LocalServer::State::NotRunning);
}

TEST_F(LocalServerTest, GivesUpOnASilentServer)
{
    useMode(u"silent"_s);
    server.setStartTimeout(std::chrono::milliseconds(500));
    server.start();
    const Error error = waitForFailure();
    EXPECT_TRUE(error.message.contains(u"did not report that it was listening"_s))
        << error.message.toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return server.state() == LocalServer::State::NotRunning; }, 5000));
}

TEST_F(LocalServerTest, KillsAServerThatIgnoresSigterm)
{
    useMode(u"stubborn"_s);
    QSignalSpy ready(&server, &LocalServer::ready);
    server.start();
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_FALSE(server.stop(std::chrono::milliseconds(300)));
    EXPECT_EQ(server.state(), LocalServer::State::NotRunning);
}

TEST_F(LocalServerTest, ReportsAnUnexpectedExit)
{
    useMode(u"ready"_s);
    QSignalSpy ready(&server, &LocalServer::ready);
    server.start();
    ASSERT_TRUE(ready.wait(10000));
    QSignalSpy failed(&server, &LocalServer::failed);
    // Someone else stops it: the console must notice rather than keep a dead URL.
    ASSERT_GT(server.processId(), 0);
    ASSERT_EQ(::kill(static_cast<pid_t>(server.processId()), SIGTERM), 0);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.constFirst().constFirst().value<Error>().message.contains(
        u"while the console was using it"_s));
    EXPECT_TRUE(server.url().isEmpty());
}
