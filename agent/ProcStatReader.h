#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace remotegpu {

// The aggregate "cpu" line of /proc/stat. CPU usage is a ratio of two readings: the share of
// jiffies between them that were not idle (idle + iowait count as idle, as top does).
class ProcStatReader
{
public:
    struct Times
    {
        quint64 total = 0;
        quint64 idle = 0;
    };

    static Result<Times> parse(const QString &procStat);
    static Result<Times> read(const QString &procRoot = QStringLiteral("/proc"));
    // 0..100, or nothing when no time passed between the readings (or the counters went back).
    static std::optional<double> usagePercent(const Times &earlier, const Times &later);
};

} // namespace remotegpu
