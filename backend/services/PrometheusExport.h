#pragma once

#include "FleetRealtime.h"

#include <QByteArray>
#include <QString>

namespace remotegpu {

// GET /metrics/fleet: the fleet's latest figures in the Prometheus text exposition format
// (version 0.0.4), GPU figures under dcgm-exporter's names (DCGM_FI_DEV_GPU_UTIL, …) and host
// figures under node-exporter's where one fits (node_load1, …), so dashboards built for those
// exporters work on this one scrape. Every series carries `host` and `tenant` (the tenant holding
// the machine now, empty when free); GPU series also `gpu`, `UUID` and `modelName`.
class PrometheusExport
{
public:
    static constexpr QByteArrayView ContentType = "text/plain; version=0.0.4; charset=utf-8";

    static QByteArray render(const FleetRealtime &fleet);
    // A label value as the format writes it between quotes: \ " and newline escaped.
    static QString escapeLabelValue(const QString &value);
};

} // namespace remotegpu
