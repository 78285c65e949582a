#pragma once

#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// One host reading as the agent reports it and the monitoring API returns it (table
// `host_metrics`). Every figure is optional: a collector that cannot read one leaves it null
// rather than inventing a 0 that would chart as a real drop. Units: memory and disk in bytes,
// rates as cumulative byte/packet counters, gpuAvgMemoryUsed in MiB, temperature °C, power W.
struct HostMetricSample
{
    QString hostId;
    QDateTime collectedAt;
    std::optional<double> cpuUsagePercent;
    std::optional<double> cpuLoad1m;
    std::optional<double> cpuLoad5m;
    std::optional<double> cpuLoad15m;
    std::optional<qint64> memoryUsed;
    std::optional<qint64> memoryAvailable;
    std::optional<double> memoryUsagePercent;
    std::optional<qint64> diskUsed;
    std::optional<qint64> diskAvailable;
    std::optional<double> diskUsagePercent;
    std::optional<qint64> diskIoReadBytes;
    std::optional<qint64> diskIoWriteBytes;
    std::optional<qint64> networkRxBytes;
    std::optional<qint64> networkTxBytes;
    std::optional<qint64> networkRxPackets;
    std::optional<qint64> networkTxPackets;
    std::optional<double> gpuAvgUtilization;
    std::optional<qint64> gpuAvgMemoryUsed;
    std::optional<double> gpuAvgTemperature;
    std::optional<double> gpuAvgPower;

    QJsonObject toJson() const;
    static Result<HostMetricSample> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const HostMetricSample &, const HostMetricSample &) = default;
};

} // namespace remotegpu
