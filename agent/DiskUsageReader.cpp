#include "DiskUsageReader.h"

#include <QFile>

#include <sys/statvfs.h>

#include <cerrno>
#include <cstring>

namespace remotegpu {

Result<DiskUsageReader::Usage> DiskUsageReader::read(const QString &path)
{
    struct statvfs stats
    {
    };
    if (::statvfs(QFile::encodeName(path).constData(), &stats) != 0)
        return Error::unavailable(QStringLiteral("statvfs %1: %2")
                                      .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const qint64 fragment = qint64(stats.f_frsize);
    Usage usage;
    usage.sizeBytes = qint64(stats.f_blocks) * fragment;
    usage.usedBytes = qint64(stats.f_blocks - stats.f_bfree) * fragment;
    usage.availableBytes = qint64(stats.f_bavail) * fragment;
    return usage;
}

} // namespace remotegpu
