#include "PasswordResetRepository.h"

#include "SqlSession.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<void> PasswordResetRepository::insert(qint64 customerId, const QString &codeHash,
                                             const QDateTime &expiresAt, int maxAttempts,
                                             const QString &requestIp)
{
    if (auto q = m_session.exec(
            u"UPDATE password_reset_codes SET consumed_at = now() WHERE customer_id = ? AND consumed_at IS NULL"_s,
            {customerId});
        !q)
        return q.error();
    auto q = m_session.exec(u"INSERT INTO password_reset_codes (customer_id, code_hash, "
                            u"expires_at, max_attempts, request_ip) "
                            "VALUES (?, ?, ?, ?, ?)"_s,
                            {customerId, codeHash, expiresAt, maxAttempts, requestIp});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<PasswordResetRepository::Live>>
PasswordResetRepository::lockLive(qint64 customerId, const QDateTime &now)
{
    // Expiry judged at `now` (the service's Clock), bound.
    auto q =
        m_session.exec(u"SELECT id, code_hash, attempts, max_attempts FROM password_reset_codes "
                       "WHERE customer_id = ? AND consumed_at IS NULL AND expires_at > ? AND "
                       "attempts < max_attempts "
                       "ORDER BY created_at DESC LIMIT 1 FOR UPDATE"_s,
                       {customerId, now});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Live>();
    QSqlQuery &r = **q;
    return std::optional<Live>(Live{r.value(0).toLongLong(), r.value(1).toString(),
                                    r.value(2).toInt(), r.value(3).toInt()});
}

Result<void> PasswordResetRepository::countWrongGuess(qint64 id)
{
    auto q = m_session.exec(
        u"UPDATE password_reset_codes SET attempts = attempts + 1 WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    return {};
}

Result<void> PasswordResetRepository::consume(qint64 id)
{
    auto q =
        m_session.exec(u"UPDATE password_reset_codes SET consumed_at = now() WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    return {};
}

} // namespace remotegpu
