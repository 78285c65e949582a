#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace remotegpu {

// Where webhooks may point. Unless webhook_allow_private_targets is on, a target in a private,
// loopback, link-local, CGNAT, unspecified or multicast range (IPv4 and IPv6, IPv4-mapped IPv6
// judged as its IPv4 address) is refused: a tenant could otherwise make the server call into
// the operator's internal network. Checked at registration and again, against the address the
// name resolves to at that moment, before every delivery (a name may be re-pointed later).
namespace WebhookTargetPolicy {

bool isInternal(const QHostAddress &address);
// The field error for `url` (field "url") when its scheme or host is not allowed. Resolves a
// host name (blocking: call off the HTTP thread). On success, the addresses to connect to.
Result<QList<QHostAddress>> check(const QString &url, bool allowPrivate);
// The same for addresses already resolved.
Result<void> checkAddresses(const QString &host, const QList<QHostAddress> &addresses,
                            bool allowPrivate);

} // namespace WebhookTargetPolicy

} // namespace remotegpu
