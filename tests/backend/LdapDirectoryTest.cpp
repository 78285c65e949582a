// The directory sign-in against a real OpenLDAP slapd (started by SlapdServer), configured the
// permissive way some company directories run: it accepts a DN with an empty password as an
// anonymous bind. Every refusal below is therefore ours, not the directory's.
#include "LdapDirectory.h"
#include "QtPrinters.h"
#include "SlapdServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <ldap.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace remotegpu {
namespace {

using namespace Qt::Literals::StringLiterals;
using test::SlapdServer;

const QString kSuffix = u"dc=example,dc=test"_s;
const QString kServiceDn = u"cn=svc,ou=services,dc=example,dc=test"_s;
const QString kServicePassword = u"svc-secret"_s;
const QString kAliceDn = u"uid=alice,ou=people,dc=example,dc=test"_s;
const QString kAdminsDn = u"cn=admins,ou=groups,dc=example,dc=test"_s;
const QString kAcmeDn = u"cn=tenant-acme,ou=groups,dc=example,dc=test"_s;

// People before groups: the memberof overlay writes memberOf on members that exist when a group
// is added. Two "twin" entries share a uid in different OUs, for the several-matches rule.
const QString kDirectory = uR"(dn: dc=example,dc=test
objectClass: dcObject
objectClass: organization
o: Example
dc: example

dn: ou=people,dc=example,dc=test
objectClass: organizationalUnit
ou: people

dn: ou=groups,dc=example,dc=test
objectClass: organizationalUnit
ou: groups

dn: ou=services,dc=example,dc=test
objectClass: organizationalUnit
ou: services

dn: ou=contractors,dc=example,dc=test
objectClass: organizationalUnit
ou: contractors

dn: ou=partners,dc=example,dc=test
objectClass: organizationalUnit
ou: partners

dn: cn=svc,ou=services,dc=example,dc=test
objectClass: applicationProcess
objectClass: simpleSecurityObject
cn: svc
userPassword: svc-secret

dn: uid=alice,ou=people,dc=example,dc=test
objectClass: inetOrgPerson
uid: alice
cn: Alice Liddell
sn: Liddell
mail: alice@example.test
userPassword: alice-pw

dn: uid=bob,ou=people,dc=example,dc=test
objectClass: inetOrgPerson
uid: bob
cn: Bob Builder
sn: Builder
mail: bob@example.test
userPassword: bob-pw

dn: uid=wangwei,ou=people,dc=example,dc=test
objectClass: inetOrgPerson
uid: wangwei
cn: 王伟
sn: 王
mail: wangwei@example.test
userPassword: 密码-wang-123

dn: uid=twin,ou=contractors,dc=example,dc=test
objectClass: inetOrgPerson
uid: twin
cn: Twin Contractor
sn: Twin
userPassword: twin-pw

dn: uid=twin,ou=partners,dc=example,dc=test
objectClass: inetOrgPerson
uid: twin
cn: Twin Partner
sn: Twin
userPassword: twin-pw

dn: cn=admins,ou=groups,dc=example,dc=test
objectClass: groupOfNames
cn: admins
member: uid=alice,ou=people,dc=example,dc=test

dn: cn=tenant-acme,ou=groups,dc=example,dc=test
objectClass: groupOfNames
cn: tenant-acme
member: uid=alice,ou=people,dc=example,dc=test
member: uid=bob,ou=people,dc=example,dc=test
)"_s;

// Passwords: only a bind may use them. Entries: the service account reads everything, a user
// their own entry, anonymous nothing — so searches work only after the service bind.
const QString kAccess = uR"(access to attrs=userPassword
  by anonymous auth
  by self write
  by * none
access to *
  by dn.exact="cn=svc,ou=services,dc=example,dc=test" read
  by self read
  by * none
)"_s;

