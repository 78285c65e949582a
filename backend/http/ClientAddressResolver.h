#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace remotegpu {

// The address a request really comes from. X-Forwarded-For is believed only when the direct
// peer is one of our configured proxies; then the rightmost address in it that is not itself a
// trusted proxy is the client (entries further left were written by the client and prove
// nothing). Anyone else's X-Forwarded-For is ignored, so a client cannot pick its own address
// to dodge a rate limit.
class ClientAddressResolver
{
public:
    ClientAddressResolver() = default;
    // "10.0.0.5, 192.168.0.0/16, ::1" — addresses or CIDR subnets, comma separated.
    static Result<ClientAddressResolver> fromList(const QString &trustedProxies);

    QHostAddress resolve(const QHostAddress &peer, const QByteArray &forwardedFor) const;
    bool isTrusted(const QHostAddress &address) const;

private:
    QList<QPair<QHostAddress, int>> m_trusted;
};

} // namespace remotegpu
