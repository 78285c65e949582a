#include "NetDevReader.h"

#include "ProcFile.h"

#include <QStringList>

namespace remotegpu {

bool NetDevReader::isCounted(const QString &interfaceName)
{
    if (interfaceName == u"lo")
        return false;
    for (const char *prefix : {"veth", "docker", "br-", "virbr", "cni", "flannel"}) {
        if (interfaceName.startsWith(QLatin1StringView(prefix)))
            return false;
    }
    return true;
}

Result<NetDevReader::Totals> NetDevReader::parse(const QString &procNetDev)
{
    Totals totals;
    bool sawInterface = false;
    for (const QString &line : procNetDev.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            continue; // the two header lines
        const QString name = line.left(colon).trimmed();
        const QStringList fields = line.mid(colon + 1).simplified().split(u' ');
        if (fields.size() < 16)
            return Error::badRequest(QStringLiteral("/proc/net/dev: short line for %1").arg(name));
        sawInterface = true;
        if (!isCounted(name))
            continue;
        // receive: bytes packets errs drop fifo frame compressed multicast; then transmit.
        totals.rxBytes += fields[0].toLongLong();
        totals.rxPackets += fields[1].toLongLong();
        totals.txBytes += fields[8].toLongLong();
        totals.txPackets += fields[9].toLongLong();
    }
    if (!sawInterface)
        return Error::badRequest(QStringLiteral("/proc/net/dev: no interfaces"));
    return totals;
}

Result<NetDevReader::Totals> NetDevReader::read(const QString &procRoot)
{
    Result<QString> text = ProcFile::read(procRoot + QStringLiteral("/net/dev"));
    if (!text)
        return text.error();
    return parse(*text);
}

} // namespace remotegpu