SlapdServer::Options directoryOptions(bool tls)
{
    SlapdServer::Options options;
    options.suffix = kSuffix;
    options.ldif = kDirectory;
    // The dangerous real-world setting: "unauthenticated bind" (a DN, no password) succeeds.
    options.allow = {u"bind_anon_dn"_s};
    options.memberOf = true;
    options.tls = tls;
    options.databaseConfig = kAccess;
    return options;
}

// Bind lines slapd logged for `dn` (stats level: `BIND dn="…" method=128`).
qsizetype bindsOf(const QString &log, const QString &dn)
{
    return log.count(u"BIND dn=\"%1\" method="_s.arg(dn), Qt::CaseInsensitive);
}

class LdapDirectoryTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_error.clear();
        s_server = SlapdServer::start(directoryOptions(true), &s_error);
    }
    static void TearDownTestSuite() { s_server.reset(); }

    void SetUp() override
    {
        // A directory that does not start is a failure with slapd's own words, never a skip.
        ASSERT_TRUE(s_server) << qPrintable(s_error);
    }

    static LdapSettings settings()
    {
        LdapSettings s;
        s.url = s_server->url();
        s.bindDn = kServiceDn;
        s.bindPassword = kServicePassword;
        s.baseDn = kSuffix; // the whole tree: the twins in two OUs are both visible
        s.groupBaseDn = u"ou=groups,"_s + kSuffix;
        s.timeoutSeconds = 5;
        return s;
    }

    static void expectRefused(const Result<DirectoryUser> &result, const char *why)
    {
        ASSERT_FALSE(result.ok()) << why << ": signed in as " << qPrintable(result->dn);
        EXPECT_EQ(result.error().kind, ErrorKind::Unauthorized) << why;
        EXPECT_EQ(result.error().message, LdapDirectory::refusedMessage()) << why;
    }

    static std::unique_ptr<SlapdServer> s_server;
    static QString s_error;
};

std::unique_ptr<SlapdServer> LdapDirectoryTest::s_server;
QString LdapDirectoryTest::s_error;

TEST(LdapFilterEscape, EscapesTheRfc4515Specials)
{
    EXPECT_EQ(LdapDirectory::escapeFilterValue(u"alice"_s), u"alice"_s);
    EXPECT_EQ(LdapDirectory::escapeFilterValue(u"*"_s), u"\\2a"_s);
    EXPECT_EQ(LdapDirectory::escapeFilterValue(u"("_s), u"\\28"_s);
    EXPECT_EQ(LdapDirectory::escapeFilterValue(u")"_s), u"\\29"_s);
    EXPECT_EQ(LdapDirectory::escapeFilterValue(u"\\"_s), u"\\5c"_s);
    EXPECT_EQ(LdapDirectory::escapeFilterValue(QString(QChar(u'\0'))), u"\\00"_s);
    EXPECT_EQ(LdapDirectory::escapeFilterValue(u"a)(uid=*"_s), u"a\\29\\28uid=\\2a"_s);
    EXPECT_EQ(LdapDirectory::escapeFilterValue(u"*)(uid=*"_s), u"\\2a\\29\\28uid=\\2a"_s);
    // An escape sequence typed by the user is itself escaped, not passed through.
    EXPECT_EQ(LdapDirectory::escapeFilterValue(u"\\2a"_s), u"\\5c2a"_s);
    // Non-ASCII is left alone; it reaches the filter as UTF-8.
    EXPECT_EQ(LdapDirectory::escapeFilterValue(u"王伟"_s), u"王伟"_s);
    EXPECT_EQ(LdapDirectory::escapeFilterValue(QString()), QString());
}

