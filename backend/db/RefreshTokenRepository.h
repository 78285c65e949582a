#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace remotegpu {

class SqlSession;

// refresh_tokens: opaque tokens stored only as their SHA-256. A login starts a family; each
// refresh uses up the presented token and issues its child in the same family.
class RefreshTokenRepository
{
public:
    explicit RefreshTokenRepository(SqlSession &session)
        : m_session(session)
    {}

    struct Issued
    {
        qint64 id = 0;
        QString familyId;
    };
    // `familyId` empty: a new family (a login).
    Result<Issued> insert(qint64 customerId, const QByteArray &tokenHash, const QString &familyId,
                          std::optional<qint64> parentId, const QDateTime &expiresAt,
                          const QString &clientIp, const QString &userAgent);

    struct Claimed
    {
        qint64 id = 0;
        qint64 customerId = 0;
        QString familyId;
    };
    // Marks a live token used, atomically: of two concurrent calls with one token exactly one
    // gets it. Empty when the token is unknown, already used, revoked or expired.
    Result<std::optional<Claimed>> claim(const QByteArray &tokenHash, const QDateTime &now);

    struct State
    {
        qint64 customerId = 0;
        QString familyId;
        bool used = false;
        bool revoked = false;
        QString revokedReason;
        bool expired = false;
    };
    Result<std::optional<State>> find(const QByteArray &tokenHash, const QDateTime &now);

    // Revokes every live token of a family / of an account; returns how many.
    Result<int> revokeFamily(const QString &familyId, const QString &reason);
    Result<int> revokeAllOf(qint64 customerId, const QString &reason);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
