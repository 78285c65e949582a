#include "LdapSettings.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<void> LdapSettings::validate() const
{
    // Unavailable rather than BadRequest: the person signing in cannot fix any of this, and the
    // API must answer "the directory sign-in is not working", not "your request is wrong".
    const auto misconfigured = [](const QString &what) {
        return Error::unavailable(u"The directory sign-in is misconfigured: %1"_s.arg(what));
    };
    const bool plain = url.startsWith(u"ldap://"_s, Qt::CaseInsensitive);
    const bool tls = url.startsWith(u"ldaps://"_s, Qt::CaseInsensitive);
    if (!plain && !tls)
        return misconfigured(u"the URL \"%1\" must start with ldap:// or ldaps://"_s.arg(url));
    if (startTls && tls)
        return misconfigured(
            u"StartTLS is for ldap:// URLs; %1 is already encrypted, turn StartTLS off"_s.arg(url));
    if (baseDn.isEmpty())
        return misconfigured(u"the base DN where users are searched is empty"_s);
    if (!userFilter.contains(u"{username}"_s))
        return misconfigured(
            u"the user filter \"%1\" has no {username} placeholder, so it would match the same "
            "entries whoever signs in"_s.arg(userFilter));
    // A DN with an empty password is an "unauthenticated bind" (RFC 4513 §5.1.2): a permissive
    // directory accepts it as anonymous, so the account would silently not be used.
    if (!bindDn.isEmpty() && bindPassword.isEmpty())
        return misconfigured(u"the service account %1 has no password"_s.arg(bindDn));
    if (timeoutSeconds <= 0)
        return misconfigured(u"the timeout must be at least 1 second"_s);
    return {};
}

} // namespace remotegpu
