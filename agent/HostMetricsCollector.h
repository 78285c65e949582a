#pragma once

#include "HostMetricSample.h"
#include "ProcStatReader.h"

#include <QString>

#include <optional>

namespace remotegpu {

// The host figures of one heartbeat from this machine's /proc and statvfs. CPU usage is the
// share of busy time since the previous collect() (or prime()), so the first reading after
// start has none unless prime() ran an interval earlier. A figure that cannot be read is left
// null; the others still go out.
class HostMetricsCollector
{
public:
    explicit HostMetricsCollector(QString procRoot = QStringLiteral("/proc"),
                                  QString sysRoot = QStringLiteral("/sys"),
                                  QString diskPath = QStringLiteral("/"));

    void prime();
    HostMetricSample collect();

private:
    QString m_procRoot;
    QString m_sysRoot;
    QString m_diskPath;
    std::optional<ProcStatReader::Times> m_previousCpu;
};

} // namespace remotegpu
