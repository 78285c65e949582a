#pragma once

#include "AuthSettings.h"
#include "Result.h"
#include "SignInOutcome.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace remotegpu {

class LdapDirectory;
class SqlSession;
struct DirectoryUser;

// Sign-in through the company directory (LDAP). The directory proves the password; the group
// map, when configured, decides the role and tenant, which are written to the account at every
// sign-in; an unknown directory user gets an account when provisioning is on.
class LdapSignIn
{
public:
    explicit LdapSignIn(const AuthSettings &settings);
    ~LdapSignIn();

    bool isConfigured() const { return m_directory != nullptr; }

    Result<SignInOutcome> signIn(SqlSession &session, const QString &username,
                                 const QString &password);
    // At a token refresh: a directory account's groups are read again, so leaving a directory
    // group ends access within one access-token lifetime. The account as it is now (role and
    // tenant brought up to date), or nullopt when no group admits it any more; an unreachable
    // directory is an error, so the session survives until it is back.
    Result<std::optional<AccountRecord>> recheck(SqlSession &session, const AccountRecord &account);

private:
    using RoleAndTenant = std::pair<Role, std::optional<qint64>>;
    // The role and tenant the user's groups give; nullopt when no mapping admits them.
    Result<std::optional<RoleAndTenant>> mapGroups(SqlSession &session, const DirectoryUser &user);
    Result<SignInOutcome> provision(SqlSession &session, const DirectoryUser &person,
                                    const std::optional<RoleAndTenant> &mapped);

    std::unique_ptr<LdapDirectory> m_directory;
    QList<GroupMapping> m_groupMap;
    bool m_provisionUsers = false;
};

} // namespace remotegpu
