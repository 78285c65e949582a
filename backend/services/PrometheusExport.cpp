#include "PrometheusExport.h"

#include <QLocale>

#include <functional>
#include <optional>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// A sample value as the format spells it: the shortest text that reads back as the same double
// (so a scrape equals the database), integers without a fraction.
QByteArray number(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray labelPair(QByteArrayView name, const QString &value)
{
    return name.toByteArray() + "=\"" + PrometheusExport::escapeLabelValue(value).toUtf8() + '"';
}

QByteArray hostLabels(const RealtimeHost &h)
{
    return labelPair("host", h.hostId) + ',' + labelPair("tenant", h.tenantName);
}

QByteArray gpuLabels(const RealtimeHost &h, const RealtimeGpu &g)
{
    return labelPair("host", h.hostId) + ',' + labelPair("gpu", QString::number(g.index)) + ',' +
           labelPair("UUID", g.uuid) + ',' + labelPair("modelName", g.name) + ',' +
           labelPair("tenant", h.tenantName);
}

struct Family
{
    const char *name;
    const char *type;
    const char *help;
};

void header(QByteArray &out, const Family &f)
{
    out += "# HELP ";
    out += f.name;
    out += ' ';
    out += f.help;
    out += "\n# TYPE ";
    out += f.name;
    out += ' ';
    out += f.type;
    out += '\n';
}

void sample(QByteArray &out, const Family &f, const QByteArray &labels, const QByteArray &value)
{
    out += f.name;
    out += '{';
    out += labels;
    out += "} ";
    out += value;
    out += '\n';
}

template<typename T>
std::optional<QByteArray> text(const std::optional<T> &value)
{
    if (!value)
        return std::nullopt;
    if constexpr (std::is_floating_point_v<T>)
        return number(double(*value));
    else
        return number(qint64(*value));
}

using HostValue = std::function<std::optional<QByteArray>(const RealtimeHost &)>;
using GpuValue = std::function<std::optional<QByteArray>(const RealtimeGpu &)>;

} // namespace

QString PrometheusExport::escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out;
}