TEST(LdapSettingsValidation, NamesTheSettingToFix)
{
    LdapSettings s;
    s.url = u"ldap://127.0.0.1:389"_s;
    s.baseDn = kSuffix;
    EXPECT_TRUE(s.validate().ok());

    LdapSettings http = s;
    http.url = u"http://127.0.0.1"_s;
    EXPECT_EQ(http.validate().error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(http.validate().error().message.contains(u"ldap://"_s));

    LdapSettings both = s;
    both.url = u"ldaps://127.0.0.1:636"_s;
    both.startTls = true;
    EXPECT_TRUE(both.validate().error().message.contains(u"StartTLS"_s));

    LdapSettings noPlaceholder = s;
    noPlaceholder.userFilter = u"(uid=alice)"_s;
    EXPECT_TRUE(noPlaceholder.validate().error().message.contains(u"{username}"_s));

    // A service DN without a password would be an unauthenticated bind: anonymous, silently.
    LdapSettings noServicePassword = s;
    noServicePassword.bindDn = kServiceDn;
    EXPECT_FALSE(noServicePassword.validate().ok());
    EXPECT_TRUE(noServicePassword.validate().error().message.contains(kServiceDn));

    LdapSettings noBase = s;
    noBase.baseDn.clear();
    EXPECT_FALSE(noBase.validate().ok());
}

// A directory that accepts the service bind, then resets the connection (RST), as a restarting
// directory or a load balancer dropping an idle connection does. Raw sockets on purpose: Qt's
// sockets cannot send a reset.
class ResettingDirectory
{
public:
    ResettingDirectory()
    {
        m_listener = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listener < 0 ||
            bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
            listen(m_listener, 4) != 0 ||
            getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] {
            const int connection = accept(m_listener, nullptr, nullptr);
            if (connection < 0)
                return;
            char request[1024];
            if (read(connection, request, sizeof request) > 0) {
                // BindResponse, messageID 1, resultCode success (RFC 4511 §4.2.2).
                const unsigned char success[] = {0x30, 0x0c, 0x02, 0x01, 0x01, 0x61, 0x07,
                                                 0x0a, 0x01, 0x00, 0x04, 0x00, 0x04, 0x00};
                if (write(connection, success, sizeof success) != sizeof success)
                    ::perror("ResettingDirectory write");
            }
            const linger reset{1, 0}; // close() sends RST instead of FIN
            setsockopt(connection, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            close(connection);
        });
    }
    ~ResettingDirectory()
    {
        if (m_listener >= 0)
            shutdown(m_listener, SHUT_RDWR); // wakes accept() if nobody came
        if (m_thread.joinable())
            m_thread.join();
        if (m_listener >= 0)
            close(m_listener);
    }
    quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
};

TEST(LdapDirectoryResilience, AResetConnectionDoesNotKillTheProcessWithSigpipe)
{
    // The write after the reset raises SIGPIPE; without LdapDirectory's guard the default action
    // ends the process. A death test runs it in a child, so a regression fails this test only.
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            ResettingDirectory directory;
            LdapSettings s;
            s.url = u"ldap://127.0.0.1:%1"_s.arg(directory.port());
            s.bindDn = kServiceDn;
            s.bindPassword = kServicePassword;
            s.baseDn = kSuffix;
            auto result = LdapDirectory(s).authenticate(u"alice"_s, u"alice-pw"_s);
            const bool unavailable = !result.ok() && result.error().kind == ErrorKind::Unavailable;
            std::fprintf(stderr, "%s\n",
                         qPrintable(result.ok() ? u"signed in"_s : result.error().message));
            std::_Exit(unavailable ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "Cannot reach the directory at");
}

TEST(SlapdServerHarness, AStartFailureCarriesSlapdsOwnWords)
{
    // What a broken test directory looks like to whoever reads the failure: slapd's message.
    SlapdServer::Options options;
    options.databaseConfig = u"no-such-directive here"_s;
    QString error;
    auto server = SlapdServer::start(options, &error);
    EXPECT_FALSE(server);
    EXPECT_TRUE(error.contains(u"no-such-directive"_s)) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"slapd exited"_s)) << qPrintable(error);
}

