#include "JsonLog.h"
#include "Server.h"
#include "ServerConfig.h"
#include "UnixSignalWatcher.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <csignal>
#include <cstdio>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    // A peer that vanishes (a directory server, a mail relay) must not kill the process: libldap
    // writes to its sockets without MSG_NOSIGNAL.
    std::signal(SIGPIPE, SIG_IGN);
    // QPSQL turns every timestamptz it reads into local time, and each conversion calls tzset()
    // under a process-wide lock; without TZ, glibc re-reads /etc/localtime on each call. Measured
    // on the machine list (50 rows, 5 timestamps each): that was half of the server's CPU. The
    // server speaks UTC only, so its local time is UTC.
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", "UTC");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"remotegpu-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REMOTEGPU_VERSION));

    auto config = ServerConfig::load(QCoreApplication::arguments(),
                                     QProcessEnvironment::systemEnvironment().toStringList());
    if (!config) {
        std::fprintf(stderr, "remotegpu-server: %s\n", qUtf8Printable(config.error().message));
        return 2;
    }
    if (config->wantsHelp) {
        std::fputs(qUtf8Printable(ServerConfig::helpText()), stdout);
        return 0;
    }
    if (config->wantsVersion) {
        std::printf("remotegpu-server %s\n", REMOTEGPU_VERSION);
        return 0;
    }
    JsonLog::install(config->logLevel);

    Server server(*config);
    if (auto started = server.start(); !started) {
        qCCritical(lcServer).noquote() << "cannot start:" << started.error().message;
        return 1;
    }
    UnixSignalWatcher signals;
    QObject::connect(&signals, &UnixSignalWatcher::terminationRequested, &server,
                     [&server](int) { server.shutdown(); });
    QObject::connect(&server, &Server::stopped, &app, [] {
        JsonLog::event(lcServer(), QtInfoMsg, u"stopped"_s);
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
