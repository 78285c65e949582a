#include "RefreshTokenRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<RefreshTokenRepository::Issued>
RefreshTokenRepository::insert(qint64 customerId, const QByteArray &tokenHash,
                               const QString &familyId, std::optional<qint64> parentId,
                               const QDateTime &expiresAt, const QString &clientIp,
                               const QString &userAgent)
{
    auto q = m_session.exec(
        u"INSERT INTO refresh_tokens (customer_id, token_hash, family_id, parent_id, expires_at, "
        u"client_ip, user_agent) "
        "VALUES (?, ?, COALESCE(NULLIF(?, '')::uuid, gen_random_uuid()), ?, ?, ?, ?) RETURNING id, family_id::text"_s,
        {customerId, QString::fromLatin1(tokenHash), familyId, sql::nullableId(parentId), expiresAt,
         clientIp, userAgent});
    if (!q)
        return q.error();
    (*q)->next();
    return Issued{(*q)->value(0).toLongLong(), (*q)->value(1).toString()};
}

Result<std::optional<RefreshTokenRepository::Claimed>>
RefreshTokenRepository::claim(const QByteArray &tokenHash, const QDateTime &now)
{
    // Expiry is judged at `now` (the service's Clock), bound; the stamps are the database's.
    // One UPDATE decides: the row lock makes a concurrent second claim see used_at set and
    // match nothing.
    auto q = m_session.exec(
        u"UPDATE refresh_tokens SET used_at = now(), revoked_at = now(), revoked_reason = "
        u"'rotated' "
        "WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ? "
        "RETURNING id, customer_id, family_id::text"_s,
        {QString::fromLatin1(tokenHash), now});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Claimed>();
    return std::optional<Claimed>(Claimed{(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong(),
                                          (*q)->value(2).toString()});
}

Result<std::optional<RefreshTokenRepository::State>>
RefreshTokenRepository::find(const QByteArray &tokenHash, const QDateTime &now)
{
    auto q = m_session.exec(
        u"SELECT customer_id, family_id::text, used_at IS NOT NULL, revoked_at IS NOT NULL, "
        "COALESCE(revoked_reason, ''), expires_at <= ? FROM refresh_tokens WHERE token_hash = ?"_s,
        {now, QString::fromLatin1(tokenHash)});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<State>();
    QSqlQuery &r = **q;
    return std::optional<State>(State{r.value(0).toLongLong(), r.value(1).toString(),
                                      r.value(2).toBool(), r.value(3).toBool(),
                                      r.value(4).toString(), r.value(5).toBool()});
}

Result<int> RefreshTokenRepository::revokeFamily(const QString &familyId, const QString &reason)
{
    auto q = m_session.exec(u"UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = ? "
                            "WHERE family_id = ?::uuid AND revoked_at IS NULL"_s,
                            {reason, familyId});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

Result<int> RefreshTokenRepository::revokeAllOf(qint64 customerId, const QString &reason)
{
    auto q = m_session.exec(u"UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = ? "
                            "WHERE customer_id = ? AND revoked_at IS NULL"_s,
                            {reason, customerId});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

} // namespace remotegpu
