#pragma once

#include "AgentHeartbeat.h"
#include "GpuSnapshot.h"

#include <QDateTime>
#include <QString>

namespace remotegpu {

class GpuHealthLatch;

// Puts one heartbeat together from a round's host sample and GPU snapshot (real or simulated):
// stamps the host id and time on every part, fills the host's GPU averages (utilization,
// memory used, temperature, power over the GPUs that report them) and runs the readings through
// the health latch.
class HeartbeatAssembler
{
public:
    struct Stamp
    {
        QString hostId;
        QDateTime collectedAt;
        qint64 sequence = 0;
        int intervalSeconds = 10;
        qint64 bufferedDropped = 0;
    };

    static AgentHeartbeat assemble(const Stamp &stamp, HostMetricSample host,
                                   const GpuSnapshot &gpus, GpuHealthLatch &latch);
    static QString agentVersion();
};

} // namespace remotegpu
