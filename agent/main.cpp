// remotegpu-agent: the host agent (docs/agent.md). Posts this host's figures to the RemoteGPU
// server every interval, or with --simulate plays a fleet of hosts for demos and load tests.
#include "AgentLog.h"
#include "CommandLine.h"
#include "FleetSimulator.h"
#include "HostAgent.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char **argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("remotegpu-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REMOTEGPU_VERSION));

    using namespace remotegpu;
    Result<CommandLine::Parsed> parsed = CommandLine::parse(QCoreApplication::arguments());
    if (!parsed) {
        std::fprintf(stderr, "remotegpu-agent: %s\n\n%s", qPrintable(parsed.error().message),
                     qPrintable(CommandLine::helpText()));
        return 2;
    }
    if (parsed->request == CommandLine::Request::Help) {
        std::fputs(qPrintable(CommandLine::helpText()), stdout);
        return 0;
    }
    if (parsed->request == CommandLine::Request::Version) {
        std::printf("remotegpu-agent %s\n", REMOTEGPU_VERSION);
        return 0;
    }

    // SIGTERM and SIGINT end the event loop, so buffers and token files are closed normally.
    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app,
                         [] { QCoreApplication::exit(0); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }

    QNetworkAccessManager network;
    Clock clock;
    const AgentConfig &config = parsed->config;
    if (config.simulate > 0) {
        FleetSimulator simulator(network, clock, config);
        QObject::connect(&simulator, &FleetSimulator::failed, &app, [](const QString &message) {
            qCCritical(agentLog).noquote() << message;
            QCoreApplication::exit(2);
        });
        QObject::connect(&simulator, &FleetSimulator::hostStopped, &app, [&simulator] {
            if (simulator.runningHosts() == 0)
                qCWarning(agentLog) << "no simulated host left running";
        });
        // Started from the event loop, so a failure at once still ends it (exit() before exec() is
        // lost).
        QTimer::singleShot(0, &simulator, &FleetSimulator::start);
        return app.exec();
    }
    HostAgent agent(network, clock, config);
    QObject::connect(&agent, &HostAgent::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &agent, &HostAgent::start);
    return app.exec();
}
