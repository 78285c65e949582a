#include "LdapDirectory.h"

#include <QByteArrayList>
#include <QFileInfo>
#include <QLoggingCategory>

#include <ldap.h>
#include <openssl/crypto.h>

#include <cerrno>
#include <csignal>
#include <ctime>
#include <memory>
#include <pthread.h>
#include <sys/time.h>
#include <vector>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcLdap, "remotegpu.ldap")

// Longer than any real account name; a longer one is refused before it costs a directory search.
constexpr qsizetype kMaxUsernameLength = 256;

struct LdapDeleter
{
    // Unbind also closes the socket and frees the handle, whether or not a bind ever happened.
    void operator()(LDAP *ld) const { ldap_unbind_ext_s(ld, nullptr, nullptr); }
};
using LdapHandle = std::unique_ptr<LDAP, LdapDeleter>;

struct MessageDeleter
{
    void operator()(LDAPMessage *message) const { ldap_msgfree(message); }
};
using Message = std::unique_ptr<LDAPMessage, MessageDeleter>;

// libldap writes to its socket with write(2), not send(MSG_NOSIGNAL): when the directory has reset
// the connection (a restart, a load balancer's idle timeout), the next write — often the unbind —
// raises SIGPIPE, whose default action ends the whole server. For the duration of one call
// SIGPIPE is blocked in the calling thread, and one that this thread raised is taken off the
// pending set before the mask is restored; the failed write itself shows up as an LDAP error.
class SigpipeBlocker
{
public:
    SigpipeBlocker()
    {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_previous);
        sigset_t pending;
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
    }
    ~SigpipeBlocker()
    {
        sigset_t pending;
        sigpending(&pending);
        if (!m_wasPending && sigismember(&pending, SIGPIPE) == 1) {
            const timespec now{0, 0};
            while (sigtimedwait(&m_pipe, nullptr, &now) == -1 && errno == EINTR) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    SigpipeBlocker(const SigpipeBlocker &) = delete;
    SigpipeBlocker &operator=(const SigpipeBlocker &) = delete;

private:
    sigset_t m_pipe;
    sigset_t m_previous;
    bool m_wasPending = false;
};

// The handle's global state (and the TLS library under it) is set up on first use; doing that
// once, before any worker thread opens a connection, keeps concurrent first calls from racing.
void initializeLibraryOnce()
{
    static const bool initialized = [] {
        int version = LDAP_VERSION3;
        ldap_set_option(nullptr, LDAP_OPT_PROTOCOL_VERSION, &version);
        return true;
    }();
    Q_UNUSED(initialized);
}

QString fromLdap(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// What libldap knows about the last failure: the result code's text and the server's diagnostic
// message, which is what an operator needs (slapd: "unauthenticated bind (DN with no password)
// disallowed"; Active Directory: "… data 52e …").
QString describe(LDAP *ld, int rc)
{
    QString text = fromLdap(ldap_err2string(rc));
    char *diagnostic = nullptr;
    if (ld && ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic) == LDAP_OPT_SUCCESS &&
        diagnostic) {
        const QString extra = QString::fromUtf8(diagnostic).trimmed();
        ldap_memfree(diagnostic);
        // Debian's GnuTLS build reports every failed handshake as "(unknown error code)": noise.
        if (!extra.isEmpty() && extra != text && extra != u"(unknown error code)"_s)
            text += u" ("_s % extra % u')';
    }
    return text;
}

// Result codes that mean "no usable connection", as opposed to an answer from the directory.
bool isConnectionFailure(int rc)
{
    return rc == LDAP_SERVER_DOWN || rc == LDAP_CONNECT_ERROR || rc == LDAP_TIMEOUT ||
           rc == LDAP_UNAVAILABLE || rc == LDAP_BUSY;
}

// libldap reports a refused certificate like a refused connection, with no detail; say what to
// check, since that is the usual cause when the directory is otherwise up.
QString tlsHint(const LdapSettings &settings)
{
    return u". If the directory is up, check that its certificate is signed by a CA in %1 and "
           "names the host of the URL"_s.arg(settings.caCertFile.isEmpty()
                                                 ? u"the system CA bundle (set caCertFile to use "
                                                   "another)"_s
                                                 : settings.caCertFile);
}

Error unreachable(const LdapSettings &settings, LDAP *ld, int rc)
{
    const bool ldaps = settings.url.startsWith(u"ldaps://"_s, Qt::CaseInsensitive);
    return Error::unavailable(u"Cannot reach the directory at %1: %2%3"_s.arg(
        settings.url, describe(ld, rc), ldaps ? tlsHint(settings) : QString()));
}

// A simple bind as `dn` (none: anonymous); the password's UTF-8 copy is wiped as soon as
// libldap has sent it. libldap's result code.
int simpleBind(LDAP *ld, const QByteArray &dn, const QString &password)
{
    QByteArray secret = password.toUtf8();
    berval credentials;
    credentials.bv_len = ber_len_t(secret.size());
    credentials.bv_val = secret.data();
    const int rc = ldap_sasl_bind_s(ld, dn.isEmpty() ? nullptr : dn.constData(), LDAP_SASL_SIMPLE,
                                    &credentials, nullptr, nullptr, nullptr);
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    return rc;
}

QStringList values(LDAP *ld, LDAPMessage *entry, const QByteArray &attribute)
{
    QStringList result;
    if (attribute.isEmpty())
        return result;
    berval **list = ldap_get_values_len(ld, entry, attribute.constData());
    if (!list)
        return result;
    for (berval **it = list; *it; ++it)
        result.append(QString::fromUtf8((*it)->bv_val, qsizetype((*it)->bv_len)));
    ldap_value_free_len(list);
    return result;
}

QString entryDn(LDAP *ld, LDAPMessage *entry)
{
    char *dn = ldap_get_dn(ld, entry);
    QString result = fromLdap(dn);
    ldap_memfree(dn);
    return result;
}

// A NULL-terminated attribute list for ldap_search_ext_s that points into `storage`.
std::vector<char *> attributeList(QByteArrayList &storage)
{
    std::vector<char *> list;
    for (QByteArray &name : storage)
        list.push_back(name.data());
    list.push_back(nullptr);
    return list;
}

// Opens a connection and binds it as the service account. Nothing is sent before the TLS
// settings are in place, and a requested StartTLS that fails ends the attempt.
Result<LdapHandle> connectAsService(const LdapSettings &settings)
{
    initializeLibraryOnce();
    LDAP *raw = nullptr;
    const QByteArray url = settings.url.toUtf8();
    if (const int rc = ldap_initialize(&raw, url.constData()); rc != LDAP_SUCCESS || !raw)
        return Error::unavailable(u"The directory URL %1 is not usable: %2"_s.arg(
            settings.url, fromLdap(ldap_err2string(rc))));
    LdapHandle ld(raw);

    const auto option = [&](int name, const void *value, const QString &what) -> Result<void> {
        if (ldap_set_option(ld.get(), name, value) != LDAP_OPT_SUCCESS)
            return Error::unavailable(
                u"Cannot set up the connection to the directory at %1: %2"_s.arg(settings.url,
                                                                                 what));
        return {};
    };
    const int version = LDAP_VERSION3;
    const timeval timeout{settings.timeoutSeconds, 0};
    const int timeLimit = settings.timeoutSeconds;
    if (auto r = option(LDAP_OPT_PROTOCOL_VERSION, &version, u"LDAP v3"_s); !r)
        return r.error();
    // Connect timeout, then a limit for each synchronous operation, then the server-side search
    // limit: without them a directory that accepts the TCP connection and never answers would
    // hold a worker thread for ever.
    if (auto r = option(LDAP_OPT_NETWORK_TIMEOUT, &timeout, u"network timeout"_s); !r)
        return r.error();
    if (auto r = option(LDAP_OPT_TIMEOUT, &timeout, u"operation timeout"_s); !r)
        return r.error();
    if (auto r = option(LDAP_OPT_TIMELIMIT, &timeLimit, u"time limit"_s); !r)
        return r.error();
    // Referrals are never chased: libldap would follow them with an anonymous bind to whatever
    // server the referral names (Active Directory returns them for other domains).
    if (auto r = option(LDAP_OPT_REFERRALS, LDAP_OPT_OFF, u"referrals off"_s); !r)
        return r.error();

    const bool tls =
        settings.startTls || settings.url.startsWith(u"ldaps://"_s, Qt::CaseInsensitive);
    if (tls) {
        // Per-handle TLS settings take effect only in a new TLS context (LDAP_OPT_X_TLS_NEWCTX);
        // the process-wide defaults are never touched, other threads may be using them.
        const int demand = LDAP_OPT_X_TLS_DEMAND;
        if (auto r = option(LDAP_OPT_X_TLS_REQUIRE_CERT, &demand, u"certificate checks"_s); !r)
            return r.error();
        if (!settings.caCertFile.isEmpty()) {
            const QFileInfo ca(settings.caCertFile);
            if (!ca.isFile() || !ca.isReadable())
                return Error::unavailable(
                    u"The directory sign-in is misconfigured: the CA file %1 cannot be read"_s.arg(
                        settings.caCertFile));
            const QByteArray path = settings.caCertFile.toLocal8Bit();
            if (auto r = option(LDAP_OPT_X_TLS_CACERTFILE, path.constData(),
                                u"CA file %1"_s.arg(settings.caCertFile));
                !r)
                return r.error();
        }
        const int client = 0;
        if (auto r = option(LDAP_OPT_X_TLS_NEWCTX, &client, u"TLS context"_s); !r)
            return r.error();
    }
    if (settings.startTls) {
        if (const int rc = ldap_start_tls_s(ld.get(), nullptr, nullptr); rc != LDAP_SUCCESS) {
            if (rc == LDAP_SERVER_DOWN || rc == LDAP_TIMEOUT)
                return unreachable(settings, ld.get(), rc);
            // Anything else is the directory declining StartTLS or the handshake failing (an
            // untrusted certificate shows up as LDAP_CONNECT_ERROR with the TLS error as text).
            return Error::unavailable(
                u"StartTLS with the directory at %1 failed, so no password is sent: %2%3"_s.arg(
                    settings.url, describe(ld.get(), rc),
                    rc == LDAP_CONNECT_ERROR ? tlsHint(settings) : QString()));
        }
    }

    const int rc = simpleBind(ld.get(), settings.bindDn.toUtf8(), settings.bindPassword);
    if (rc == LDAP_SUCCESS)
        return ld;
    if (isConnectionFailure(rc))
        return unreachable(settings, ld.get(), rc);
    return Error::unavailable(u"The directory refused the service account %1 at %2: %3"_s.arg(
        settings.bindDn.isEmpty() ? u"(anonymous)"_s : settings.bindDn, settings.url,
        describe(ld.get(), rc)));
}

// Group DNs whose member attribute names `userDn`, searched under the group base.
Result<QStringList> searchGroups(LDAP *ld, const LdapSettings &settings, const QString &userDn)
{
    const QByteArray base = settings.groupBaseDn.toUtf8();
    const QByteArray filter = (u"(&(objectClass=groupOfNames)(member="_s %
                               LdapDirectory::escapeFilterValue(userDn) % u"))"_s)
                                  .toUtf8();
    QByteArrayList storage{QByteArrayLiteral(LDAP_NO_ATTRS)}; // DNs only
    std::vector<char *> attributes = attributeList(storage);
    timeval timeout{settings.timeoutSeconds, 0};
    LDAPMessage *raw = nullptr;
    const int rc = ldap_search_ext_s(ld, base.constData(), LDAP_SCOPE_SUBTREE, filter.constData(),
                                     attributes.data(), 0, nullptr, nullptr, &timeout, 0, &raw);
    Message result(raw);
    if (isConnectionFailure(rc))
        return unreachable(settings, ld, rc);
    // A partial list (size limit) could drop the very group that grants or denies access.
    if (rc != LDAP_SUCCESS)
        return Error::unavailable(u"The group search under %1 at %2 failed: %3"_s.arg(
            settings.groupBaseDn, settings.url, describe(ld, rc)));
    QStringList groups;
    for (LDAPMessage *entry = ldap_first_entry(ld, result.get()); entry;
         entry = ldap_next_entry(ld, entry))
        groups.append(entryDn(ld, entry));
    return groups;
}

// For an unknown username, a bind that must fail, so the answer costs the same round trips as a
// wrong password and its timing does not tell which accounts exist. The DN is under the base
// and names no entry; the directory answers invalidCredentials (Active Directory: "data 525",
// no lockout counter is touched). Its result is ignored.
void decoyBind(LDAP *ld, const LdapSettings &settings, const QString &password)
{
    simpleBind(ld, (u"cn=remotegpu-no-such-user,"_s + settings.baseDn).toUtf8(), password);
}

} // namespace