TEST_F(LdapDirectoryTest, GoodPasswordReturnsTheUserWithGroups)
{
    auto user = LdapDirectory(settings()).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_TRUE(user.ok()) << qPrintable(user.error().message);
    EXPECT_EQ(user->dn, kAliceDn);
    EXPECT_EQ(user->username, u"alice"_s);
    EXPECT_EQ(user->email, u"alice@example.test"_s);
    EXPECT_EQ(user->displayName, u"Alice Liddell"_s);
    EXPECT_EQ(user->groups, (QStringList{kAdminsDn, kAcmeDn}));

    auto bob = LdapDirectory(settings()).authenticate(u"bob"_s, u"bob-pw"_s);
    ASSERT_TRUE(bob.ok()) << qPrintable(bob.error().message);
    EXPECT_EQ(bob->groups, QStringList{kAcmeDn});
}

TEST_F(LdapDirectoryTest, ChineseNameAndPasswordRoundTripAsUtf8)
{
    auto user = LdapDirectory(settings()).authenticate(u"wangwei"_s, u"密码-wang-123"_s);
    ASSERT_TRUE(user.ok()) << qPrintable(user.error().message);
    EXPECT_EQ(user->displayName, u"王伟"_s);
    EXPECT_EQ(user->email, u"wangwei@example.test"_s);
    EXPECT_TRUE(user->groups.isEmpty());
}

TEST_F(LdapDirectoryTest, GroupsFromMemberOfWhenNoGroupBaseIsSet)
{
    LdapSettings s = settings();
    s.groupBaseDn.clear();
    auto user = LdapDirectory(s).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_TRUE(user.ok()) << qPrintable(user.error().message);
    EXPECT_EQ(user->groups, (QStringList{kAdminsDn, kAcmeDn}));
}

TEST_F(LdapDirectoryTest, WrongPasswordIsRefused)
{
    expectRefused(LdapDirectory(settings()).authenticate(u"alice"_s, u"alice-PW"_s),
                  "wrong password");
    expectRefused(LdapDirectory(settings()).authenticate(u"alice"_s, u"bob-pw"_s),
                  "another user's password");
}

TEST_F(LdapDirectoryTest, UnknownUserIsRefusedWithTheSameMessageAsAWrongPassword)
{
    const LdapDirectory directory(settings());
    const qsizetype bindsAtStart = s_server->log().count(u" method=128"_s);
    auto unknown = directory.authenticate(u"mallory"_s, u"alice-pw"_s);
    const qsizetype bindsForUnknown = s_server->log().count(u" method=128"_s) - bindsAtStart;
    auto wrong = directory.authenticate(u"alice"_s, u"not-her-password"_s);
    const qsizetype bindsForWrong =
        s_server->log().count(u" method=128"_s) - bindsAtStart - bindsForUnknown;
    expectRefused(unknown, "unknown user");
    expectRefused(wrong, "wrong password");
    ASSERT_FALSE(unknown.ok());
    ASSERT_FALSE(wrong.ok());
    // Kind, message and field errors alike: nothing tells the two apart.
    EXPECT_EQ(unknown.error(), wrong.error());
    // Nor the work done: service bind + one user bind each (a decoy bind for the unknown name),
    // so the answer's timing does not give the account away either.
    EXPECT_EQ(bindsForUnknown, 2);
    EXPECT_EQ(bindsForWrong, 2);
}

