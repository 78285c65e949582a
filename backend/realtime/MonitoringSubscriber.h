#pragma once

#include "Principal.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

class QWebSocket;

namespace remotegpu {

// One /ws/admin/monitoring socket as the hub sees it: who it authenticated as (until then
// nothing is sent to it), until when its token holds, and which hosts it asked for.
struct MonitoringSubscriber
{
    QWebSocket *socket = nullptr;
    std::optional<Principal> principal; // set once a token verified and the role is admin
    QString token;
    QDateTime expiresAt;
    QSet<QString> hosts;  // empty: every host
    bool closing = false; // a close was sent: nothing more is queued for it

    bool isLive() const { return principal && !closing; }
    bool wants(const QString &hostId) const
    {
        return hosts.isEmpty() || hostId.isEmpty() || hosts.contains(hostId);
    }
};

} // namespace remotegpu
