#include "Session.h"
#include "ApiClient.h"
#include "ConsoleServer.h"
#include "QtPrinters.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUuid>

#include <optional>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using remotegpu::ApiClient;
using remotegpu::Error;
using remotegpu::ErrorKind;
using remotegpu::Session;
using remotegpu::test::ConsoleServer;
using remotegpu::test::SignedInClient;

namespace {

const QString TestService = u"RemoteGPU Console Test"_s;

// Sessions run against the real server (with the demo data), so a change in what the server's
// sign-in answers carry breaks these tests, not the console in the field.
class SessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = ConsoleServer::shared();
        ASSERT_NE(server, nullptr);
        api.setBaseUrl(server->url());
    }

    // The data of a real /api/auth/login answer.
    QJsonObject loginAnswer(const QString &user, const QString &password)
    {
        std::optional<remotegpu::Result<QJsonValue>> answer;
        api.post(u"/api/auth/login"_s,
                 QJsonObject{{u"username"_s, user}, {u"password"_s, password}}, &context,
                 [&](remotegpu::Result<QJsonValue> r) { answer.emplace(std::move(r)); });
        EXPECT_TRUE(remotegpu::test::waitFor([&] { return answer.has_value(); }));
        if (!answer || !answer->ok()) {
            ADD_FAILURE() << "login failed";
            return {};
        }
        return answer->value().toObject();
    }

    ConsoleServer *server = nullptr;
    ApiClient api;
    QObject context;
};

// True if any file under `directory` contains `secret`.
bool anyFileContains(const QString &directory, const QByteArray &secret)
{
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            return true;
    }
    return false;
}

} // namespace

TEST_F(SessionTest, RefusesAnAnswerWithoutAccessToken)
{
    Session session(&api, TestService);
    const auto applied = session.applyTokens(QJsonObject{{u"user"_s, QJsonObject{}}});
    ASSERT_FALSE(applied.ok());
    EXPECT_TRUE(applied.error().message.contains(u"no access token"_s));
    EXPECT_FALSE(session.isSignedIn());
}

TEST_F(SessionTest, TakesTokensAndProfileFromTheServersLoginAnswer)
{
    const QJsonObject answer = loginAnswer(u"acme"_s, server->demoPassword());
    // The fields the console relies on, as the server sends them.
    ASSERT_FALSE(answer.value(u"accessToken"_s).toString().isEmpty());
    ASSERT_FALSE(answer.value(u"refreshToken"_s).toString().isEmpty());
    EXPECT_GT(answer.value(u"expiresIn"_s).toInt(), 0);

    Session session(&api, TestService);
    QSignalSpy signedIn(&session, &Session::signedIn);
    ASSERT_TRUE(session.applyTokens(answer).ok());
    EXPECT_EQ(signedIn.size(), 1);
    EXPECT_TRUE(session.isSignedIn());
    EXPECT_EQ(session.userName(), u"acme"_s);
    EXPECT_EQ(session.role(), u"customer_owner"_s);
    EXPECT_EQ(api.accessToken(), answer.value(u"accessToken"_s).toString());
    EXPECT_EQ(session.refreshToken(), answer.value(u"refreshToken"_s).toString());
}

TEST_F(SessionTest, FetchesTheProfileWhenTheAnswerHasNone)
{
    QJsonObject answer =
        loginAnswer(QString::fromLatin1(ConsoleServer::AdminUser), server->adminPassword());
    answer.remove(u"user"_s);
    answer.remove(u"refreshToken"_s); // nothing for the keychain
    Session session(&api, TestService);
    QSignalSpy profileChanged(&session, &Session::profileChanged);
    ASSERT_TRUE(session.applyTokens(answer).ok());
    ASSERT_TRUE(profileChanged.wait(10000));
    EXPECT_EQ(session.userName(), u"admin"_s);
    EXPECT_EQ(session.role(), u"admin"_s);
}

