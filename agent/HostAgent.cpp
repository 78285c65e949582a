#include "HostAgent.h"

#include "AgentEnrollment.h"
#include "AgentLog.h"
#include "HeartbeatAssembler.h"
#include "HeartbeatSender.h"
#include "MetricsEndpoint.h"
#include "NvidiaSmiCollector.h"
#include "NvmlLibrary.h"

#include <QHostInfo>

namespace remotegpu {

HostAgent::HostAgent(QNetworkAccessManager &network, const Clock &clock, AgentConfig config,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_tokens(m_config.tokenFile)
{
    connect(&m_timer, &QTimer::timeout, this, &HostAgent::collect);
}

HostAgent::~HostAgent() = default;

void HostAgent::fail(int exitCode, const QString &message)
{
    qCCritical(agentLog).noquote() << message;
    m_timer.stop();
    Q_EMIT finished(exitCode);
}

void HostAgent::start()
{
    if (Result<void> loaded = m_tokens.load(); !loaded)
        return fail(2, loaded.error().message);
    const QString hostId = m_config.hostId.isEmpty() ? m_tokens.onlyHostId() : m_config.hostId;
    const QString token = m_tokens.token(hostId);
    if (!token.isEmpty())
        return run(hostId, token);
    if (m_config.enrollToken.isEmpty())
        return fail(
            2, QStringLiteral("no agent token in %1: start once with --enroll-token T --host-id ID")
                   .arg(m_config.tokenFile));
    auto *enrollment =
        new AgentEnrollment(m_network, m_config.server, HeartbeatAssembler::agentVersion());
    enrollment->enroll(m_config.enrollToken, m_config.hostId, this,
                       [this, enrollment](Result<AgentEnrollment::Enrolled> enrolled) {
                           delete enrollment;
                           if (!enrolled)
                               return fail(2, enrolled.error().message);
                           m_tokens.setToken(enrolled->hostId, enrolled->agentToken);
                           if (Result<void> saved = m_tokens.save(); !saved)
                               return fail(2, saved.error().message);
                           qCInfo(agentLog).noquote() << "enrolled as" << enrolled->hostId
                                                      << "; token kept in" << m_tokens.path();
                           run(enrolled->hostId, enrolled->agentToken);
                       });
}

void HostAgent::run(const QString &hostId, const QString &token)
{
    m_hostId = hostId.isEmpty() ? QHostInfo::localHostName() : hostId;
    m_buffer = std::make_unique<HeartbeatBuffer>(m_config.bufferDir, m_config.bufferMax);
    if (Result<void> opened = m_buffer->open(); !opened)
        return fail(2, opened.error().message);
    if (!m_buffer->isEmpty())
        qCInfo(agentLog) << m_buffer->size()
                         << "heartbeats buffered from before; sending them first";
    m_sender = new HeartbeatSender(m_network, *m_buffer, m_clock, {m_config.server, token}, this);
    connect(m_sender, &HeartbeatSender::tokenRefused, this, [this] {
        // The stored token is dead: forget it so the next start with --enroll-token enrols again.
        m_tokens.forget(m_hostId);
        (void)m_tokens.save();
        fail(3, QStringLiteral("agent token refused: re-enrol with --enroll-token"));
    });

    if (m_config.nodeExporterUrl.isValid() && !m_config.nodeExporterUrl.isEmpty())
        m_nodeExporterEndpoint =
            std::make_unique<MetricsEndpoint>(m_network, m_config.nodeExporterUrl);
    if (m_config.dcgmUrl.isValid() && !m_config.dcgmUrl.isEmpty()) {
        m_dcgmEndpoint = std::make_unique<MetricsEndpoint>(m_network, m_config.dcgmUrl);
        qCInfo(agentLog).noquote()
            << "GPU figures from dcgm-exporter at" << m_config.dcgmUrl.toString();
    } else {
        QString whyNot;
        m_nvml = NvmlLibrary::load(&whyNot);
        if (m_nvml) {
            qCInfo(agentLog) << "GPU figures from NVML";
        } else if (NvidiaSmiCollector::available(m_config.nvidiaSmi)) {
            m_nvidiaSmi = std::make_unique<NvidiaSmiCollector>(m_config.nvidiaSmi);
            qCInfo(agentLog).noquote()
                << "GPU figures from" << m_config.nvidiaSmi << "(NVML:" << whyNot << ")";
        } else {
            qCInfo(agentLog).noquote() << "no GPU collector (NVML:" << whyNot << "; no"
                                       << m_config.nvidiaSmi << "): host figures only";
        }
    }
    if (!m_nodeExporterEndpoint)
        m_procCollector.prime();
    // The first round a second after start: CPU usage needs two readings.
    QTimer::singleShot(1000, this, &HostAgent::collect);
    if (!m_config.once)
        m_timer.start(m_config.intervalSeconds * 1000);
    m_sender->flush(); // the backlog from before a restart
}

void HostAgent::collect()
{
    if (m_collecting) {
        qCWarning(agentLog) << "the previous round is still being collected; skipping this one";
        return;
    }
    m_collecting = true;
    m_roundAt = m_clock.now();
    m_roundHost.reset();
    m_roundGpus.reset();

    if (m_nodeExporterEndpoint) {
        m_nodeExporterEndpoint->fetch(this, [this](Result<QString> text) {
            Result<HostMetricSample> sample = text ? m_nodeExporter.fromMetricsText(*text)
                                                   : Result<HostMetricSample>(text.error());
            if (!sample)
                qCWarning(agentLog).noquote() << "node-exporter:" << sample.error().message;
            m_roundHost = sample ? *sample : HostMetricSample{};
            roundDone();
        });
    } else {
        m_roundHost = m_procCollector.collect();
    }

    if (m_dcgmEndpoint) {
        m_dcgmEndpoint->fetch(this, [this](Result<QString> text) {
            Result<GpuSnapshot> snapshot =
                text ? m_dcgm.fromMetricsText(*text) : Result<GpuSnapshot>(text.error());
            if (!snapshot)
                qCWarning(agentLog).noquote() << "dcgm-exporter:" << snapshot.error().message;
            m_roundGpus = snapshot ? *snapshot : GpuSnapshot{};
            roundDone();
        });
    } else {
        Result<GpuSnapshot> snapshot = m_nvml        ? m_nvml->collect()
                                       : m_nvidiaSmi ? m_nvidiaSmi->collect()
                                                     : Result<GpuSnapshot>(GpuSnapshot{});
        if (!snapshot)
            qCWarning(agentLog).noquote() << "GPU figures:" << snapshot.error().message;
        m_roundGpus = snapshot ? *snapshot : GpuSnapshot{};
    }
    roundDone();
}

void HostAgent::roundDone()
{
    if (!m_collecting || !m_roundHost || !m_roundGpus)
        return;
    m_collecting = false;
    HeartbeatAssembler::Stamp stamp{m_hostId, m_roundAt, m_buffer->takeSequence(),
                                    m_config.intervalSeconds, m_buffer->droppedCount()};
    const AgentHeartbeat heartbeat =
        HeartbeatAssembler::assemble(stamp, *m_roundHost, *m_roundGpus, m_latch);
    if (m_config.once) {
        // Done when this heartbeat (and any backlog before it) is answered, or left buffered.
        connect(m_sender, &HeartbeatSender::drained, this, [this] { Q_EMIT finished(0); });
        connect(m_sender, &HeartbeatSender::retryScheduled, this, [this] { Q_EMIT finished(1); });
    }
    if (Result<void> submitted = m_sender->submit(heartbeat); !submitted)
        qCWarning(agentLog).noquote()
            << "heartbeat" << heartbeat.sequence << "not buffered:" << submitted.error().message;
}

} // namespace remotegpu
