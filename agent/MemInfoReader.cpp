#include "MemInfoReader.h"

#include "ProcFile.h"

#include <QStringList>

#include <optional>

namespace remotegpu {

Result<MemInfoReader::Memory> MemInfoReader::parse(const QString &procMeminfo)
{
    std::optional<qint64> totalKb, availableKb, freeKb, buffersKb, cachedKb;
    for (const QString &line : procMeminfo.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            continue;
        const QString key = line.left(colon);
        bool ok = false;
        const qint64 kb = line.mid(colon + 1).trimmed().split(u' ').first().toLongLong(&ok);
        if (!ok)
            continue;
        if (key == u"MemTotal")
            totalKb = kb;
        else if (key == u"MemAvailable")
            availableKb = kb;
        else if (key == u"MemFree")
            freeKb = kb;
        else if (key == u"Buffers")
            buffersKb = kb;
        else if (key == u"Cached")
            cachedKb = kb;
    }
    if (!totalKb)
        return Error::badRequest(QStringLiteral("/proc/meminfo: no MemTotal"));
    // Kernels before 3.14 have no MemAvailable: free + buffers + cache is the old estimate.
    if (!availableKb && freeKb)
        availableKb = *freeKb + buffersKb.value_or(0) + cachedKb.value_or(0);
    if (!availableKb)
        return Error::badRequest(QStringLiteral("/proc/meminfo: no MemAvailable"));
    return Memory{*totalKb * 1024, std::min(*availableKb, *totalKb) * 1024};
}

Result<MemInfoReader::Memory> MemInfoReader::read(const QString &procRoot)
{
    Result<QString> text = ProcFile::read(procRoot + QStringLiteral("/meminfo"));
    if (!text)
        return text.error();
    return parse(*text);
}

} // namespace remotegpu
