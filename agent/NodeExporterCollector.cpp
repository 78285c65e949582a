#include "NodeExporterCollector.h"

#include "DiskStatsReader.h"
#include "NetDevReader.h"
#include "PrometheusTextParser.h"

#include <cmath>

namespace remotegpu {

NodeExporterCollector::NodeExporterCollector(QString mountPoint)
    : m_mountPoint(std::move(mountPoint))
{}

Result<HostMetricSample> NodeExporterCollector::fromMetricsText(const QString &text)
{
    Result<QList<PrometheusTextParser::Sample>> parsed = PrometheusTextParser::parse(text);
    if (!parsed)
        return parsed.error();
    const QList<PrometheusTextParser::Sample> &samples = *parsed;
    const auto find = [&samples](const char *name, const QMap<QString, QString> &labels = {}) {
        return PrometheusTextParser::find(samples, QLatin1StringView(name), labels);
    };
    const auto bytes = [](std::optional<double> value) {
        return value ? std::optional<qint64>(qint64(std::llround(*value))) : std::nullopt;
    };

    HostMetricSample sample;
    bool sawCpu = false;
    double totalSeconds = 0, idleSeconds = 0;
    qint64 diskRead = 0, diskWritten = 0, rxBytes = 0, txBytes = 0, rxPackets = 0, txPackets = 0;
    bool sawDisk = false, sawNetwork = false;
    for (const PrometheusTextParser::Sample &s : samples) {
        if (s.name == u"node_cpu_seconds_total") {
            const QString mode = s.labels.value(QStringLiteral("mode"));
            if (mode == u"guest" || mode == u"guest_nice")
                continue; // already inside user and nice
            sawCpu = true;
            totalSeconds += s.value;
            if (mode == u"idle" || mode == u"iowait")
                idleSeconds += s.value;
        } else if (s.name.startsWith(u"node_disk_")) {
            if (DiskStatsReader::isVirtualDevice(s.labels.value(QStringLiteral("device"))))
                continue;
            if (s.name == u"node_disk_read_bytes_total")
                diskRead += qint64(s.value), sawDisk = true;
            else if (s.name == u"node_disk_written_bytes_total")
                diskWritten += qint64(s.value), sawDisk = true;
        } else if (s.name.startsWith(u"node_network_")) {
            if (!NetDevReader::isCounted(s.labels.value(QStringLiteral("device"))))
                continue;
            if (s.name == u"node_network_receive_bytes_total")
                rxBytes += qint64(s.value), sawNetwork = true;
            else if (s.name == u"node_network_transmit_bytes_total")
                txBytes += qint64(s.value), sawNetwork = true;
            else if (s.name == u"node_network_receive_packets_total")
                rxPackets += qint64(s.value);
            else if (s.name == u"node_network_transmit_packets_total")
                txPackets += qint64(s.value);
        }
    }
    if (sawCpu) {
        // Hundredths of a second, the unit of /proc/stat, so the same arithmetic serves both.
        const ProcStatReader::Times now{quint64(std::llround(totalSeconds * 100)),
                                        quint64(std::llround(idleSeconds * 100))};
        if (m_previousCpu)
            sample.cpuUsagePercent = ProcStatReader::usagePercent(*m_previousCpu, now);
        m_previousCpu = now;
    }
    sample.cpuLoad1m = find("node_load1");
    sample.cpuLoad5m = find("node_load5");
    sample.cpuLoad15m = find("node_load15");
    const std::optional<qint64> memoryTotal = bytes(find("node_memory_MemTotal_bytes"));
    sample.memoryAvailable = bytes(find("node_memory_MemAvailable_bytes"));
    if (memoryTotal && sample.memoryAvailable && *memoryTotal > 0) {
        sample.memoryUsed = *memoryTotal - *sample.memoryAvailable;
        sample.memoryUsagePercent = 100.0 * double(*sample.memoryUsed) / double(*memoryTotal);
    }
    const QMap<QString, QString> mount{{QStringLiteral("mountpoint"), m_mountPoint}};
    const std::optional<qint64> size = bytes(find("node_filesystem_size_bytes", mount));
    const std::optional<qint64> free = bytes(find("node_filesystem_free_bytes", mount));
    sample.diskAvailable = bytes(find("node_filesystem_avail_bytes", mount));
    if (size && free && sample.diskAvailable) {
        sample.diskUsed = *size - *free;
        const qint64 usable = *sample.diskUsed + *sample.diskAvailable;
        if (usable > 0)
            sample.diskUsagePercent = 100.0 * double(*sample.diskUsed) / double(usable);
    }
    if (sawDisk) {
        sample.diskIoReadBytes = diskRead;
        sample.diskIoWriteBytes = diskWritten;
    }
    if (sawNetwork) {
        sample.networkRxBytes = rxBytes;
        sample.networkTxBytes = txBytes;
        sample.networkRxPackets = rxPackets;
        sample.networkTxPackets = txPackets;
    }
    if (!sawCpu && !memoryTotal)
        return Error::badRequest(QStringLiteral(
            "node-exporter: no node_cpu_seconds_total or node_memory_MemTotal_bytes"));
    return sample;
}

} // namespace remotegpu
