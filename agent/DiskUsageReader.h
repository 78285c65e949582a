#pragma once

#include "Result.h"

#include <QString>

namespace remotegpu {

// Space on the file system holding `path`, from statvfs. "Available" is what an ordinary user
// may still write (f_bavail), so used + available is below the size by the root reserve, as
// df(1) shows it.
class DiskUsageReader
{
public:
    struct Usage
    {
        qint64 sizeBytes = 0;
        qint64 usedBytes = 0;
        qint64 availableBytes = 0;
        double usagePercent() const
        {
            const qint64 usable = usedBytes + availableBytes;
            return usable > 0 ? 100.0 * double(usedBytes) / double(usable) : 0.0;
        }
    };

    static Result<Usage> read(const QString &path = QStringLiteral("/"));
};

} // namespace remotegpu
