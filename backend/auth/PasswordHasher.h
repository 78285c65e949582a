#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace remotegpu {

// Password hashing through libxcrypt (never our own). New hashes are yescrypt ("$y$…", the
// Debian default, no input length limit); bcrypt hashes ("$2a$", "$2b$", "$2y$", e.g. the seed
// data's) still verify. bcrypt reads only the first 72 bytes of a password, so a longer password
// is refused against a bcrypt hash instead of being silently truncated.
class PasswordHasher
{
public:
    static constexpr int kMaxPasswordBytes = 1024;
    static constexpr int kBcryptMaxBytes = 72;

    // A fresh hash with a random salt; an Error if the password is empty or too long.
    static Result<QString> hash(const QString &password);

    enum class Verdict { Match, Mismatch, Unusable };
    // Unusable: the stored hash is not one libxcrypt knows ("!", "*", a placeholder), or the
    // password cannot be checked against it without truncation. Compared in constant time.
    static Verdict verify(const QString &password, const QString &storedHash);

    // True when a hash should be replaced at the next successful sign-in (older algorithm).
    static bool needsRehash(const QString &storedHash);
};

} // namespace remotegpu
