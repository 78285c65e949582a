#pragma once

#include "Result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace remotegpu {

// The Prometheus text exposition format (what dcgm-exporter and node-exporter serve at
// /metrics): `name{label="value",...} value [timestamp]`, comments and HELP/TYPE lines skipped.
class PrometheusTextParser
{
public:
    struct Sample
    {
        QString name;
        QMap<QString, QString> labels;
        double value = 0;
    };

    static Result<QList<Sample>> parse(const QString &text);
    // Convenience over a parsed list: the first sample named `name` whose labels include all of
    // `labels`.
    static std::optional<double> find(const QList<Sample> &samples, const QString &name,
                                      const QMap<QString, QString> &labels = {});
};

} // namespace remotegpu
