#pragma once

#include "Result.h"

#include <QString>

namespace remotegpu {

// Bytes and packets received and sent since boot over the host's interfaces, from
// /proc/net/dev. Loopback and the virtual ends of containers (veth, docker, br-) are left out:
// their traffic is either local or already counted on the physical interface.
class NetDevReader
{
public:
    struct Totals
    {
        qint64 rxBytes = 0;
        qint64 rxPackets = 0;
        qint64 txBytes = 0;
        qint64 txPackets = 0;
    };

    static Result<Totals> parse(const QString &procNetDev);
    static Result<Totals> read(const QString &procRoot = QStringLiteral("/proc"));
    static bool isCounted(const QString &interfaceName);
};

} // namespace remotegpu
