#include "FleetSimulator.h"

#include "AgentEnrollment.h"
#include "AgentLog.h"
#include "GpuHealthLatch.h"
#include "HeartbeatAssembler.h"
#include "HeartbeatBuffer.h"
#include "HeartbeatSender.h"
#include "SimulatedHost.h"

#include <QTimer>

namespace remotegpu {

struct FleetSimulator::Host
{
    Host(QString id, int number, int gpus, quint64 seed)
        : simulated(std::move(id), number, gpus, seed)
    {}
    SimulatedHost simulated;
    std::unique_ptr<HeartbeatBuffer> buffer;
    HeartbeatSender *sender = nullptr;
    GpuHealthLatch latch;
    QTimer timer;
    bool running = false;
    bool stopped = false;
};

FleetSimulator::FleetSimulator(QNetworkAccessManager &network, const Clock &clock,
                               AgentConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_tokens(m_config.tokenFile)
{
    for (qsizetype i = 0; i < m_config.hostIds.size(); ++i)
        m_hosts.push_back(std::make_unique<Host>(m_config.hostIds[i], int(i) + 1,
                                                 m_config.gpusPerHost, m_config.seed));
}

FleetSimulator::~FleetSimulator() = default;

int FleetSimulator::runningHosts() const
{
    int running = 0;
    for (const auto &host : m_hosts)
        running += host->running ? 1 : 0;
    return running;
}

void FleetSimulator::start()
{
    if (Result<void> loaded = m_tokens.load(); !loaded) {
        Q_EMIT failed(loaded.error().message);
        return;
    }
    m_enrollment = std::make_unique<AgentEnrollment>(m_network, m_config.server,
                                                     HeartbeatAssembler::agentVersion());
    const QDateTime now = m_clock.now();
    for (auto &host : m_hosts) {
        if (host->simulated.hostId() == m_config.silentHost)
            host->simulated.setSilentFrom(now.addSecs(m_config.silentAfterSeconds));
    }
    enrollNext();
}

// One enrolment at a time: a fleet of hundreds does not open hundreds of connections at once.
void FleetSimulator::enrollNext()
{
    while (m_enrollAt < qsizetype(m_hosts.size())) {
        Host &host = *m_hosts[size_t(m_enrollAt)];
        const QString token = m_tokens.token(host.simulated.hostId());
        if (token.isEmpty())
            break;
        ++m_enrollAt;
        startHost(host, token);
    }
    if (m_enrollAt >= qsizetype(m_hosts.size()))
        return;
    Host &host = *m_hosts[size_t(m_enrollAt)];
    m_enrollment->enroll(
        m_config.enrollToken, host.simulated.hostId(), this,
        [this, &host](Result<AgentEnrollment::Enrolled> enrolled) {
            if (!enrolled) {
                const Error &error = enrolled.error();
                if (error.kind == ErrorKind::Unauthorized) {
                    Q_EMIT failed(error.message);
                    return;
                }
                if (error.kind == ErrorKind::Unavailable || error.kind == ErrorKind::Internal ||
                    error.kind == ErrorKind::TooManyRequests) {
                    qCWarning(agentLog).noquote() << error.message << "; trying again in 5 s";
                    QTimer::singleShot(5000, this, &FleetSimulator::enrollNext);
                    return;
                }
                ++m_enrollAt;
                stopHost(host, error.message);
                enrollNext();
                return;
            }
            m_tokens.setToken(host.simulated.hostId(), enrolled->agentToken);
            if (Result<void> saved = m_tokens.save(); !saved)
                qCWarning(agentLog).noquote() << saved.error().message;
            ++m_enrollAt;
            startHost(host, enrolled->agentToken);
            enrollNext();
        });
}

void FleetSimulator::startHost(Host &host, const QString &token)
{
    const QString &id = host.simulated.hostId();
    host.buffer =
        std::make_unique<HeartbeatBuffer>(m_config.bufferDir + u'/' + id, m_config.bufferMax);
    if (Result<void> opened = host.buffer->open(); !opened) {
        stopHost(host, opened.error().message);
        return;
    }
    HeartbeatSender::Options options{m_config.server, token};
    options.backoffBaseMs = m_retryBaseMs;
    options.backoffCapMs = m_retryCapMs;
    host.sender = new HeartbeatSender(m_network, *host.buffer, m_clock, options, this);
    connect(host.sender, &HeartbeatSender::tokenRefused, this, [this, &host] {
        m_tokens.forget(host.simulated.hostId());
        (void)m_tokens.save();
        stopHost(host, QStringLiteral("agent token refused"));
    });
    host.running = true;
    connect(&host.timer, &QTimer::timeout, this, [this, &host] { beat(host); });
    // Spread the hosts evenly over the interval, each on its own schedule from then on.
    const qint64 intervalMs = qint64(m_config.intervalSeconds) * 1000;
    const qsizetype index = std::find_if(m_hosts.begin(), m_hosts.end(),
                                         [&host](const auto &h) { return h.get() == &host; }) -
                            m_hosts.begin();
    const qint64 offsetMs = intervalMs * index / std::max<qsizetype>(1, qsizetype(m_hosts.size()));
    QTimer::singleShot(offsetMs, this, [this, &host, intervalMs] {
        if (!host.running)
            return;
        beat(host);
        host.timer.start(int(intervalMs));
    });
    Q_EMIT hostStarted(id);
}

void FleetSimulator::beat(Host &host)
{
    const QDateTime now = m_clock.now();
    if (host.simulated.isSilentAt(now)) {
        stopHost(host, QStringLiteral("gone silent (--silent-host)"));
        return;
    }
    HeartbeatAssembler::Stamp stamp{host.simulated.hostId(), now, host.buffer->takeSequence(),
                                    m_config.intervalSeconds, host.buffer->droppedCount()};
    const AgentHeartbeat heartbeat = HeartbeatAssembler::assemble(
        stamp, host.simulated.hostAt(now), host.simulated.gpusAt(now), host.latch);
    if (Result<void> submitted = host.sender->submit(heartbeat); !submitted)
        qCWarning(agentLog).noquote() << host.simulated.hostId() << submitted.error().message;
}

void FleetSimulator::stopHost(Host &host, const QString &reason)
{
    if (host.stopped)
        return;
    host.stopped = true;
    host.running = false;
    host.timer.stop();
    qCInfo(agentLog).noquote() << "simulated host" << host.simulated.hostId()
                               << "stopped:" << reason;
    Q_EMIT hostStopped(host.simulated.hostId(), reason);
}

} // namespace remotegpu
