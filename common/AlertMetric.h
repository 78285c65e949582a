#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

// A figure a threshold rule may watch: the host figures of host_metrics_latest and the per-GPU
// figures of gpu_metrics_latest. The server refuses a rule on any other metric and the console
// offers exactly these, so both read this one table (sql/0023 remotegpu_alert_metric_kind lists
// the same keys for the evaluator).
struct AlertMetric
{
    enum class Kind { Host, Gpu };

    QString key; // the wire and column-derived name, e.g. "gpu_temperature"
    Kind kind = Kind::Host;
    QString unit; // "%", "°C", "W", or empty for a plain number (load)
    double minimum = 0.0;
    std::optional<double> maximum; // percentages stop at 100

    static const QList<AlertMetric> &all();
    static std::optional<AlertMetric> find(const QString &key);
    static QStringList keys();
};

} // namespace remotegpu
