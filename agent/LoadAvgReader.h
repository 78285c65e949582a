#pragma once

#include "Result.h"

#include <QString>

namespace remotegpu {

// /proc/loadavg: the run-queue length averaged over 1, 5 and 15 minutes.
class LoadAvgReader
{
public:
    struct Load
    {
        double oneMinute = 0;
        double fiveMinutes = 0;
        double fifteenMinutes = 0;
    };

    static Result<Load> parse(const QString &procLoadavg);
    static Result<Load> read(const QString &procRoot = QStringLiteral("/proc"));
};

} // namespace remotegpu
