#pragma once

#include "AgentConfig.h"
#include "AgentTokenStore.h"
#include "Clock.h"
#include "DcgmExporterCollector.h"
#include "GpuHealthLatch.h"
#include "HeartbeatBuffer.h"
#include "HostMetricsCollector.h"
#include "NodeExporterCollector.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace remotegpu {

class HeartbeatSender;
class MetricsEndpoint;
class NvidiaSmiCollector;
class NvmlLibrary;

// The agent on a real host: finds its token (or enrols with --enroll-token), picks its
// collectors, then every interval collects one round and hands the heartbeat to the sender.
// Collector precedence, host figures: node-exporter when --node-exporter-url is given, else
// /proc and statvfs. GPU figures: dcgm-exporter when --dcgm-url is given, else NVML when the
// driver's library loads, else nvidia-smi when it runs, else none (the heartbeat still goes).
// finished(code): 0 done (--once delivered), 1 --once left the heartbeat buffered, 2 a start-up
// error (no token, enrolment refused), 3 the server refused the token.
class HostAgent : public QObject
{
    Q_OBJECT

public:
    HostAgent(QNetworkAccessManager &network, const Clock &clock, AgentConfig config,
              QObject *parent = nullptr);
    ~HostAgent() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run(const QString &hostId, const QString &token);
    void collect();
    void roundDone();
    void fail(int exitCode, const QString &message);

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    AgentConfig m_config;
    AgentTokenStore m_tokens;
    QString m_hostId;
    std::unique_ptr<HeartbeatBuffer> m_buffer;
    HeartbeatSender *m_sender = nullptr;
    QTimer m_timer;
    GpuHealthLatch m_latch;
    HostMetricsCollector m_procCollector;
    NodeExporterCollector m_nodeExporter;
    DcgmExporterCollector m_dcgm;
    std::unique_ptr<MetricsEndpoint> m_nodeExporterEndpoint;
    std::unique_ptr<MetricsEndpoint> m_dcgmEndpoint;
    std::unique_ptr<NvmlLibrary> m_nvml;
    std::unique_ptr<NvidiaSmiCollector> m_nvidiaSmi;

    // The round being collected: both halves may arrive asynchronously.
    bool m_collecting = false;
    QDateTime m_roundAt;
    std::optional<HostMetricSample> m_roundHost;
    std::optional<GpuSnapshot> m_roundGpus;
};

} // namespace remotegpu
