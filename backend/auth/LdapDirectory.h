#pragma once

#include "LdapSettings.h"
#include "Result.h"

#include <QString>
#include <QStringList>

namespace remotegpu {

// A person as the company directory describes them, after a successful search.
struct DirectoryUser
{
    QString dn;
    QString username; // as typed at sign-in (the directory matched it, possibly ignoring case)
    QString email;
    QString displayName;
    QStringList groups; // group DNs, sorted
};

// Signs users in against the company directory (Active Directory, OpenLDAP, …) through libldap:
// the service account finds the user's entry, then a bind as that entry with the typed password
// proves the password. Each call opens, uses and closes its own connection, so one instance can
// be used from many worker threads at once (a libldap handle must not be shared between
// threads). Calls block for at most about three times `timeoutSeconds`.
//
// Errors: Unauthorized with one message for every reason a sign-in is refused (unknown user,
// wrong password, empty password, a username matching no or several entries), so the answer
// does not tell whether an account exists; Unavailable, naming the directory and what it said,
// when the directory cannot be reached, refuses the service account or is misconfigured.
class LdapDirectory
{
public:
    explicit LdapDirectory(LdapSettings settings);

    const LdapSettings &settings() const { return m_settings; }

    // Search the user's DN with the service account, then bind as the user with the password.
    Result<DirectoryUser> authenticate(const QString &username, const QString &password) const;
    // Search only (no user bind): used to re-check groups when a session is refreshed.
    Result<DirectoryUser> lookup(const QString &username) const;

    // RFC 4515 escaping of a value placed in a search filter: * ( ) \ and NUL become \2a \28 \29
    // \5c \00, so a username cannot add wildcards or filter terms. Other characters, non-ASCII
    // included, are left as they are (they reach the filter as UTF-8, which RFC 4515 allows).
    static QString escapeFilterValue(const QString &value);

    // The one message of every refused sign-in.
    static QString refusedMessage();

private:
    Result<DirectoryUser> find(const QString &username, const QString *password) const;

    LdapSettings m_settings;
};

} // namespace remotegpu
