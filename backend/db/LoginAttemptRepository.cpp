#include "LoginAttemptRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<void> LoginAttemptRepository::record(const QString &username,
                                            std::optional<qint64> customerId,
                                            const QString &clientIp, bool succeeded,
                                            const QString &failureReason, const QString &userAgent)
{
    auto q = m_session.exec(
        u"INSERT INTO login_attempts (username, customer_id, client_ip, succeeded, failure_reason, "
        u"user_agent) "
        "VALUES (?, ?, ?, ?, NULLIF(?, ''), ?)"_s,
        {username.left(128), sql::nullableId(customerId), clientIp, succeeded, failureReason,
         userAgent});
    if (!q)
        return q.error();
    return {};
}

Result<LoginAttemptRepository::Counts> LoginAttemptRepository::failures(const QString &username,
                                                                        const QString &clientIp,
                                                                        int windowSeconds)
{
    // A success resets the account's count: failures before it no longer matter.
    auto q = m_session.exec(
        u"WITH since AS (SELECT GREATEST(now() - make_interval(secs => ?), "
        "  COALESCE((SELECT max(attempted_at) FROM login_attempts WHERE lower(username) = lower(?) "
        "AND succeeded), '-infinity')) AS t) "
        "SELECT "
        " (SELECT count(*) FROM login_attempts, since WHERE lower(username) = lower(?) AND "
        "client_ip = ? AND NOT succeeded AND attempted_at > since.t), "
        " (SELECT count(*) FROM login_attempts, since WHERE lower(username) = lower(?) AND NOT "
        "succeeded AND attempted_at > since.t), "
        " (SELECT count(*) FROM login_attempts WHERE client_ip = ? AND NOT succeeded AND "
        "attempted_at > now() - make_interval(secs => ?)), "
        " COALESCE((SELECT extract(epoch FROM now() - max(attempted_at))::int FROM login_attempts, "
        "since "
        "           WHERE lower(username) = lower(?) AND NOT succeeded AND attempted_at > since.t), 0)"_s,
        {windowSeconds, username, username, clientIp, username, clientIp, windowSeconds, username});
    if (!q)
        return q.error();
    (*q)->next();
    QSqlQuery &r = **q;
    return Counts{r.value(0).toInt(), r.value(1).toInt(), r.value(2).toInt(), r.value(3).toInt()};
}

} // namespace remotegpu
