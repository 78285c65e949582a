#include "SshKey.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QStringList>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QLatin1StringView KeyTypes[] = {
    QLatin1StringView("ssh-ed25519"),
    QLatin1StringView("ssh-rsa"),
    QLatin1StringView("ecdsa-sha2-nistp256"),
    QLatin1StringView("ecdsa-sha2-nistp384"),
    QLatin1StringView("ecdsa-sha2-nistp521"),
    QLatin1StringView("sk-ssh-ed25519@openssh.com"),
    QLatin1StringView("sk-ecdsa-sha2-nistp256@openssh.com"),
};

// The decoded key blob, checked to start with its own type name as the SSH wire format
// (RFC 4253 §6.6) requires — which catches a key pasted with its type and body mismatched.
QByteArray keyBlob(const QString &publicKey)
{
    const QStringList parts = publicKey.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    const QString &type = parts.at(0);
    bool known = false;
    for (QLatin1StringView t : KeyTypes)
        known = known || type == t;
    if (!known)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QByteArray blob = *decoded;
    const QByteArray typeBytes = type.toLatin1();
    if (blob.size() < 4 + typeBytes.size())
        return {};
    const quint32 length = (quint32(quint8(blob[0])) << 24) | (quint32(quint8(blob[1])) << 16) |
                           (quint32(quint8(blob[2])) << 8) | quint32(quint8(blob[3]));
    if (length != quint32(typeBytes.size()) || blob.mid(4, typeBytes.size()) != typeBytes)
        return {};
    return blob;
}

} // namespace

QString SshKey::fingerprintOf(const QString &publicKey)
{
    const QByteArray blob = keyBlob(publicKey);
    if (blob.isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return u"SHA256:"_s + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QJsonObject SshKey::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"customerId"_s, customerId},
        {u"name"_s, name},
        {u"publicKey"_s, publicKey},
        {u"fingerprint"_s, json::nullable(fingerprint)},
        {u"createdAt"_s, json::timestamp(createdAt)},
    };
}

Result<SshKey> SshKey::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SshKey k;
    k.id = r.int64(u"id"_s);
    k.customerId = r.int64(u"customerId"_s);
    k.name = r.string(u"name"_s);
    k.publicKey = r.string(u"publicKey"_s);
    k.fingerprint = r.string(u"fingerprint"_s);
    k.createdAt = r.timestamp(u"createdAt"_s);
    return r.finish(std::move(k));
}

QList<FieldError> SshKey::validate() const
{
    Validator v;
    v.requiredMaxLength(u"name"_s, name, 64)
        .required(u"publicKey"_s, publicKey)
        .maxLength(u"fingerprint"_s, fingerprint, 128);
    if (!publicKey.trimmed().isEmpty() && keyBlob(publicKey).isEmpty()) {
        v.add(u"publicKey"_s, u"publicKey must be one OpenSSH public key line, such as the "
                              u"contents of ~/.ssh/id_ed25519.pub (ssh-ed25519 AAAA… you@host)"_s);
    }
    return v.errors();
}

} // namespace remotegpu
