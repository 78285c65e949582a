#include "HostMetricsCollector.h"

#include "AgentLog.h"
#include "DiskStatsReader.h"
#include "DiskUsageReader.h"
#include "LoadAvgReader.h"
#include "MemInfoReader.h"
#include "NetDevReader.h"

namespace remotegpu {

HostMetricsCollector::HostMetricsCollector(QString procRoot, QString sysRoot, QString diskPath)
    : m_procRoot(std::move(procRoot))
    , m_sysRoot(std::move(sysRoot))
    , m_diskPath(std::move(diskPath))
{}

void HostMetricsCollector::prime()
{
    if (Result<ProcStatReader::Times> cpu = ProcStatReader::read(m_procRoot))
        m_previousCpu = *cpu;
}

HostMetricSample HostMetricsCollector::collect()
{
    HostMetricSample sample;
    if (Result<ProcStatReader::Times> cpu = ProcStatReader::read(m_procRoot)) {
        if (m_previousCpu)
            sample.cpuUsagePercent = ProcStatReader::usagePercent(*m_previousCpu, *cpu);
        m_previousCpu = *cpu;
    } else {
        qCWarning(agentLog) << cpu.error().message;
    }
    if (Result<LoadAvgReader::Load> load = LoadAvgReader::read(m_procRoot)) {
        sample.cpuLoad1m = load->oneMinute;
        sample.cpuLoad5m = load->fiveMinutes;
        sample.cpuLoad15m = load->fifteenMinutes;
    }
    if (Result<MemInfoReader::Memory> memory = MemInfoReader::read(m_procRoot)) {
        sample.memoryUsed = memory->usedBytes();
        sample.memoryAvailable = memory->availableBytes;
        sample.memoryUsagePercent = memory->usagePercent();
    }
    if (Result<DiskUsageReader::Usage> disk = DiskUsageReader::read(m_diskPath)) {
        sample.diskUsed = disk->usedBytes;
        sample.diskAvailable = disk->availableBytes;
        sample.diskUsagePercent = disk->usagePercent();
    }
    if (Result<DiskStatsReader::Totals> io = DiskStatsReader::read(m_procRoot, m_sysRoot)) {
        sample.diskIoReadBytes = io->readBytes;
        sample.diskIoWriteBytes = io->writtenBytes;
    }
    if (Result<NetDevReader::Totals> net = NetDevReader::read(m_procRoot)) {
        sample.networkRxBytes = net->rxBytes;
        sample.networkTxBytes = net->txBytes;
        sample.networkRxPackets = net->rxPackets;
        sample.networkTxPackets = net->txPackets;
    }
    return sample;
}

} // namespace remotegpu
