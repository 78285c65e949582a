#pragma once

#include "AccessToken.h"
#include "AuditEntry.h"
#include "AuthSettings.h"
#include "ClientInfo.h"
#include "Clock.h"
#include "Customer.h"
#include "PasswordResetAnswer.h"
#include "Principal.h"
#include "Result.h"
#include "SessionTokens.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace remotegpu {

class AccountStates;
class DatabasePool;
class LdapSignIn;
class LoginThrottle;
class PasswordResetFlow;
class RateLimiter;
class SqlSession;
class TokenService;
struct AccountRecord;
struct AuthLimits;

// Sign-in, token rotation, sign-out and password reset (seed 001 §3). Every outcome that matters
// is written to audit_logs in the same transaction as the change it describes. This class
// composes the parts: LoginThrottle, the sign-in sources (LdapSignIn, LocalSignIn),
// TokenService and PasswordResetFlow.
class AuthService
{
public:
    AuthService(DatabasePool &pool, std::shared_ptr<const AccessTokenCodec> codec,
                const AuthSettings &settings, RateLimiter &limiter, const Clock &clock);
    ~AuthService();

    Result<SessionTokens> login(const QString &username, const QString &password,
                                const ClientInfo &client);
    Result<SessionTokens> refresh(const QString &refreshToken, const ClientInfo &client);
    Result<void> logout(const Principal &principal, const QString &refreshToken, bool everywhere,
                        const ClientInfo &client);
    Result<Customer> profile(const Principal &principal);

    // Always the same answer for a well-formed request, whether or not the account exists.
    Result<PasswordResetAnswer> requestPasswordReset(const QString &login,
                                                     const ClientInfo &client);
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
    // Asks the sign-in sources in the configured order; the first to prove the password or to
    // refuse decides. A refusal is recorded and returned as the error.
    Result<AccountRecord> authenticate(SqlSession &session, const QString &username,
                                       const QString &password, const ClientInfo &client);
    // Records the successful sign-in and issues the first tokens of a new family.
    Result<SessionTokens> startSession(SqlSession &session, const AuthLimits &limits,
                                       const AccountRecord &account, const QString &username,
                                       const ClientInfo &client);

    DatabasePool &m_pool;
    QStringList m_signInOrder;
    std::unique_ptr<AccountStates> m_states;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<LdapSignIn> m_directory;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<PasswordResetFlow> m_reset;
};

} // namespace remotegpu