TEST_F(SessionTest, RenewsARefusedAccessTokenAndRetriesTheRequest)
{
    auto client = SignedInClient::signIn(server->url(), u"galaxy"_s, server->demoPassword());
    ASSERT_NE(client, nullptr);
    const QString firstRefresh = client->session->refreshToken();
    // The server refuses this token (its signature is broken), as it refuses an expired one:
    // the request is held, the session renews with the refresh token, and it goes out again.
    QString broken = client->api->accessToken();
    broken[broken.size() - 2] = broken.at(broken.size() - 2) == u'A' ? u'B' : u'A';
    client->api->setAccessToken(broken);
    QSignalSpy reauth(client->session.get(), &Session::reauthenticationRequired);

    std::optional<remotegpu::Result<QJsonValue>> profile;
    client->api->get(u"/api/auth/profile"_s, {}, &context,
                     [&](remotegpu::Result<QJsonValue> r) { profile.emplace(std::move(r)); });
    ASSERT_TRUE(remotegpu::test::waitFor([&] { return profile.has_value(); }));
    ASSERT_TRUE(profile->ok()) << profile->error().message.toStdString();
    EXPECT_EQ(profile->value().toObject().value(u"username"_s).toString(), u"galaxy"_s);
    EXPECT_NE(client->api->accessToken(), broken);
    EXPECT_NE(client->session->refreshToken(), firstRefresh); // the server rotates it
    EXPECT_TRUE(reauth.isEmpty());
    EXPECT_FALSE(client->api->isHoldingRequests());
}

TEST_F(SessionTest, AsksForANewSignInWhenTheRefreshTokenIsRefusedToo)
{
    auto client = SignedInClient::signIn(server->url(), u"deepblue"_s, server->demoPassword());
    ASSERT_NE(client, nullptr);
    // The refresh token is revoked behind the session's back (as a sign-out from another
    // window of the same sign-in would).
    std::optional<remotegpu::Result<QJsonValue>> loggedOut;
    client->api->post(u"/api/auth/logout"_s,
                      QJsonObject{{u"refreshToken"_s, client->session->refreshToken()}}, &context,
                      [&](remotegpu::Result<QJsonValue> r) { loggedOut.emplace(std::move(r)); });
    ASSERT_TRUE(remotegpu::test::waitFor([&] { return loggedOut.has_value(); }));
    ASSERT_TRUE(loggedOut->ok()) << loggedOut->error().message.toStdString();
    QString broken = client->api->accessToken();
    broken[broken.size() - 2] = broken.at(broken.size() - 2) == u'A' ? u'B' : u'A';
    client->api->setAccessToken(broken);

    QSignalSpy reauth(client->session.get(), &Session::reauthenticationRequired);
    std::optional<remotegpu::Result<QJsonValue>> profile;
    client->api->get(u"/api/auth/profile"_s, {}, &context,
                     [&](remotegpu::Result<QJsonValue> r) { profile.emplace(std::move(r)); });
    ASSERT_TRUE(reauth.wait(15000));
    // Still signed in as far as the window is concerned, the request waiting, not failed.
    EXPECT_TRUE(client->session->isSignedIn());
    EXPECT_FALSE(profile.has_value());
    EXPECT_TRUE(client->api->isHoldingRequests());

    // The person signs in again: the held request goes out and answers.
    std::optional<remotegpu::Result<QJsonValue>> relogin;
    client->api->post(
        u"/api/auth/login"_s,
        QJsonObject{{u"username"_s, u"deepblue"_s}, {u"password"_s, server->demoPassword()}},
        &context, [&](remotegpu::Result<QJsonValue> r) { relogin.emplace(std::move(r)); });
    ASSERT_TRUE(remotegpu::test::waitFor([&] { return relogin.has_value(); }));
    ASSERT_TRUE(relogin->ok());
    ASSERT_TRUE(client->session->applyTokens(relogin->value()).ok());
    ASSERT_TRUE(remotegpu::test::waitFor([&] { return profile.has_value(); }));
    ASSERT_TRUE(profile->ok()) << profile->error().message.toStdString();
    EXPECT_EQ(profile->value().toObject().value(u"username"_s).toString(), u"deepblue"_s);
}

TEST_F(SessionTest, SaysSoAndWritesNoFileWhenNoKeychainIsAvailable)
{
    // main() pointed the session bus nowhere: no Secret Service is reachable.
    const QJsonObject answer = loginAnswer(u"acme.bob"_s, server->demoPassword());
    const QByteArray secret = answer.value(u"refreshToken"_s).toString().toLatin1();
    ASSERT_FALSE(secret.isEmpty());
    Session session(&api, TestService);
    QSignalSpy notStored(&session, &Session::refreshTokenNotStored);
    QSignalSpy stored(&session, &Session::refreshTokenStored);
    ASSERT_TRUE(session.applyTokens(answer).ok());
    ASSERT_TRUE(notStored.wait(20000));
    EXPECT_TRUE(stored.isEmpty());
    const QString message = notStored.constFirst().constFirst().toString();
    EXPECT_TRUE(message.contains(u"no system keychain is available"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"sign in again next time"_s));
    // Signed in all the same: only remembering failed.
    EXPECT_TRUE(session.isSignedIn());
    EXPECT_EQ(session.refreshToken(), QString::fromLatin1(secret));
    EXPECT_FALSE(anyFileContains(qEnvironmentVariable("XDG_CONFIG_HOME"), secret));
    EXPECT_FALSE(anyFileContains(QDir::homePath() + u"/.config"_s, secret));
}

