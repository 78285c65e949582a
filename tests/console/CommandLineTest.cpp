#include "CommandLine.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using remotegpu::CommandLine;

namespace {

remotegpu::Result<CommandLine::Options> parse(QStringList arguments)
{
    arguments.prepend(u"remotegpu-console"_s);
    CommandLine commandLine;
    return commandLine.parse(arguments);
}

} // namespace

TEST(CommandLine, DefaultsToAskingForTheServer)
{
    const auto options = parse({});
    ASSERT_TRUE(options.ok());
    EXPECT_TRUE(options->server.isEmpty());
    EXPECT_FALSE(options->local);
    EXPECT_TRUE(options->language.isEmpty());
    EXPECT_FALSE(options->smokeTest);
}

TEST(CommandLine, ReadsEveryFlag)
{
    const auto remote = parse({u"--server"_s, u"https://gpu.example.com:8443"_s, u"--lang"_s,
                               u"zh_CN"_s, u"--smoke-test"_s});
    ASSERT_TRUE(remote.ok()) << remote.error().message.toStdString();
    EXPECT_EQ(remote->server, QUrl(u"https://gpu.example.com:8443"_s));
    EXPECT_EQ(remote->language, u"zh_CN"_s);
    EXPECT_TRUE(remote->smokeTest);

    const auto local = parse({u"--local"_s, u"--lang=en"_s});
    ASSERT_TRUE(local.ok());
    EXPECT_TRUE(local->local);
    EXPECT_EQ(local->language, u"en"_s);

    EXPECT_TRUE(parse({u"--help"_s})->helpRequested);
    EXPECT_TRUE(parse({u"-h"_s})->helpRequested);
    EXPECT_TRUE(parse({u"--version"_s})->versionRequested);
}

TEST(CommandLine, ExplainsWrongFlags)
{
    const auto badLanguage = parse({u"--lang"_s, u"fr"_s});
    ASSERT_FALSE(badLanguage.ok());
    EXPECT_TRUE(badLanguage.error().message.contains(u"zh_CN, en"_s));

    const auto badServer = parse({u"--server"_s, u"10.0.0.5:8080"_s});
    ASSERT_FALSE(badServer.ok());
    EXPECT_TRUE(badServer.error().message.contains(u"http://"_s));

    EXPECT_FALSE(parse({u"--server"_s, u"http://a:1"_s, u"--local"_s}).ok());
    EXPECT_FALSE(parse({u"--no-such-flag"_s}).ok());
    EXPECT_FALSE(parse({u"stray"_s}).ok());
}

TEST(CommandLine, HelpListsEveryFlag)
{
    CommandLine commandLine;
    const QString help = commandLine.helpText();
    for (const QString &flag :
         {u"--server"_s, u"--local"_s, u"--lang"_s, u"--smoke-test"_s, u"--help"_s, u"--version"_s})
        EXPECT_TRUE(help.contains(flag)) << flag.toStdString();
}

TEST(CommandLine, FindsTheLanguageBeforeParsing)
{
    EXPECT_EQ(CommandLine::languageArgument({u"c"_s, u"--lang"_s, u"zh-CN"_s}), u"zh_CN"_s);
    EXPECT_EQ(CommandLine::languageArgument({u"c"_s, u"--lang=en_US"_s}), u"en"_s);
    EXPECT_EQ(CommandLine::languageArgument({u"c"_s, u"--local"_s}), QString());
    EXPECT_EQ(CommandLine::languageArgument({u"c"_s, u"--lang"_s}), QString());
}
