#pragma once

#include "Result.h"

#include <QString>

#include <functional>

namespace remotegpu {

// Bytes read from and written to the host's disks since boot, from /proc/diskstats (sectors are
// always 512 bytes there). Only whole physical disks count: a partition, a device-mapper volume
// or an md array would count the same bytes again, and loop and RAM disks are not disks.
class DiskStatsReader
{
public:
    struct Totals
    {
        qint64 readBytes = 0;
        qint64 writtenBytes = 0;
    };
    // Says whether a device name is a whole disk. The default asks /sys/block.
    using WholeDiskTest = std::function<bool(const QString &name)>;

    static Result<Totals> parse(const QString &procDiskstats, const WholeDiskTest &isWholeDisk);
    static Result<Totals> read(const QString &procRoot = QStringLiteral("/proc"),
                               const QString &sysRoot = QStringLiteral("/sys"));
    static bool isVirtualDevice(const QString &name);
};

} // namespace remotegpu
