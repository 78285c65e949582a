#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace remotegpu {

class SqlSession;

// password_reset_codes: codes stored hashed, with an expiry and a count of wrong guesses.
class PasswordResetRepository
{
public:
    explicit PasswordResetRepository(SqlSession &session)
        : m_session(session)
    {}

    // Retires the account's earlier codes: only the newest one works.
    Result<void> insert(qint64 customerId, const QString &codeHash, const QDateTime &expiresAt,
                        int maxAttempts, const QString &requestIp);

    struct Live
    {
        qint64 id = 0;
        QString codeHash;
        int attempts = 0;
        int maxAttempts = 0;
    };
    // The account's live code, locked for this transaction (two confirms cannot both spend it).
    Result<std::optional<Live>> lockLive(qint64 customerId, const QDateTime &now);
    Result<void> countWrongGuess(qint64 id);
    Result<void> consume(qint64 id);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
