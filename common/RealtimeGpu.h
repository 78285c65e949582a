#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

class JsonStreamWriter;

// One GPU in the realtime answer: its latest figures (gpu_metrics_latest) and the health the
// agent latched for it. On the wire a GPU is an array whose cells follow `columns()` (the
// answer's `gpuColumns`), so 50,000 hosts of 8 GPUs do not repeat 16 key names 400,000 times.
struct RealtimeGpu
{
    int index = 0;
    QString uuid;
    QString name;
    std::optional<double> utilizationPercent;
    std::optional<qint64> memoryUsedMb;
    std::optional<double> memoryUsagePercent;
    std::optional<double> temperature;
    std::optional<double> powerDraw;
    std::optional<int> smClock;
    std::optional<int> memoryClock;
    QDateTime collectedAt; // invalid: no figures yet
    QString healthStatus;  // healthy, warning, unhealthy, unknown
    QString healthReason;
    QList<int> xidErrors;
    std::optional<qint64> eccUncorrectedErrors;
    bool rowRemapFailure = false;

    bool isUnhealthy() const { return healthStatus == u"unhealthy"; }

    // The cell names, in the order writeRow() writes them.
    static const QStringList &columns();
    void writeRow(JsonStreamWriter &writer) const;
    // `row` read with `columnOf` (a name's cell number in the answer's gpuColumns); a cell the
    // answer does not list keeps its default.
    static Result<RealtimeGpu> fromRow(const QJsonArray &row, const QHash<QString, int> &columnOf);

    friend bool operator==(const RealtimeGpu &, const RealtimeGpu &) = default;
};

} // namespace remotegpu
