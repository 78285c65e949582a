#pragma once

#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

// A customer's SSH public key, injected into the machines its tenant rents (table `ssh_keys`).
// Keys belong to a person, not to the tenant, so there is no tenantId.
struct SshKey
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;      // "Office Laptop"
    QString publicKey; // one OpenSSH line: "<type> <base64> [comment]"
    QString fingerprint;
    QDateTime createdAt;

    // OpenSSH's "SHA256:…" fingerprint of a public key line, or empty when it is not one.
    static QString fingerprintOf(const QString &publicKey);

    QJsonObject toJson() const;
    static Result<SshKey> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const SshKey &, const SshKey &) = default;
};

} // namespace remotegpu
