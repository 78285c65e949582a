#pragma once

#include "Enums.h"
#include "LdapSettings.h"
#include "Result.h"
#include "SmtpMailer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

// A directory group and what membership in it makes a person here. The first mapping (in the
// configured order) whose group the user is in decides. `tenant` is the user name of the tenant
// (customer_owner) a customer_member joins; a customer_owner is its own tenant.
struct GroupMapping
{
    QString group; // group DN, compared case-insensitively
    Role role = Role::CustomerMember;
    QString tenant;
};

// How people sign in, from the server's configuration (flags / environment / INI; see
// docs/operator-guide.md "Sign-in"). Directory and mail credentials are operator secrets, which
// is why they live there and not in the admin-editable system_configs.
// ServerConfig::authSettings() reads and validates the flags, so auth/ (below core/) does not
// depend on how the server is configured.
struct AuthSettings
{
    QStringList order = {QStringLiteral("local")}; // "local" and/or "ldap", tried in this order
    std::optional<LdapSettings> ldap;
    bool provisionDirectoryUsers = false;
    QList<GroupMapping> groupMap; // empty: a directory user keeps the role its account has
    QString directoryPasswordResetUrl;
    std::optional<SmtpSettings> smtp;

    bool usesDirectory() const
    {
        return ldap.has_value() && order.contains(QStringLiteral("ldap"));
    }

    static Result<QList<GroupMapping>> parseGroupMap(const QByteArray &json);
};

} // namespace remotegpu
