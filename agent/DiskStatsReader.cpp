#include "DiskStatsReader.h"

#include "ProcFile.h"

#include <QFileInfo>
#include <QStringList>

namespace remotegpu {

namespace {
constexpr qint64 sectorBytes = 512;
}

bool DiskStatsReader::isVirtualDevice(const QString &name)
{
    for (const char *prefix : {"loop", "ram", "zram", "dm-", "md", "sr", "nbd"}) {
        if (name.startsWith(QLatin1StringView(prefix)))
            return true;
    }
    return false;
}

Result<DiskStatsReader::Totals> DiskStatsReader::parse(const QString &procDiskstats,
                                                       const WholeDiskTest &isWholeDisk)
{
    Totals totals;
    int lines = 0;
    for (const QString &line : procDiskstats.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() < 10)
            continue;
        ++lines;
        const QString &name = fields[2];
        if (isVirtualDevice(name) || !isWholeDisk(name))
            continue;
        bool readOk = false, writeOk = false;
        const qint64 sectorsRead = fields[5].toLongLong(&readOk);
        const qint64 sectorsWritten = fields[9].toLongLong(&writeOk);
        if (!readOk || !writeOk)
            return Error::badRequest(
                QStringLiteral("/proc/diskstats: bad counters for %1").arg(name));
        totals.readBytes += sectorsRead * sectorBytes;
        totals.writtenBytes += sectorsWritten * sectorBytes;
    }
    if (lines == 0)
        return Error::badRequest(QStringLiteral("/proc/diskstats: no devices"));
    return totals;
}

Result<DiskStatsReader::Totals> DiskStatsReader::read(const QString &procRoot,
                                                      const QString &sysRoot)
{
    Result<QString> text = ProcFile::read(procRoot + QStringLiteral("/diskstats"));
    if (!text)
        return text.error();
    return parse(*text, [&sysRoot](const QString &name) {
        return QFileInfo::exists(sysRoot + QStringLiteral("/block/") + name);
    });
}

} // namespace remotegpu
