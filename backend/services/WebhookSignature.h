#pragma once

#include <QByteArray>
#include <QString>

namespace remotegpu {

// The Standard Webhooks signing scheme (standardwebhooks.com): each endpoint has its own secret
// "whsec_<base64 of 24 random bytes>"; a delivery carries `webhook-id`, `webhook-timestamp`
// (Unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256>` computed with the decoded
// secret over "<id>.<timestamp>.<body>".
namespace WebhookSignature {

QString newSecret();
// The `webhook-signature` header value; empty when the secret is not a whsec_ secret.
QByteArray sign(const QString &secret, const QByteArray &id, qint64 timestamp,
                const QByteArray &body);

} // namespace WebhookSignature

} // namespace remotegpu
