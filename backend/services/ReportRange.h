#pragma once

#include "Result.h"

#include <QDateTime>

namespace remotegpu {

// The [from, to) period of a dashboard trend or statistics report.
struct ReportRange
{
    QDateTime from;
    QDateTime to;

    // The range a report covers when `requested` leaves an end unset (an invalid QDateTime):
    // to = now, from = to minus `defaultSpanSecs`. A 400 naming `from` when from >= to or the
    // range is longer than `maxSpanSecs`.
    static Result<ReportRange> resolve(const ReportRange &requested, qint64 defaultSpanSecs,
                                       qint64 maxSpanSecs, const QDateTime &now);
};

} // namespace remotegpu
