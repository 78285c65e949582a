#include "PasswordHasher.h"

#include <crypt.h>
#include <openssl/crypto.h>

#include <cstring>
#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QString> PasswordHasher::hash(const QString &password)
{
    const QByteArray phrase = password.toUtf8();
    if (phrase.isEmpty())
        return Error::badRequest(u"The password must not be empty"_s,
                                 {{u"password"_s, u"password must not be empty"_s}});
    if (phrase.size() > kMaxPasswordBytes)
        return Error::badRequest(
            u"The password is longer than %1 bytes"_s.arg(kMaxPasswordBytes),
            {{u"password"_s, u"password must be at most %1 bytes"_s.arg(kMaxPasswordBytes)}});
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$y$", 0, nullptr, 0, setting, sizeof setting))
        return Error::internal(u"Cannot create a password salt: %1"_s.arg(
            QString::fromLocal8Bit(std::strerror(errno))));
    auto data = std::make_unique<crypt_data>();
    const char *out = crypt_rn(phrase.constData(), setting, data.get(), sizeof(crypt_data));
    if (!out || out[0] == '*')
        return Error::internal(u"Cannot hash the password"_s);
    QString result = QString::fromLatin1(out);
    OPENSSL_cleanse(data.get(), sizeof(crypt_data));
    return result;
}

PasswordHasher::Verdict PasswordHasher::verify(const QString &password, const QString &storedHash)
{
    const QByteArray phrase = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    if (phrase.isEmpty() || phrase.size() > kMaxPasswordBytes || stored.size() < 4 ||
        stored.at(0) != '$')
        return Verdict::Unusable;
    const bool bcrypt =
        stored.startsWith("$2a$") || stored.startsWith("$2b$") || stored.startsWith("$2y$");
    if (bcrypt && phrase.size() > kBcryptMaxBytes)
        return Verdict::Unusable;
    auto data = std::make_unique<crypt_data>();
    const char *out =
        crypt_rn(phrase.constData(), stored.constData(), data.get(), sizeof(crypt_data));
    if (!out || out[0] == '*') {
        OPENSSL_cleanse(data.get(), sizeof(crypt_data));
        return Verdict::Unusable;
    }
    const size_t len = std::strlen(out);
    const bool same =
        len == size_t(stored.size()) && CRYPTO_memcmp(out, stored.constData(), len) == 0;
    OPENSSL_cleanse(data.get(), sizeof(crypt_data));
    return same ? Verdict::Match : Verdict::Mismatch;
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    return !storedHash.startsWith(u"$y$"_s);
}

} // namespace remotegpu
