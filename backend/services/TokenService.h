#pragma once

#include "AccessToken.h"
#include "Clock.h"
#include "Principal.h"
#include "Result.h"
#include "SessionTokens.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace remotegpu {

class AccountStates;
class DatabasePool;
class LdapSignIn;
class SqlSession;
class Transaction;
struct AccountRecord;
struct AuthLimits;
struct ClientInfo;

// Access and refresh tokens: issues them, rotates a refresh token into a new pair, revokes them
// at sign-out, and checks an access token against its account as it is now. Refresh tokens are
// stored only as hashes; the tokens of one sign-in form a family, ended as a whole when one of
// them is presented twice.
class TokenService
{
public:
    TokenService(DatabasePool &pool, std::shared_ptr<const AccessTokenCodec> codec,
                 const Clock &clock, AccountStates &states, LdapSignIn &directory);

    // A new pair for `account`, in the caller's transaction: a new family when `familyId` is
    // empty, else the successor of `parentId` in that family.
    Result<SessionTokens> issue(SqlSession &session, const AuthLimits &limits,
                                const AccountRecord &account, const QString &familyId,
                                std::optional<qint64> parentId, const ClientInfo &client);
    Result<SessionTokens> rotate(const QString &refreshToken, const ClientInfo &client);
    // Ends the family of `refreshToken` (when it is the principal's), or every session of the
    // principal with `everywhere`.
    Result<void> revoke(const Principal &principal, const QString &refreshToken, bool everywhere,
                        const ClientInfo &client);
    Result<Principal> verify(const QString &accessToken) const;

private:
    // A refresh token that could not be claimed: unknown, expired, revoked, or used before.
    Error refuseUnclaimed(SqlSession &session, Transaction &tx, const QByteArray &hash,
                          const QDateTime &now, const ClientInfo &client);

    DatabasePool &m_pool;
    std::shared_ptr<const AccessTokenCodec> m_codec;
    const Clock &m_clock;
    AccountStates &m_states;
    LdapSignIn &m_directory;
};

} // namespace remotegpu
