#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace remotegpu {

// Everything the command line sets (contract C4), with its defaults.
struct AgentConfig
{
    QUrl server;
    QString tokenFile = QStringLiteral("/var/lib/remotegpu-agent/token");
    QString enrollToken; // the site's enrollment token, for the first start
    QString hostId;
    int intervalSeconds = 10;
    QString bufferDir = QStringLiteral("/var/lib/remotegpu-agent/buffer");
    qsizetype bufferMax = 8640; // a day of heartbeats at the default interval
    QString nvidiaSmi = QStringLiteral("nvidia-smi");
    QUrl dcgmUrl;
    QUrl nodeExporterUrl;
    bool once = false;

    // Simulator (--simulate N): N > 0 plays N hosts from this process.
    int simulate = 0;
    QStringList hostIds; // --host-ids a,b,c or --host-ids-file
    QString hostIdPrefix = QStringLiteral("sim-");
    int gpusPerHost = 8;
    QString silentHost;
    int silentAfterSeconds = 300;
    quint64 seed = 1;
};

} // namespace remotegpu