TEST_F(LdapDirectoryTest, EmptyPasswordIsRefusedBeforeAnyBindThoughTheDirectoryWouldAcceptIt)
{
    // First the danger: this slapd accepts alice's DN with an empty password (it becomes an
    // anonymous bind, reported as success), exactly as a naive "bind succeeded" check sees it.
    const qsizetype bindsBefore = bindsOf(s_server->log(), kAliceDn);
    LDAP *raw = nullptr;
    ASSERT_EQ(ldap_initialize(&raw, s_server->url().toUtf8().constData()), LDAP_SUCCESS);
    struct Unbind
    {
        void operator()(LDAP *handle) const { ldap_unbind_ext_s(handle, nullptr, nullptr); }
    };
    std::unique_ptr<LDAP, Unbind> ld(raw);
    const int v3 = LDAP_VERSION3;
    ldap_set_option(ld.get(), LDAP_OPT_PROTOCOL_VERSION, &v3);
    berval empty{0, nullptr};
    EXPECT_EQ(ldap_sasl_bind_s(ld.get(), kAliceDn.toUtf8().constData(), LDAP_SASL_SIMPLE, &empty,
                               nullptr, nullptr, nullptr),
              LDAP_SUCCESS)
        << "the test directory should be permissive (allow bind_anon_dn), or this test proves "
           "nothing";

    // Then ours: refused, and without a single bind as alice reaching the directory.
    const qsizetype before = bindsOf(s_server->log(), kAliceDn);
    EXPECT_EQ(before, bindsBefore + 1); // the raw one above reached slapd
    expectRefused(LdapDirectory(settings()).authenticate(u"alice"_s, QString()), "empty password");
    expectRefused(LdapDirectory(settings()).authenticate(u"alice"_s, u""_s), "empty password");
    EXPECT_EQ(bindsOf(s_server->log(), kAliceDn), before);
}

TEST_F(LdapDirectoryTest, FilterMetacharactersInTheUsernameMatchNobody)
{
    const LdapDirectory directory(settings());
    // The first three are the classic probes; the last two would match exactly alice if the
    // value went into the filter unescaped, so only the escaping refuses them.
    for (const QString &name : {u"*"_s, u"a)(uid=*"_s, u"*)(uid=*"_s, u"ali*"_s,
                                u"alice)(uid=alice"_s, u"alice)(|(uid=*"_s}) {
        SCOPED_TRACE(name.toStdString());
        expectRefused(directory.authenticate(name, u"alice-pw"_s), "filter injection");
        auto looked = directory.lookup(name);
        ASSERT_FALSE(looked.ok()) << qPrintable(looked->dn);
        EXPECT_EQ(looked.error().kind, ErrorKind::Unauthorized);
    }
    // slapd saw the escaped value: the wildcard arrived as a literal asterisk.
    EXPECT_TRUE(s_server->log().contains(u"(uid=ali\\2A)"_s, Qt::CaseInsensitive))
        << qPrintable(s_server->log().right(2000));
}

TEST_F(LdapDirectoryTest, SeveralEntriesForOneUsernameAreRefused)
{
    // Right password, but the username names two entries: never pick one of them.
    expectRefused(LdapDirectory(settings()).authenticate(u"twin"_s, u"twin-pw"_s),
                  "two entries match");
    auto looked = LdapDirectory(settings()).lookup(u"twin"_s);
    ASSERT_FALSE(looked.ok());
    EXPECT_EQ(looked.error().kind, ErrorKind::Unauthorized);

    // The same credentials under a base DN that holds one of them do sign in, so it is the
    // ambiguity that was refused.
    LdapSettings narrow = settings();
    narrow.baseDn = u"ou=contractors,"_s + kSuffix;
    auto one = LdapDirectory(narrow).authenticate(u"twin"_s, u"twin-pw"_s);
    ASSERT_TRUE(one.ok()) << qPrintable(one.error().message);
    EXPECT_EQ(one->dn, u"uid=twin,ou=contractors,dc=example,dc=test"_s);
}

TEST_F(LdapDirectoryTest, LookupReturnsGroupsWithoutBindingAsTheUser)
{
    const qsizetype aliceBinds = bindsOf(s_server->log(), kAliceDn);
    const qsizetype serviceBinds = bindsOf(s_server->log(), kServiceDn);
    auto user = LdapDirectory(settings()).lookup(u"alice"_s);
    ASSERT_TRUE(user.ok()) << qPrintable(user.error().message);
    EXPECT_EQ(user->dn, kAliceDn);
    EXPECT_EQ(user->email, u"alice@example.test"_s);
    EXPECT_EQ(user->groups, (QStringList{kAdminsDn, kAcmeDn}));
    const QString log = s_server->log();
    EXPECT_EQ(bindsOf(log, kAliceDn), aliceBinds);
    EXPECT_EQ(bindsOf(log, kServiceDn), serviceBinds + 1);

    auto gone = LdapDirectory(settings()).lookup(u"mallory"_s);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, ErrorKind::Unauthorized);
}

