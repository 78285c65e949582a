#include "WebhookTargetPolicy.h"

#include <QHostInfo>
#include <QUrl>

namespace remotegpu::WebhookTargetPolicy {

using namespace Qt::Literals::StringLiterals;

namespace {

Error urlError(const QString &message)
{
    return Error::badRequest(message, {{u"url"_s, message}});
}

} // namespace

bool isInternal(const QHostAddress &input)
{
    QHostAddress address = input;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped); // also unwraps ::ffff:a.b.c.d
    if (mapped)
        address = QHostAddress(v4);
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() ||
        address.isSiteLocal() || address.isUniqueLocalUnicast() || address.isMulticast() ||
        address.isBroadcast())
        return true;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 a = address.toIPv4Address();
        const auto in = [a](quint32 net, int bits) {
            return (a >> (32 - bits)) == (net >> (32 - bits));
        };
        return in(0x00000000, 8)     // 0.0.0.0/8 "this network"
               || in(0x0A000000, 8)  // 10/8
               || in(0x64400000, 10) // 100.64/10 carrier-grade NAT
               || in(0x7F000000, 8)  // 127/8
               || in(0xA9FE0000, 16) // 169.254/16 link-local (cloud metadata)
               || in(0xAC100000, 12) // 172.16/12
               || in(0xC0000000, 24) // 192.0.0/24 protocol assignments
               || in(0xC0A80000, 16) // 192.168/16
               || in(0xC6120000, 15) // 198.18/15 benchmarking
               || in(0xE0000000, 3); // multicast and reserved, 255.255.255.255
    }
    const Q_IPV6ADDR six = address.toIPv6Address();
    bool allZero = true;
    for (int i = 0; i < 16; ++i)
        allZero = allZero && six[i] == 0;
    return allZero                                        // ::
           || (six[0] & 0xfe) == 0xfc                     // fc00::/7 unique local
           || (six[0] == 0xfe && (six[1] & 0xc0) == 0x80) // fe80::/10 link-local
           || (six[0] == 0xfe && (six[1] & 0xc0) == 0xc0) // fec0::/10 site-local (deprecated)
           || six[0] == 0xff;                             // multicast
}

Result<void> checkAddresses(const QString &host, const QList<QHostAddress> &addresses,
                            bool allowPrivate)
{
    if (addresses.isEmpty())
        return urlError(u"the host %1 does not resolve to an address"_s.arg(host));
    if (allowPrivate)
        return {};
    for (const QHostAddress &address : addresses)
        if (isInternal(address))
            return urlError(
                u"%1 points at %2, a private, loopback or link-local address; "
                "webhooks may only call public addresses"_s.arg(host, address.toString()));
    return {};
}

Result<QList<QHostAddress>> check(const QString &url, bool allowPrivate)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return urlError(u"url must be an absolute http:// or https:// URL"_s);
    if (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s)
        return urlError(u"url must use http or https, not %1"_s.arg(parsed.scheme()));
    const QString host = parsed.host();
    QList<QHostAddress> addresses;
    if (QHostAddress literal; literal.setAddress(host))
        addresses.append(literal);
    else {
        const QHostInfo info = QHostInfo::fromName(host);
        addresses = info.addresses();
    }
    if (auto r = checkAddresses(host, addresses, allowPrivate); !r)
        return r.error();
    return addresses;
}

} // namespace remotegpu::WebhookTargetPolicy
