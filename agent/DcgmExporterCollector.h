#pragma once

#include "GpuSnapshot.h"
#include "PrometheusTextParser.h"
#include "Result.h"

#include <QHash>
#include <QString>

namespace remotegpu {

// GPU figures from a local dcgm-exporter's /metrics (default field set): one GpuReading per
// `gpu` label. Framebuffer total = used + free + reserved (DCGM has no total gauge). dcgm-exporter
// lists no processes, so processesCollected stays false. DCGM_FI_DEV_XID_ERRORS is the last XID
// seen (a gauge, 0 = none): a new XID is one whose value changed since the previous scrape, which
// is why this collector keeps state between scrapes.
class DcgmExporterCollector
{
public:
    Result<GpuSnapshot> fromMetricsText(const QString &text);

private:
    QHash<QString, qint64> m_lastXidByUuid;
};

} // namespace remotegpu
