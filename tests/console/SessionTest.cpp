#include "Session.h"
#include "ApiClient.h"
#include "CannedHttpServer.h"
#include "QtPrinters.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using remotegpu::ApiClient;
using remotegpu::Error;
using remotegpu::ErrorKind;
using remotegpu::Session;
using remotegpu::test::CannedHttpServer;

namespace {

const QString TestService = u"RemoteGPU Console Test"_s;

class SessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        api.setBaseUrl(server.url());
    }

    CannedHttpServer server;
    ApiClient api;
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

TEST_F(SessionTest, TakesTokensAndProfileFromTheLoginAnswer)
{
    Session session(&api, TestService);
    QSignalSpy signedIn(&session, &Session::signedIn);
    ASSERT_TRUE(
        session
            .applyTokens(QJsonObject{{u"accessToken"_s, u"acc"_s},
                                     {u"user"_s, QJsonObject{{u"username"_s, u"acme_corp"_s},
                                                             {u"role"_s, u"customer_owner"_s}}}})
            .ok());
    EXPECT_EQ(signedIn.size(), 1);
    EXPECT_TRUE(session.isSignedIn());
    EXPECT_EQ(session.userName(), u"acme_corp"_s);
    EXPECT_EQ(session.displayName(), u"acme_corp"_s);
    EXPECT_EQ(session.role(), u"customer_owner"_s);
    EXPECT_EQ(api.accessToken(), u"acc"_s);
}

TEST_F(SessionTest, FetchesTheProfileWhenTheAnswerHasNone)
{
    server.enqueue(200, R"({"code":0,"message":"ok","traceId":"t","data":
                           {"username":"admin","role":"admin","displayName":"System Admin"}})"_ba);
    Session session(&api, TestService);
    QSignalSpy profileChanged(&session, &Session::profileChanged);
    ASSERT_TRUE(session.applyTokens(QJsonObject{{u"accessToken"_s, u"acc"_s}}).ok());
    ASSERT_TRUE(profileChanged.wait(10000));
    EXPECT_EQ(session.displayName(), u"System Admin"_s);
    const auto request = server.requests().constFirst();
    EXPECT_EQ(request.target, "/api/auth/profile"_ba);
    EXPECT_EQ(request.header("Authorization"_ba), "Bearer acc"_ba);
}

TEST_F(SessionTest, SaysSoAndWritesNoFileWhenNoKeychainIsAvailable)
{
    // main() pointed the session bus nowhere: no Secret Service is reachable.
    const QByteArray secret = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    Session session(&api, TestService);
    QSignalSpy notStored(&session, &Session::refreshTokenNotStored);
    QSignalSpy stored(&session, &Session::refreshTokenStored);
    ASSERT_TRUE(session
                    .applyTokens(QJsonObject{{u"accessToken"_s, u"acc"_s},
                                             {u"refreshToken"_s, QString::fromLatin1(secret)},
                                             {u"user"_s, QJsonObject{{u"username"_s, u"a"_s}}}})
                    .ok());
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
    ASSERT_TRUE(failed.wait(20000));
    const Error error = failed.constFirst().constFirst().value<Error>();
    EXPECT_TRUE(error.message.contains(u"Sign in with your user name and password"_s))
        << error.message.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
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
    CannedHttpServer server;
    ASSERT_TRUE(server.listen());
    ApiClient api;
    api.setBaseUrl(server.url());
    const QString service = u"RemoteGPU Console Test "_s + QUuid::createUuid().toString();
    const QString refreshToken = u"refresh-"_s + QUuid::createUuid().toString();

    {
        Session first(&api, service);
        QSignalSpy stored(&first, &Session::refreshTokenStored);
        QSignalSpy notStored(&first, &Session::refreshTokenNotStored);
        ASSERT_TRUE(first
                        .applyTokens(QJsonObject{{u"accessToken"_s, u"acc1"_s},
                                                 {u"refreshToken"_s, refreshToken},
                                                 {u"user"_s, QJsonObject{{u"username"_s, u"a"_s}}}})
                        .ok());
        ASSERT_TRUE(stored.wait(20000))
            << (notStored.isEmpty() ? std::string("no answer from the keychain")
                                    : notStored.constFirst().constFirst().toString().toStdString());
    }

    // A new console process: no tokens in memory, only what the keychain kept.
    server.enqueue(200, R"({"code":0,"message":"ok","traceId":"t","data":
                           {"accessToken":"acc2","user":{"username":"a","role":"admin"}}})"_ba);
    ApiClient freshApi;
    freshApi.setBaseUrl(server.url());
    Session second(&freshApi, service);
    QSignalSpy signedIn(&second, &Session::signedIn);
    QSignalSpy resumeFailed(&second, &Session::resumeFailed);
    second.resume();
    ASSERT_TRUE(signedIn.wait(20000))
        << (resumeFailed.isEmpty()
                ? std::string("no answer")
                : resumeFailed.constFirst().constFirst().value<Error>().message.toStdString());
    EXPECT_EQ(second.accessToken(), u"acc2"_s);
    const auto request = server.requests().constLast();
    EXPECT_EQ(request.target, "/api/auth/refresh"_ba);
    EXPECT_EQ(QJsonDocument::fromJson(request.body).object().value(u"refreshToken"_s).toString(),
              refreshToken);

    // Signing out forgets it: the next start has nothing to resume.
    server.enqueue(200, R"({"code":0,"message":"ok","traceId":"t","data":null})"_ba);
    second.signOut();
    Session third(&freshApi, service);
    QSignalSpy thirdFailed(&third, &Session::resumeFailed);
    third.resume();
    ASSERT_TRUE(thirdFailed.wait(20000));
    EXPECT_EQ(thirdFailed.constFirst().constFirst().value<Error>().kind, ErrorKind::Unauthorized);
}
