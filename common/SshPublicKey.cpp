#include "SshPublicKey.h"

#include <QCryptographicHash>
#include <QStringList>

#include <optional>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Reads the SSH wire format: uint32 big-endian length, then that many bytes.
class BlobReader
{
public:
    explicit BlobReader(const QByteArray &data)
        : m_data(data)
    {}

    std::optional<QByteArray> string()
    {
        if (m_data.size() - m_pos < 4)
            return std::nullopt;
        const auto *p = reinterpret_cast<const unsigned char *>(m_data.constData() + m_pos);
        const quint32 length =
            (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        m_pos += 4;
        if (length > quint32(m_data.size() - m_pos))
            return std::nullopt;
        QByteArray s = m_data.mid(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return s;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

// Bits of a positive SSH mpint (two's complement, big-endian, a leading 0 byte when the top bit
// is set); 0 for a negative or empty one.
int mpintBits(const QByteArray &mpint)
{
    qsizetype start = 0;
    while (start < mpint.size() && mpint.at(start) == 0)
        ++start;
    if (start == mpint.size())
        return 0;
    if (start == 0 && (quint8(mpint.at(0)) & 0x80))
        return 0; // negative
    const quint8 top = quint8(mpint.at(start));
    int topBits = 0;
    for (quint8 v = top; v; v >>= 1)
        ++topBits;
    return int((mpint.size() - start - 1) * 8) + topBits;
}

struct Curve
{
    QLatin1StringView type;
    QLatin1StringView name;
    int bits;
    int pointBytes; // uncompressed point: 0x04 || X || Y
};

constexpr Curve kCurves[] = {
    {QLatin1StringView("ecdsa-sha2-nistp256"), QLatin1StringView("nistp256"), 256, 65},
    {QLatin1StringView("ecdsa-sha2-nistp384"), QLatin1StringView("nistp384"), 384, 97},
    {QLatin1StringView("ecdsa-sha2-nistp521"), QLatin1StringView("nistp521"), 521, 133},
    {QLatin1StringView("sk-ecdsa-sha2-nistp256@openssh.com"), QLatin1StringView("nistp256"), 256,
     65},
};

const Curve *curveFor(const QString &type)
{
    for (const Curve &c : kCurves)
        if (type == c.type)
            return &c;
    return nullptr;
}

} // namespace

QString SshPublicKey::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return u"SHA256:"_s + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString SshPublicKey::line() const
{
    QString s = type + u' ' + QString::fromLatin1(blob.toBase64());
    if (!comment.isEmpty())
        s += u' ' + comment;
    return s;
}

Result<SshPublicKey> SshPublicKey::parse(const QString &text, const QString &field)
{
    const auto fail = [&field](const QString &message) {
        return Error::badRequest(message, {{field, message}});
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(
            u"%1 is required: paste the contents of your .pub file (for example ~/.ssh/id_ed25519.pub)"_s
                .arg(field));
    if (trimmed.contains(u"-----BEGIN"_s) || trimmed.contains(u"PRIVATE KEY"_s))
        return fail(u"This is a private key. Never share it: paste the public key instead, the "
                    u"one-line contents of the "
                    ".pub file next to it (for example ~/.ssh/id_ed25519.pub)"_s);
    if (trimmed.contains(u'\n') || trimmed.contains(u'\r'))
        return fail(
            u"%1 must be one OpenSSH public key on one line; add several keys one at a time"_s.arg(
                field));
    if (trimmed.size() > 16384)
        return fail(u"%1 is too long to be an OpenSSH public key"_s.arg(field));

    const QStringList parts = trimmed.split(QChar(u' '), Qt::SkipEmptyParts);
    SshPublicKey key;
    key.type = parts.at(0);
    static const QStringList supported = {u"ssh-ed25519"_s,
                                          u"ecdsa-sha2-nistp256"_s,
                                          u"ecdsa-sha2-nistp384"_s,
                                          u"ecdsa-sha2-nistp521"_s,
                                          u"ssh-rsa"_s,
                                          u"sk-ssh-ed25519@openssh.com"_s,
                                          u"sk-ecdsa-sha2-nistp256@openssh.com"_s};
    if (key.type == u"ssh-dss"_s)
        return fail(
            u"DSA keys are no longer accepted; generate an Ed25519 key with: ssh-keygen -t ed25519"_s);
    if (!supported.contains(key.type))
        return fail(u"%1 must start with the key type (ssh-ed25519, ecdsa-sha2-nistp256/384/521 or "
                    u"ssh-rsa); "
                    "paste the line of your .pub file without options in front"_s.arg(field));
    if (parts.size() < 2)
        return fail(u"%1 has a key type but no key data after it"_s.arg(field));
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(
            u"The key data of %1 is not valid base64; the key was probably cut while copying"_s.arg(
                field));
    key.blob = decoded.decoded;
    key.comment = parts.mid(2).join(QChar(u' '));

    const QString truncated =
        u"The key data of %1 is incomplete or damaged; copy the whole line again"_s.arg(field);
    BlobReader r(key.blob);
    const auto blobType = r.string();
    if (!blobType)
        return fail(truncated);
    if (QString::fromLatin1(*blobType) != key.type)
        return fail(u"The key data of %1 is a %2 key but the line says %3"_s.arg(
            field, QString::fromLatin1(blobType->left(64)), key.type));

    if (key.type == u"ssh-rsa"_s) {
        const auto e = r.string();
        const auto n = r.string();
        if (!e || !n || !r.atEnd() || mpintBits(*e) == 0)
            return fail(truncated);
        key.bits = mpintBits(*n);
        if (key.bits < MinRsaBits)
            return fail(
                u"This RSA key has %1 bits; at least %2 are required. Generate a new key with: ssh-keygen -t ed25519"_s
                    .arg(key.bits)
                    .arg(MinRsaBits));
    } else if (key.type == u"ssh-ed25519"_s || key.type == u"sk-ssh-ed25519@openssh.com"_s) {
        const auto pk = r.string();
        if (!pk || pk->size() != 32)
            return fail(truncated);
        if (key.type.startsWith(u"sk-"_s) && !r.string())
            return fail(truncated); // the security key's application ("ssh:")
        if (!r.atEnd())
            return fail(truncated);
        key.bits = 256;
    } else if (const Curve *curve = curveFor(key.type)) {
        const auto name = r.string();
        const auto point = r.string();
        if (!name || !point)
            return fail(truncated);
        if (QString::fromLatin1(*name) != curve->name)
            return fail(u"The key data of %1 is on curve %2 but the line says %3"_s.arg(
                field, QString::fromLatin1(name->left(32)), key.type));
        if (point->size() != curve->pointBytes || point->at(0) != 0x04)
            return fail(truncated);
        if (key.type.startsWith(u"sk-"_s) && !r.string())
            return fail(truncated);
        if (!r.atEnd())
            return fail(truncated);
        key.bits = curve->bits;
    }
    return key;
}

} // namespace remotegpu