LdapDirectory::LdapDirectory(LdapSettings settings)
    : m_settings(std::move(settings))
{}

Result<DirectoryUser> LdapDirectory::authenticate(const QString &username,
                                                  const QString &password) const
{
    return find(username, &password);
}

Result<DirectoryUser> LdapDirectory::lookup(const QString &username) const
{
    return find(username, nullptr);
}

QString LdapDirectory::refusedMessage()
{
    return u"The username or password is incorrect"_s;
}

QString LdapDirectory::escapeFilterValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'*':
            escaped += u"\\2a"_s;
            break;
        case u'(':
            escaped += u"\\28"_s;
            break;
        case u')':
            escaped += u"\\29"_s;
            break;
        case u'\\':
            escaped += u"\\5c"_s;
            break;
        case u'\0':
            escaped += u"\\00"_s;
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

Result<DirectoryUser> LdapDirectory::find(const QString &username, const QString *password) const
{
    // A refused sign-in says the same thing whatever the reason, so it cannot be used to find out
    // which accounts exist. A lookup is the server re-checking an account it signed in before.
    const auto refused = [&] {
        return Error::unauthorized(password ? refusedMessage()
                                            : u"The directory account is no longer available"_s);
    };
    // An empty password is refused before any connection: a simple bind with a DN and no
    // password is an "unauthenticated bind" (RFC 4513 §5.1.2), which a permissive directory
    // answers with success — as anonymous — and would let anyone in under any name.
    if (password && password->isEmpty())
        return refused();
    if (username.isEmpty() || username.size() > kMaxUsernameLength)
        return refused();
    if (auto valid = m_settings.validate(); !valid)
        return valid.error();

    // Declared before the connection so that it is still in place for the unbind.
    const SigpipeBlocker sigpipeBlocker;
    auto connection = connectAsService(m_settings);
    if (!connection)
        return std::move(connection).error();
    LDAP *ld = connection->get();

    const QByteArray base = m_settings.baseDn.toUtf8();
    QString filterText = m_settings.userFilter;
    filterText.replace(u"{username}"_s, escapeFilterValue(username));
    const QByteArray filter = filterText.toUtf8();
    const QByteArray emailAttribute = m_settings.emailAttribute.toUtf8();
    const QByteArray nameAttribute = m_settings.displayNameAttribute.toUtf8();
    const QByteArray memberOfAttribute = QByteArrayLiteral("memberOf");
    const bool groupsFromMemberOf = m_settings.groupBaseDn.isEmpty();
    QByteArrayList storage;
    for (const QByteArray &name : {emailAttribute, nameAttribute})
        if (!name.isEmpty())
            storage.append(name);
    if (groupsFromMemberOf)
        storage.append(memberOfAttribute);
    if (storage.isEmpty())
        storage.append(QByteArrayLiteral(LDAP_NO_ATTRS));
    std::vector<char *> attributes = attributeList(storage);

    // A size limit of 2 is enough to tell "exactly one" from "several" without reading a whole
    // department when a filter is too broad.
    timeval timeout{m_settings.timeoutSeconds, 0};
    LDAPMessage *raw = nullptr;
    const int rc = ldap_search_ext_s(ld, base.constData(), LDAP_SCOPE_SUBTREE, filter.constData(),
                                     attributes.data(), 0, nullptr, nullptr, &timeout, 2, &raw);
    Message result(raw);
    if (isConnectionFailure(rc))
        return unreachable(m_settings, ld, rc);
    if (rc == LDAP_NO_SUCH_OBJECT)
        return Error::unavailable(
            u"The directory sign-in is misconfigured: the base DN %1 does not exist at %2"_s.arg(
                m_settings.baseDn, m_settings.url));
    if (rc != LDAP_SUCCESS && rc != LDAP_SIZELIMIT_EXCEEDED)
        return Error::unavailable(u"The user search under %1 at %2 failed: %3"_s.arg(
            m_settings.baseDn, m_settings.url, describe(ld, rc)));
    const int count = ldap_count_entries(ld, result.get());
    if (rc == LDAP_SIZELIMIT_EXCEEDED || count > 1) {
        // Never "the first one": which entry comes first is up to the directory, and an attacker
        // who can create an entry with someone's username elsewhere in the tree would win.
        qCWarning(lcLdap).noquote()
            << u"sign-in refused: the user filter matches several entries under %1 for one "
               "username; make the filter or the base DN specific"_s.arg(m_settings.baseDn);
        return refused();
    }
    if (count != 1) {
        if (password)
            decoyBind(ld, m_settings, *password);
        return refused();
    }

    LDAPMessage *entry = ldap_first_entry(ld, result.get());
    DirectoryUser user;
    user.dn = entryDn(ld, entry);
    // An empty DN would make the user bind below anonymous.
    if (user.dn.isEmpty())
        return refused();
    user.username = username;
    user.email = values(ld, entry, emailAttribute).value(0);
    user.displayName = values(ld, entry, nameAttribute).value(0);
    if (groupsFromMemberOf) {
        user.groups = values(ld, entry, memberOfAttribute);
    } else {
        auto groups = searchGroups(ld, m_settings, user.dn);
        if (!groups)
            return std::move(groups).error();
        user.groups = std::move(*groups);
    }
    user.groups.sort(Qt::CaseInsensitive);

    if (password) {
        // The user bind comes last: it changes the connection's identity, and the searches above
        // must run with the service account's rights, not the user's.
        const int bindRc = simpleBind(ld, user.dn.toUtf8(), *password);
        if (isConnectionFailure(bindRc))
            return unreachable(m_settings, ld, bindRc);
        if (bindRc != LDAP_SUCCESS) {
            // Locked, expired or disabled accounts land here too; the reason goes to the log for
            // the operator, the user sees the same refusal as for a wrong password.
            if (bindRc != LDAP_INVALID_CREDENTIALS)
                qCInfo(lcLdap).noquote() << u"sign-in of %1 refused by the directory: %2"_s.arg(
                    user.dn, describe(ld, bindRc));
            return refused();
        }
    }
    return user;
}

} // namespace remotegpu