TEST_F(LdapDirectoryTest, UnreachableDirectoryIsUnavailable)
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port nothing listens on once the probe is gone
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    LdapSettings s = settings();
    s.url = u"ldap://127.0.0.1:%1"_s.arg(port);
    auto result = LdapDirectory(s).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(result.error().message.startsWith(u"Cannot reach the directory at "_s + s.url))
        << qPrintable(result.error().message);
}

TEST_F(LdapDirectoryTest, SilentDirectoryTimesOut)
{
    // Accepts TCP connections (the kernel does, from the backlog) and never answers.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    LdapSettings s = settings();
    s.url = u"ldap://127.0.0.1:%1"_s.arg(silent.serverPort());
    s.timeoutSeconds = 1;
    QElapsedTimer timer;
    timer.start();
    auto result = LdapDirectory(s).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(result.error().message.startsWith(u"Cannot reach the directory at "_s + s.url))
        << qPrintable(result.error().message);
    EXPECT_LT(timer.elapsed(), 5000);
}

TEST_F(LdapDirectoryTest, ServiceAccountWithAWrongPasswordIsUnavailable)
{
    LdapSettings s = settings();
    s.bindPassword = u"not-the-service-password"_s;
    auto result = LdapDirectory(s).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_FALSE(result.ok());
    // The user's password may well be right: this is the operator's problem, not a refusal.
    EXPECT_EQ(result.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(result.error().message.startsWith(u"The directory refused the service account "_s +
                                                  kServiceDn))
        << qPrintable(result.error().message);
    EXPECT_TRUE(result.error().message.contains(u"Invalid credentials"_s))
        << qPrintable(result.error().message);
}

// The service account's bind password (and the user's) never appears in an error, whatever
// went wrong: a wrong service password, a wrong user password, an unknown user, a missing base,
// an unreachable directory. Errors reach logs and, for some, the API's answer.
TEST_F(LdapDirectoryTest, TheBindPasswordNeverAppearsInAnError)
{
    const QString servicePassword = u"S3rvice-Secret-9f2c"_s;
    const QString userPassword = u"U5er-Secret-71ad"_s;
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    struct Case
    {
        const char *what;
        LdapSettings settings;
        QString username;
    };
    LdapSettings wrongService = settings();
    wrongService.bindPassword = servicePassword;
    LdapSettings rightService = settings();
    LdapSettings noBase = settings();
    noBase.baseDn = u"ou=nowhere,"_s + kSuffix;
    noBase.bindPassword = servicePassword;
    LdapSettings unreachable = settings();
    unreachable.url = u"ldap://127.0.0.1:%1"_s.arg(closedPort);
    unreachable.bindPassword = servicePassword;
    const QList<Case> cases = {
        {"wrong service password", wrongService, u"alice"_s},
        {"wrong user password", rightService, u"alice"_s},
        {"unknown user", rightService, u"nobody-at-all"_s},
        {"missing base", noBase, u"alice"_s},
        {"unreachable directory", unreachable, u"alice"_s},
    };
    for (const Case &c : cases) {
        auto result = LdapDirectory(c.settings).authenticate(c.username, userPassword);
        ASSERT_FALSE(result.ok()) << c.what;
        const QString message = result.error().message;
        EXPECT_FALSE(message.contains(servicePassword)) << c.what << ": " << qPrintable(message);
        EXPECT_FALSE(message.contains(c.settings.bindPassword) &&
                     !c.settings.bindPassword.isEmpty())
            << c.what << ": " << qPrintable(message);
        EXPECT_FALSE(message.contains(userPassword)) << c.what << ": " << qPrintable(message);
    }
}

TEST_F(LdapDirectoryTest, MissingBaseDnIsUnavailable)
{
    LdapSettings s = settings();
    s.baseDn = u"ou=nowhere,"_s + kSuffix;
    auto result = LdapDirectory(s).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(result.error().message.contains(s.baseDn)) << qPrintable(result.error().message);
}

TEST_F(LdapDirectoryTest, StartTlsAndLdapsVerifyTheCertificate)
{
    LdapSettings startTls = settings();
    startTls.startTls = true;
    startTls.caCertFile = s_server->caCertFile();
    auto user = LdapDirectory(startTls).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_TRUE(user.ok()) << qPrintable(user.error().message);
    EXPECT_EQ(user->dn, kAliceDn);

    LdapSettings ldaps = settings();
    ldaps.url = s_server->ldapsUrl();
    ldaps.caCertFile = s_server->caCertFile();
    auto overLdaps = LdapDirectory(ldaps).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_TRUE(overLdaps.ok()) << qPrintable(overLdaps.error().message);

    // Without our CA the self-signed certificate is not trusted: no fallback to clear text.
    const qsizetype serviceBinds = bindsOf(s_server->log(), kServiceDn);
    LdapSettings untrusted = startTls;
    untrusted.caCertFile.clear();
    auto refused = LdapDirectory(untrusted).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(refused.error().message.startsWith(u"StartTLS with the directory at "_s))
        << qPrintable(refused.error().message);
    EXPECT_EQ(bindsOf(s_server->log(), kServiceDn), serviceBinds) << "a bind went out in clear";

    LdapSettings ldapsUntrusted = ldaps;
    ldapsUntrusted.caCertFile.clear();
    auto refusedLdaps = LdapDirectory(ldapsUntrusted).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_FALSE(refusedLdaps.ok());
    EXPECT_EQ(refusedLdaps.error().kind, ErrorKind::Unavailable);
}

TEST_F(LdapDirectoryTest, StartTlsRefusedByTheDirectoryStopsTheSignIn)
{
    // A second directory with no TLS at all: StartTLS fails, and nothing is sent in clear.
    QString error;
    auto plain = SlapdServer::start(directoryOptions(false), &error);
    ASSERT_TRUE(plain) << qPrintable(error);
    LdapSettings s = settings();
    s.url = plain->url();
    s.startTls = true;
    auto result = LdapDirectory(s).authenticate(u"alice"_s, u"alice-pw"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(result.error().message.startsWith(u"StartTLS with the directory at "_s + s.url))
        << qPrintable(result.error().message);
    EXPECT_EQ(bindsOf(plain->log(), kServiceDn), 0);

    s.startTls = false; // the same directory works without it, so StartTLS was the refusal
    auto clear = LdapDirectory(s).authenticate(u"alice"_s, u"alice-pw"_s);
    EXPECT_TRUE(clear.ok()) << qPrintable(clear.error().message);
}

TEST_F(LdapDirectoryTest, ConcurrentSignInsFromWorkerThreads)
{
    // One LdapDirectory shared by the threads, as the server's worker pool uses it.
    const LdapDirectory directory(settings());
    std::mutex mutex;
    QStringList wrongAnswers;
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 5; ++i) {
                const bool good = (t + i) % 2 == 0;
                const QString name = t % 2 ? u"bob"_s : u"alice"_s;
                auto r = directory.authenticate(name, good ? name + u"-pw"_s : u"wrong"_s);
                if (r.ok() != good || (!good && r.error().kind != ErrorKind::Unauthorized)) {
                    const std::lock_guard lock(mutex);
                    wrongAnswers.append(u"%1/%2: %3"_s.arg(name).arg(good).arg(
                        r.ok() ? u"signed in"_s : r.error().message));
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_TRUE(wrongAnswers.isEmpty()) << qPrintable(wrongAnswers.join(u'\n'));
}

} // namespace
} // namespace remotegpu
