#include "SshKey.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "SshPublicKey.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QString SshKey::fingerprintOf(const QString &publicKey)
{
    const Result<SshPublicKey> key = SshPublicKey::parse(publicKey);
    return key.ok() ? key->fingerprint() : QString();
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
    v.requiredMaxLength(u"name"_s, name, 64).maxLength(u"fingerprint"_s, fingerprint, 128);
    QList<FieldError> errors = v.errors();
    // The parser's own words: "this is a private key", "RSA key has 1024 bits"… (and "required").
    if (auto key = SshPublicKey::parse(publicKey, u"publicKey"_s); !key.ok())
        errors.append(key.error().fieldErrors);
    return errors;
}

} // namespace remotegpu