TEST_F(SessionTest, ResumeWithoutAKeychainAsksToSignIn)
{
    Session session(&api, TestService);
    QSignalSpy failed(&session, &Session::resumeFailed);
    session.resume();
    QSignalSpy signedIn(&session, &Session::signedIn);
    ASSERT_TRUE(failed.wait(20000));
    const Error error = failed.constFirst().constFirst().value<Error>();
    EXPECT_TRUE(error.message.contains(u"Sign in with your user name and password"_s))
        << error.message.toStdString();
    EXPECT_TRUE(signedIn.isEmpty());
}

TEST_F(SessionTest, KeychainKeysAreKeptPerServer)
{
    EXPECT_EQ(Session::keychainKeyFor(QUrl(u"http://user:pw@10.0.0.5:8080/"_s)),
              u"refresh-token http://10.0.0.5:8080"_s);
    EXPECT_NE(Session::keychainKeyFor(QUrl(u"http://10.0.0.5:8080"_s)),
              Session::keychainKeyFor(QUrl(u"http://10.0.0.6:8080"_s)));
}

// Run by the test_console_keychain ctest only, inside a private D-Bus session with an unlocked
// GNOME Keyring (see with-keychain.sh and main.cpp).
TEST(KeychainSession, RemembersTheSignInAcrossSessions)
{
    ConsoleServer *server = ConsoleServer::shared();
    ASSERT_NE(server, nullptr);
    const QString service = u"RemoteGPU Console Test "_s + QUuid::createUuid().toString();
    QString refreshToken;

    {
        auto first = SignedInClient::signIn(server->url(), u"galaxy.liu"_s, server->demoPassword());
        ASSERT_NE(first, nullptr);
        // Signed in with the test's own keychain service, so the token is stored there.
        Session remembering(first->api.get(), service);
        QSignalSpy stored(&remembering, &Session::refreshTokenStored);
        QSignalSpy notStored(&remembering, &Session::refreshTokenNotStored);
        std::optional<remotegpu::Result<QJsonValue>> login;
        QObject context;
        first->api->post(
            u"/api/auth/login"_s,
            QJsonObject{{u"username"_s, u"galaxy.liu"_s}, {u"password"_s, server->demoPassword()}},
            &context, [&](remotegpu::Result<QJsonValue> r) { login.emplace(std::move(r)); });
        ASSERT_TRUE(remotegpu::test::waitFor([&] { return login.has_value(); }));
        ASSERT_TRUE(login->ok());
        ASSERT_TRUE(remembering.applyTokens(login->value()).ok());
        refreshToken = remembering.refreshToken();
        ASSERT_TRUE(stored.wait(20000))
            << (notStored.isEmpty() ? std::string("no answer from the keychain")
                                    : notStored.constFirst().constFirst().toString().toStdString());
    }

    // A new console process: no tokens in memory, only what the keychain kept.
    ApiClient freshApi;
    freshApi.setBaseUrl(server->url());
    Session second(&freshApi, service);
    QSignalSpy signedIn(&second, &Session::signedIn);
    QSignalSpy resumeFailed(&second, &Session::resumeFailed);
    second.resume();
    ASSERT_TRUE(signedIn.wait(20000))
        << (resumeFailed.isEmpty()
                ? std::string("no answer")
                : resumeFailed.constFirst().constFirst().value<Error>().message.toStdString());
    EXPECT_FALSE(second.accessToken().isEmpty());
    EXPECT_EQ(second.userName(), u"galaxy.liu"_s);
    EXPECT_NE(second.refreshToken(), refreshToken); // rotated by the server on use

    // Signing out forgets it: the next start has nothing to resume.
    second.signOut();
    Session third(&freshApi, service);
    QSignalSpy thirdFailed(&third, &Session::resumeFailed);
    third.resume();
    ASSERT_TRUE(thirdFailed.wait(20000));
    EXPECT_EQ(thirdFailed.constFirst().constFirst().value<Error>().kind, ErrorKind::Unauthorized);
}
