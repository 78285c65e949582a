#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace remotegpu {

// One OpenSSH public key line ("ssh-ed25519 AAAA… comment"), parsed and checked the way the
// server stores it and the console previews it: the key blob must name the same type as the
// line, an RSA modulus must have at least 2048 bits, an Ed25519 key 32 bytes, an ECDSA key the
// curve its type names. The fingerprint is the one `ssh-keygen -lf` prints.
struct SshPublicKey
{
    static constexpr int MinRsaBits = 2048;

    QString type;    // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", …
    QByteArray blob; // the decoded base64 part (SSH wire format, RFC 4253 §6.6)
    QString comment; // whatever followed the base64, may be empty
    int bits = 0;    // key size: RSA modulus bits, 256 for Ed25519, the curve size for ECDSA

    // "SHA256:" + unpadded base64 of SHA-256(blob).
    QString fingerprint() const;
    // "<type> <base64>[ <comment>]", with the whitespace normalised.
    QString line() const;

    // Errors are 400s whose field error names `field`, in words telling what to paste instead.
    static Result<SshPublicKey> parse(const QString &text,
                                      const QString &field = QStringLiteral("publicKey"));
};

} // namespace remotegpu