QByteArray PrometheusExport::render(const FleetRealtime &fleet)
{
    const std::initializer_list<std::pair<Family, HostValue>> hostFamilies = {
        {{"remotegpu_host_up", "gauge",
          "1 when the host is online (its agent heartbeats), 0 when offline or in maintenance"},
         [](const RealtimeHost &h) {
             return std::optional<QByteArray>(h.status == u"online" ? "1" : "0");
         }},
        {{"remotegpu_host_last_heartbeat_seconds", "gauge",
          "Unix time of the host's last heartbeat"},
         [](const RealtimeHost &h) -> std::optional<QByteArray> {
             if (!h.lastHeartbeat.isValid())
                 return std::nullopt;
             return number(double(h.lastHeartbeat.toMSecsSinceEpoch()) / 1000.0);
         }},
        {{"remotegpu_host_flapping", "gauge",
          "1 while the host changes state too often to alert on each change"},
         [](const RealtimeHost &h) {
             return std::optional<QByteArray>(h.flappingSince.isValid() ? "1" : "0");
         }},
        {{"remotegpu_host_unhealthy_gpus", "gauge", "GPUs of the host reported unhealthy"},
         [](const RealtimeHost &h) {
             return std::optional<QByteArray>(number(qint64(h.unhealthyGpus)));
         }},
        {{"remotegpu_node_cpu_usage_percent", "gauge", "CPU busy time in percent"},
         [](const RealtimeHost &h) { return text(h.cpuUsagePercent); }},
        {{"node_load1", "gauge", "1m load average"},
         [](const RealtimeHost &h) { return text(h.cpuLoad1m); }},
        {{"remotegpu_node_memory_usage_percent", "gauge", "Memory in use in percent"},
         [](const RealtimeHost &h) { return text(h.memoryUsagePercent); }},
        {{"remotegpu_node_memory_used_bytes", "gauge", "Memory in use in bytes"},
         [](const RealtimeHost &h) { return text(h.memoryUsed); }},
        {{"node_memory_MemAvailable_bytes", "gauge", "Memory information field MemAvailable_bytes"},
         [](const RealtimeHost &h) { return text(h.memoryAvailable); }},
        {{"remotegpu_node_disk_usage_percent", "gauge", "Root filesystem space in use in percent"},
         [](const RealtimeHost &h) { return text(h.diskUsagePercent); }},
        {{"node_network_receive_bytes_total", "counter", "Network bytes received, all devices"},
         [](const RealtimeHost &h) { return text(h.networkRxBytes); }},
        {{"node_network_transmit_bytes_total", "counter", "Network bytes sent, all devices"},
         [](const RealtimeHost &h) { return text(h.networkTxBytes); }},
    };
    const std::initializer_list<std::pair<Family, GpuValue>> gpuFamilies = {
        {{"DCGM_FI_DEV_GPU_UTIL", "gauge", "GPU utilization (in %)."},
         [](const RealtimeGpu &g) { return text(g.utilizationPercent); }},
        {{"DCGM_FI_DEV_FB_USED", "gauge", "Framebuffer memory used (in MiB)."},
         [](const RealtimeGpu &g) { return text(g.memoryUsedMb); }},
        {{"remotegpu_gpu_memory_usage_percent", "gauge", "Framebuffer memory used (in %)."},
         [](const RealtimeGpu &g) { return text(g.memoryUsagePercent); }},
        {{"DCGM_FI_DEV_GPU_TEMP", "gauge", "GPU temperature (in C)."},
         [](const RealtimeGpu &g) { return text(g.temperature); }},
        {{"DCGM_FI_DEV_POWER_USAGE", "gauge", "Power draw (in W)."},
         [](const RealtimeGpu &g) { return text(g.powerDraw); }},
        {{"DCGM_FI_DEV_SM_CLOCK", "gauge", "SM clock frequency (in MHz)."},
         [](const RealtimeGpu &g) { return text(g.smClock); }},
        {{"DCGM_FI_DEV_MEM_CLOCK", "gauge", "Memory clock frequency (in MHz)."},
         [](const RealtimeGpu &g) { return text(g.memoryClock); }},
        {{"DCGM_FI_DEV_XID_ERRORS", "gauge",
          "Value of the last XID error encountered (0: none since the agent started)."},
         [](const RealtimeGpu &g) {
             return std::optional<QByteArray>(
                 number(qint64(g.xidErrors.isEmpty() ? 0 : g.xidErrors.last())));
         }},
        {{"DCGM_FI_DEV_ECC_DBE_VOL_TOTAL", "counter",
          "Total number of double-bit volatile ECC errors."},
         [](const RealtimeGpu &g) { return text(g.eccUncorrectedErrors); }},
        {{"DCGM_FI_DEV_ROW_REMAP_FAILURE", "gauge", "Whether remapping of rows has failed"},
         [](const RealtimeGpu &g) {
             return std::optional<QByteArray>(g.rowRemapFailure ? "1" : "0");
         }},
        {{"remotegpu_gpu_healthy", "gauge", "0 when the GPU is reported unhealthy, else 1"},
         [](const RealtimeGpu &g) {
             return std::optional<QByteArray>(g.isUnhealthy() ? "0" : "1");
         }},
    };

    QByteArray out;
    out.reserve(4096 + fleet.hosts.size() * 2048);
    for (const auto &[family, value] : hostFamilies) {
        header(out, family);
        for (const RealtimeHost &h : fleet.hosts) {
            if (auto v = value(h))
                sample(out, family, hostLabels(h), *v);
        }
    }
    for (const auto &[family, value] : gpuFamilies) {
        header(out, family);
        for (const RealtimeHost &h : fleet.hosts) {
            for (const RealtimeGpu &g : h.gpus) {
                if (auto v = value(g))
                    sample(out, family, gpuLabels(h, g), *v);
            }
        }
    }
    return out;
}

} // namespace remotegpu
