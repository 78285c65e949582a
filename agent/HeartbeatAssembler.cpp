#include "HeartbeatAssembler.h"

#include "GpuHealthLatch.h"

#include <QCoreApplication>

#include <cmath>

namespace remotegpu {

namespace {

struct Mean
{
    double sum = 0;
    int count = 0;
    void add(std::optional<double> value)
    {
        if (value)
            sum += *value, ++count;
    }
    std::optional<double> value() const
    {
        return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
    }
};

} // namespace

QString HeartbeatAssembler::agentVersion()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("1.0.0") : version;
}

AgentHeartbeat HeartbeatAssembler::assemble(const Stamp &stamp, HostMetricSample host,
                                            const GpuSnapshot &gpus, GpuHealthLatch &latch)
{
    AgentHeartbeat heartbeat;
    heartbeat.agentVersion = agentVersion();
    heartbeat.sequence = stamp.sequence;
    heartbeat.intervalSeconds = stamp.intervalSeconds;
    heartbeat.collectedAt = stamp.collectedAt;
    heartbeat.bufferedDropped = stamp.bufferedDropped;

    Mean utilization, memory, temperature, power;
    for (const GpuReading &reading : gpus.gpus) {
        GpuMetricSample sample = reading.sample;
        sample.hostId = stamp.hostId;
        sample.collectedAt = stamp.collectedAt;
        utilization.add(sample.utilizationPercent);
        memory.add(sample.memoryUsed ? std::optional<double>(double(*sample.memoryUsed))
                                     : std::nullopt);
        temperature.add(sample.temperature);
        power.add(sample.powerDraw);
        heartbeat.gpus << sample;
    }
    host.hostId = stamp.hostId;
    host.collectedAt = stamp.collectedAt;
    host.gpuAvgUtilization = utilization.value();
    if (const std::optional<double> meanMemory = memory.value())
        host.gpuAvgMemoryUsed = qint64(std::llround(*meanMemory));
    host.gpuAvgTemperature = temperature.value();
    host.gpuAvgPower = power.value();
    heartbeat.host = host;
    heartbeat.gpuHealth = latch.update(gpus.gpus);
    heartbeat.processesCollected = gpus.processesCollected;
    for (GpuProcess process : gpus.processes) {
        if (heartbeat.processes.size() >= AgentHeartbeat::maxProcesses)
            break;
        process.reportedAt = stamp.collectedAt;
        heartbeat.processes << process;
    }
    return heartbeat;
}

} // namespace remotegpu
