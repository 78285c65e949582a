#pragma once

#include "Result.h"

#include <QString>

namespace remotegpu {

// /proc/meminfo in bytes. "Used" is total minus MemAvailable (what free(1) calls used plus the
// part of the cache the kernel cannot give back), so a full page cache does not read as a full
// machine.
class MemInfoReader
{
public:
    struct Memory
    {
        qint64 totalBytes = 0;
        qint64 availableBytes = 0;
        qint64 usedBytes() const { return totalBytes - availableBytes; }
        double usagePercent() const
        {
            return totalBytes > 0 ? 100.0 * double(usedBytes()) / double(totalBytes) : 0.0;
        }
    };

    static Result<Memory> parse(const QString &procMeminfo);
    static Result<Memory> read(const QString &procRoot = QStringLiteral("/proc"));
};

} // namespace remotegpu
