#include "ServerConfig.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kUrl = u"postgresql://u:p@127.0.0.1:5432/db"_s;
}

TEST(ServerConfig, DefaultsNeedOnlyADatabase)
{
    auto c = ServerConfig::load({u"server"_s, u"--database-url"_s, kUrl}, {});
    ASSERT_TRUE(c.ok()) << qPrintable(c.error().message);
    EXPECT_EQ(c->listenPort, 8080);
    EXPECT_EQ(c->listenAddress, QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(c->logLevel, u"info"_s);
    EXPECT_FALSE(c->demo);
}

TEST(ServerConfig, MissingDatabaseSaysHowToGiveOne)
{
    auto c = ServerConfig::load({u"server"_s}, {});
    ASSERT_FALSE(c.ok());
    EXPECT_TRUE(c.error().message.contains(u"REMOTEGPU_DATABASE_URL"_s));
}

TEST(ServerConfig, FlagBeatsEnvironmentBeatsFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server.ini"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("listen = 0.0.0.0:7000\nworkers = 3\nlog-level = warning\ndatabase-url = "
            "\"postgresql://file@h/db\"\n");
    f.close();

    auto fileOnly = ServerConfig::load({u"server"_s, u"--config"_s, path}, {});
    ASSERT_TRUE(fileOnly.ok()) << qPrintable(fileOnly.error().message);
    EXPECT_EQ(fileOnly->listenPort, 7000);
    EXPECT_EQ(fileOnly->workers, 3);
    EXPECT_EQ(fileOnly->databaseUrl, u"postgresql://file@h/db"_s);

    auto envWins = ServerConfig::load({u"server"_s, u"--config"_s, path},
                                      {u"REMOTEGPU_WORKERS=5"_s, u"REMOTEGPU_LOG_LEVEL=debug"_s});
    ASSERT_TRUE(envWins.ok());
    EXPECT_EQ(envWins->workers, 5);
    EXPECT_EQ(envWins->logLevel, u"debug"_s);

    auto flagWins = ServerConfig::load(
        {u"server"_s, u"--config"_s, path, u"--workers"_s, u"7"_s, u"--listen"_s, u"[::1]:9000"_s},
        {u"REMOTEGPU_WORKERS=5"_s});
    ASSERT_TRUE(flagWins.ok());
    EXPECT_EQ(flagWins->workers, 7);
    EXPECT_EQ(flagWins->listenPort, 9000);
    EXPECT_EQ(flagWins->listenAddress, QHostAddress(u"::1"_s));
}

TEST(ServerConfig, UnknownConfigKeyIsNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.ini"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("listn = 1.2.3.4:5\n");
    f.close();
    auto c = ServerConfig::load({u"server"_s, u"--config"_s, path, u"--database-url"_s, kUrl}, {});
    ASSERT_FALSE(c.ok());
    EXPECT_TRUE(c.error().message.contains(u"listn"_s)) << qPrintable(c.error().message);
}

TEST(ServerConfig, BadValuesAreExplained)
{
    const QList<QPair<QStringList, QString>> cases = {
        {{u"--listen"_s, u"localhost"_s}, u"HOST:PORT"_s},
        {{u"--listen"_s, u"127.0.0.1:99999"_s}, u"0–65535"_s},
        {{u"--listen"_s, u"not-an-ip:80"_s}, u"IP address"_s},
        {{u"--workers"_s, u"0"_s}, u"--workers"_s},
        {{u"--log-level"_s, u"loud"_s}, u"--log-level"_s},
        {{u"--max-body-bytes"_s, u"12"_s}, u"--max-body-bytes"_s},
        {{u"--no-such-flag"_s}, u"no-such-flag"_s},
    };
    for (const auto &[args, expected] : cases) {
        auto c = ServerConfig::load(QStringList{u"server"_s, u"--database-url"_s, kUrl} + args, {});
        ASSERT_FALSE(c.ok()) << qPrintable(args.join(u' '));
        EXPECT_TRUE(c.error().message.contains(expected)) << qPrintable(c.error().message);
    }
}

TEST(ServerConfig, DemoSwitchFromEnvironment)
{
    auto on =
        ServerConfig::load({u"server"_s, u"--database-url"_s, kUrl}, {u"REMOTEGPU_DEMO=true"_s});
    ASSERT_TRUE(on.ok());
    EXPECT_TRUE(on->demo);
    auto bad =
        ServerConfig::load({u"server"_s, u"--database-url"_s, kUrl}, {u"REMOTEGPU_DEMO=perhaps"_s});
    EXPECT_FALSE(bad.ok());
}

TEST(ServerConfig, SwitchesReadTheSameFromFlagAndEnvironment)
{
    auto flag =
        ServerConfig::load({u"server"_s, u"--database-url"_s, kUrl, u"--ldap-starttls"_s}, {});
    ASSERT_TRUE(flag.ok());
    EXPECT_TRUE(flag->isOn(u"ldap-starttls"_s));
    auto env = ServerConfig::load({u"server"_s, u"--database-url"_s, kUrl},
                                  {u"REMOTEGPU_LDAP_STARTTLS=yes"_s});
    ASSERT_TRUE(env.ok());
    EXPECT_TRUE(env->isOn(u"ldap-starttls"_s));
    auto off = ServerConfig::load({u"server"_s, u"--database-url"_s, kUrl},
                                  {u"REMOTEGPU_LDAP_STARTTLS=off"_s});
    ASSERT_TRUE(off.ok());
    EXPECT_FALSE(off->isOn(u"ldap-starttls"_s));
    EXPECT_FALSE(off->isOn(u"never-given"_s));
}
