#include "ClientAddressResolver.h"

#include <QStringList>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {
// An IPv4 peer on a dual-stack socket shows up as ::ffff:a.b.c.d; compare it as IPv4.
QHostAddress normalized(const QHostAddress &a)
{
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : a;
}
} // namespace

Result<ClientAddressResolver> ClientAddressResolver::fromList(const QString &trustedProxies)
{
    ClientAddressResolver resolver;
    const QStringList parts = trustedProxies.split(u',', Qt::SkipEmptyParts);
    for (QString part : parts) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        QPair<QHostAddress, int> subnet;
        if (part.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(part);
            if (subnet.first.isNull())
                return Error::badRequest(
                    u"--trusted-proxies: \"%1\" is not an address or subnet"_s.arg(part));
        } else {
            QHostAddress a;
            if (!a.setAddress(part))
                return Error::badRequest(
                    u"--trusted-proxies: \"%1\" is not an address or subnet"_s.arg(part));
            a = normalized(a);
            subnet = {a, a.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        resolver.m_trusted.append(subnet);
    }
    return resolver;
}

bool ClientAddressResolver::isTrusted(const QHostAddress &address) const
{
    const QHostAddress a = normalized(address);
    for (const auto &subnet : m_trusted) {
        if (a.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress ClientAddressResolver::resolve(const QHostAddress &peer,
                                            const QByteArray &forwardedFor) const
{
    const QHostAddress direct = normalized(peer);
    if (forwardedFor.isEmpty() || !isTrusted(direct))
        return direct;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        QHostAddress hop;
        if (!hop.setAddress(QString::fromLatin1(hops[i].trimmed())))
            return direct; // a malformed chain proves nothing
        hop = normalized(hop);
        if (!isTrusted(hop))
            return hop;
    }
    return direct;
}

} // namespace remotegpu
