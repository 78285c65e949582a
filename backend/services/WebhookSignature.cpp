#include "WebhookSignature.h"

#include "RandomNumbers.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace remotegpu::WebhookSignature {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr QLatin1StringView kPrefix("whsec_");
}

QString newSecret()
{
    return kPrefix + QString::fromLatin1(random::bytes(24).toBase64());
}

QByteArray sign(const QString &secret, const QByteArray &id, qint64 timestamp,
                const QByteArray &body)
{
    if (!secret.startsWith(kPrefix))
        return {};
    const QByteArray key = QByteArray::fromBase64(secret.mid(kPrefix.size()).toLatin1());
    if (key.isEmpty())
        return {};
    const QByteArray content = id + '.' + QByteArray::number(timestamp) + '.' + body;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()),
              reinterpret_cast<const unsigned char *>(content.constData()), size_t(content.size()),
              mac, &length))
        return {};
    return "v1," + QByteArray(reinterpret_cast<const char *>(mac), int(length)).toBase64();
}

} // namespace remotegpu::WebhookSignature
