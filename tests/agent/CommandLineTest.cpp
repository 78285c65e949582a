// The agent's command line (contract C4).
#include "CommandLine.h"

#include <gtest/gtest.h>

using namespace remotegpu;

namespace {
Result<CommandLine::Parsed> parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("remotegpu-agent"));
    return CommandLine::parse(arguments);
}
} // namespace

TEST(AgentCommandLine, RealHostDefaultsAndOptions)
{
    Result<CommandLine::Parsed> parsed =
        parse({QStringLiteral("--server"), QStringLiteral("http://10.0.0.5:8080"),
               QStringLiteral("--dcgm-url"), QStringLiteral("http://127.0.0.1:9400/metrics"),
               QStringLiteral("--once")});
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    const AgentConfig &config = parsed->config;
    EXPECT_EQ(config.server, QUrl(QStringLiteral("http://10.0.0.5:8080")));
    EXPECT_EQ(config.tokenFile, u"/var/lib/remotegpu-agent/token");
    EXPECT_EQ(config.intervalSeconds, 10);
    EXPECT_EQ(config.bufferMax, 8640);
    EXPECT_EQ(config.dcgmUrl.port(), 9400);
    EXPECT_TRUE(config.once);
    EXPECT_EQ(config.simulate, 0);
}

TEST(AgentCommandLine, SimulatorIdsFromAPrefixOrAList)
{
    Result<CommandLine::Parsed> prefixed =
        parse({QStringLiteral("--simulate"), QStringLiteral("3"), QStringLiteral("--server"),
               QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--enroll-token"),
               QStringLiteral("T"), QStringLiteral("--host-id-prefix"), QStringLiteral("gpu-"),
               QStringLiteral("--seed"), QStringLiteral("42")});
    ASSERT_TRUE(prefixed.ok()) << prefixed.error().message.toStdString();
    EXPECT_EQ(prefixed->config.hostIds,
              (QStringList{QStringLiteral("gpu-0001"), QStringLiteral("gpu-0002"),
                           QStringLiteral("gpu-0003")}));
    EXPECT_EQ(prefixed->config.seed, 42u);
    EXPECT_EQ(prefixed->config.gpusPerHost, 8);

    Result<CommandLine::Parsed> listed =
        parse({QStringLiteral("--simulate"), QStringLiteral("2"), QStringLiteral("--server"),
               QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--enroll-token"),
               QStringLiteral("T"), QStringLiteral("--host-ids"), QStringLiteral("a, b,c")});
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed->config.hostIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

TEST(AgentCommandLine, MistakesAreErrors)
{
    EXPECT_FALSE(parse({}).ok()); // no --server
    EXPECT_FALSE(parse({QStringLiteral("--server"), QStringLiteral("ftp://x")}).ok());
    EXPECT_FALSE(parse({QStringLiteral("--server"), QStringLiteral("http://x"),
                        QStringLiteral("--interval"), QStringLiteral("0")})
                     .ok());
    EXPECT_FALSE(parse({QStringLiteral("--server"), QStringLiteral("http://x"),
                        QStringLiteral("--enroll-token"), QStringLiteral("T")})
                     .ok());
    EXPECT_FALSE(parse({QStringLiteral("--server"), QStringLiteral("http://x"),
                        QStringLiteral("--simulate"), QStringLiteral("2")})
                     .ok());
    EXPECT_FALSE(
        parse({QStringLiteral("--server"), QStringLiteral("http://x"), QStringLiteral("--simulate"),
               QStringLiteral("3"), QStringLiteral("--enroll-token"), QStringLiteral("T"),
               QStringLiteral("--host-ids"), QStringLiteral("a,b")})
            .ok());
    EXPECT_EQ(parse({QStringLiteral("--help")})->request, CommandLine::Request::Help);
}
