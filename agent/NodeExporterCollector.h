#pragma once

#include "HostMetricSample.h"
#include "ProcStatReader.h"
#include "Result.h"

#include <QString>

#include <optional>

namespace remotegpu {

// Host figures from a local node-exporter's /metrics, for hosts where the agent should not read
// /proc itself (a container, say) or node-exporter already runs. Same meaning as the /proc
// readers: CPU usage from node_cpu_seconds_total between two scrapes (idle + iowait idle), memory
// used = MemTotal - MemAvailable, disk space of the root mount, disk and network counters summed
// over the same devices the /proc readers count.
class NodeExporterCollector
{
public:
    explicit NodeExporterCollector(QString mountPoint = QStringLiteral("/"));
    Result<HostMetricSample> fromMetricsText(const QString &text);

private:
    QString m_mountPoint;
    std::optional<ProcStatReader::Times> m_previousCpu;
};

} // namespace remotegpu
