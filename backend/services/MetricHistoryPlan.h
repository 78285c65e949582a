#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace remotegpu {

// Which table a history request reads and at what step: raw samples for short ranges and fine
// steps, one-minute averages up to a week, one-hour averages beyond. The same plan serves the
// admin's and the customer's history routes.
struct MetricHistoryPlan
{
    // At most this many points per series; a smaller step is a 400 naming the smallest one.
    static constexpr qint64 MaxPoints = 2000;
    // Raw samples serve ranges up to this long (and any step under a minute).
    static constexpr qint64 RawRangeSeconds = qint64(6) * 3600;
    // One-minute averages serve ranges up to this long; one-hour averages beyond.
    static constexpr qint64 OneMinuteRangeSeconds = qint64(7) * 24 * 3600;
    // The longest range asked for at once: the one-hour averages' default retention.
    static constexpr qint64 MaxRangeSeconds = 730LL * 24 * 3600;
    // Without a step, the range is cut in about this many points.
    static constexpr qint64 DefaultPoints = 600;
    static constexpr int MinStepSeconds = 1;

    QDateTime from;
    QDateTime to;
    QString resolution; // MachineMonitoring::Raw, OneMinute or OneHour
    int stepSeconds = 0;

    // The plan for [from, to] at `step` seconds (nullopt: chosen from the range). A step that
    // would give more than MaxPoints points, a reversed or too long range is a 400 whose message
    // says what to ask instead. The step is rounded up to a whole number of the resolution's
    // buckets (a 90 s step over one-hour averages is one hour).
    static Result<MetricHistoryPlan> choose(const QDateTime &from, const QDateTime &to,
                                            std::optional<int> step);
    // The plan from a query's `from`, `to` (ISO 8601; default the hour before `now`, and `now`)
    // and `step` (seconds). `minutes`, the customer route's older parameter, stands for
    // from = to - minutes when `from` is absent.
    static Result<MetricHistoryPlan> fromQuery(const QUrlQuery &query, const QDateTime &now);
};

} // namespace remotegpu
