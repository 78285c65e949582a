#pragma once

#include "Result.h"

#include <QString>

namespace remotegpu {

// How the server reaches the company directory (Active Directory or any LDAP v3 server) to sign
// users in with their directory password. Read from the server configuration.
struct LdapSettings
{
    QString url; // ldap://host:port or ldaps://host:port
    // StartTLS on an ldap:// URL. When set, a failed StartTLS ends the attempt: falling back to
    // clear text would send the user's password readable on the wire.
    bool startTls = false;
    QString caCertFile; // optional CA bundle for TLS verification (else the system's)
    QString bindDn;     // the service account that searches; empty = anonymous search
    QString bindPassword;
    QString baseDn; // where users are searched (subtree)
    // {username} is replaced by the RFC 4515-escaped value the user typed.
    QString userFilter = QStringLiteral("(&(objectClass=inetOrgPerson)(uid={username}))");
    // Where groups are searched with (&(objectClass=groupOfNames)(member=<user DN>)); empty = read
    // the user's memberOf attribute instead (Active Directory, OpenLDAP's memberof overlay).
    QString groupBaseDn;
    QString emailAttribute = QStringLiteral("mail");
    QString displayNameAttribute = QStringLiteral("cn");
    int timeoutSeconds = 5; // connect, and each operation

    // A configuration mistake an operator has to fix, as an Unavailable error naming the
    // setting; success when the settings can be used.
    Result<void> validate() const;
};

} // namespace remotegpu
