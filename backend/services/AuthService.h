#pragma once

#include "AccessToken.h"
#include "AuditEntry.h"
#include "AuthSettings.h"
#include "ClientInfo.h"
#include "Clock.h"
#include "Customer.h"
#include "Principal.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

#include <memory>

class QThreadPool;

namespace remotegpu {

class AccountStates;
class DatabasePool;
class LdapDirectory;
class RateLimiter;
class SmtpMailer;
class SqlSession;
struct AccountRecord;
struct DirectoryUser;

struct SessionTokens
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;        // seconds, access token
    int refreshExpiresIn = 0; // seconds, refresh token
    Customer user;

    QJsonObject toJson() const;
};

// Sign-in, token rotation, sign-out and password reset (seed 001 §3; issue "Sign-in, tokens,
// roles, tenant isolation and the audit trail"). Every outcome that matters is written to
// audit_logs in the same transaction as the change it describes.
class AuthService
{
public:
    AuthService(DatabasePool &pool, std::shared_ptr<const AccessTokenCodec> codec,
                AuthSettings settings, RateLimiter &limiter, const Clock &clock);
    ~AuthService();

    Result<SessionTokens> login(const QString &username, const QString &password,
                                const ClientInfo &client);
    Result<SessionTokens> refresh(const QString &refreshToken, const ClientInfo &client);
    Result<void> logout(const Principal &principal, const QString &refreshToken, bool everywhere,
                        const ClientInfo &client);
    Result<Customer> profile(const Principal &principal);

    // Always the same answer for a well-formed request, whether or not the account exists.
    Result<QJsonObject> requestPasswordReset(const QString &login, const ClientInfo &client);
    Result<void> confirmPasswordReset(const QString &login, const QString &code,
                                      const QString &newPassword, const ClientInfo &client);

    // The token's signature and lifetime, then its account as it is now (AccountStates): a
    // disabled or deleted account, a disabled tenant, or a token of an older generation (role,
    // tenant or password changed since) is refused.
    Result<Principal> verifyAccessToken(const QString &token) const;
    AccountStates &accountStates() { return *m_states; }
    // This instance changed the account: its tokens are checked against the database again from
    // the next request on (other instances learn it through NOTIFY).
    void forgetAccount(qint64 accountId) const;

    // Length and strength rules (system_configs password_min_length and
    // password_require_letter_and_digit), as field errors on `field`.
    static QList<FieldError> passwordProblems(const QString &password, const QString &username,
                                              int minLength, bool letterAndDigit,
                                              const QString &field);

private:
    struct Limits;
    Result<Limits> loadLimits(SqlSession &session);
    Result<SessionTokens> issueTokens(SqlSession &session, const Limits &limits,
                                      const AccountRecord &account, const QString &familyId,
                                      std::optional<qint64> parentId, const ClientInfo &client);
    Result<void> recordLoginFailure(const QString &username, std::optional<qint64> accountId,
                                    const QString &reason, const QString &message,
                                    const ClientInfo &client);
    // The role and tenant a directory user's groups give; nullopt when no mapping admits them.
    Result<std::optional<std::pair<Role, std::optional<qint64>>>>
    mapGroups(SqlSession &session, const DirectoryUser &user);

    DatabasePool &m_pool;
    const Clock &m_clock;
    std::shared_ptr<const AccessTokenCodec> m_codec;
    AuthSettings m_settings;
    RateLimiter &m_limiter;
    std::unique_ptr<AccountStates> m_states;
    std::unique_ptr<LdapDirectory> m_directory;
    std::unique_ptr<SmtpMailer> m_mailer;
    QThreadPool *m_mailThreads;
};

} // namespace remotegpu
