#include "LoginDialog.h"
#include "ApiClient.h"
#include "CannedHttpServer.h"
#include "ConsoleServer.h"
#include "LocalServer.h"
#include "QtPrinters.h"
#include "ServerProcess.h"
#include "Session.h"
#include "TestDatabase.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using remotegpu::ApiClient;
using remotegpu::LocalServer;
using remotegpu::Session;
using remotegpu::test::CannedHttpServer;
using remotegpu::test::ConsoleServer;
using remotegpu::ui::LoginDialog;

namespace {

class LoginDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = ConsoleServer::shared();
        ASSERT_NE(server, nullptr);
    }

    void fill(LoginDialog &dialog, const QUrl &url, const QString &user, const QString &password)
    {
        dialog.findChild<QLineEdit *>(u"serverEdit"_s)->setText(url.toString());
        dialog.findChild<QLineEdit *>(u"userEdit"_s)->setText(user);
        dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
    }

    void clickSignIn(LoginDialog &dialog)
    {
        auto *button = dialog.findChild<QPushButton *>(u"signInButton"_s);
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    ConsoleServer *server = nullptr;
    ApiClient api;
    Session session{&api, u"RemoteGPU Console Test"_s};
};

} // namespace

TEST_F(LoginDialogTest, ShowsTheServersErrorMessageAndStaysOpen)
{
    LoginDialog dialog(&api, &session, nullptr);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, server->url(), u"acme.carol"_s, u"not-her-password"_s);
    clickSignIn(dialog);

    // The click returned before any answer: the wait happens in the event loop, not in it.
    auto *button = dialog.findChild<QPushButton *>(u"signInButton"_s);
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_FALSE(button->isEnabled());

    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000));
    // The server's own words, whatever they are, and never which of the two was wrong.
    EXPECT_TRUE(dialog.message().contains(u"password"_s, Qt::CaseInsensitive))
        << dialog.message().toStdString();
    EXPECT_TRUE(dialog.findChild<QLabel *>(u"loginMessage"_s)->isVisible());
    EXPECT_TRUE(button->isEnabled());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(session.isSignedIn());
}

TEST_F(LoginDialogTest, ShowsConnectionRefused)
{
    LoginDialog dialog(&api, &session, nullptr);
    const QUrl closed(u"http://127.0.0.1:"_s + QString::number(CannedHttpServer::closedPort()));
    fill(dialog, closed, u"alice"_s, u"pw"_s);
    dialog.submit();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000));
    EXPECT_TRUE(dialog.message().contains(u"connection refused"_s))
        << dialog.message().toStdString();
}

TEST_F(LoginDialogTest, SignsInAndCloses)
{
    LoginDialog dialog(&api, &session, nullptr);
    dialog.show();
    fill(dialog, server->url(), u"galaxy"_s, server->demoPassword());
    clickSignIn(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 10000));
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_TRUE(session.isSignedIn());
    EXPECT_EQ(session.userName(), u"galaxy"_s);
    EXPECT_EQ(session.role(), u"customer_owner"_s);
    EXPECT_FALSE(api.accessToken().isEmpty());
    EXPECT_EQ(api.baseUrl(), server->url());
}

// After a refused attempt, Return in the password field signs in; it used to press Cancel, which
// had become the default button while Sign In was disabled.
TEST_F(LoginDialogTest, ReturnSignsInAfterARefusedAttempt)
{
    LoginDialog dialog(&api, &session, nullptr);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, server->url(), u"deepblue.mia"_s, u"not-her-password"_s);
    auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
    password->setFocus();
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000));
    ASSERT_TRUE(dialog.isVisible());
    password->setText(server->demoPassword());
    password->setFocus();
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 10000))
        << dialog.message().toStdString();
    EXPECT_EQ(session.userName(), u"deepblue.mia"_s);
}

TEST_F(LoginDialogTest, AsksForMissingInputWithoutCallingTheServer)
{
    LoginDialog dialog(&api, &session, nullptr);
    // A canned peer records requests, which is what this test is about: none may be sent.
    CannedHttpServer peer;
    ASSERT_TRUE(peer.listen());
    fill(dialog, peer.url(), QString(), u"pw"_s);
    dialog.submit();
    EXPECT_EQ(dialog.message(), u"Enter your user name."_s);
    EXPECT_FALSE(dialog.isBusy()); // nothing is under way, so nothing can still arrive

    fill(dialog, QUrl(), u"alice"_s, u"pw"_s);
    dialog.submit();
    EXPECT_TRUE(dialog.message().startsWith(u"Enter the server's address"_s));
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_TRUE(peer.requests().isEmpty());
}

TEST_F(LoginDialogTest, CancelAbandonsTheAttempt)
{
    // A peer that never answers stands for a server that hangs, which a real one cannot be
    // made to do on demand.
    CannedHttpServer silent;
    ASSERT_TRUE(silent.listen());
    silent.setSilent(true);
    LoginDialog dialog(&api, &session, nullptr);
    dialog.show();
    fill(dialog, silent.url(), u"alice"_s, u"pw"_s);
    dialog.submit();
    ASSERT_TRUE(dialog.isBusy());
    dialog.reject();
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(LoginDialogTest, StartsTheBundledServerAndSignsInThere)
{
    // The real remotegpu-server as the bundled one, on a database of its own.
    auto database = remotegpu::test::TestDatabase::create(u"bundled"_s);
    ASSERT_NE(database, nullptr);
    LocalServer local;
    local.setProgram(QString::fromLocal8Bit(REMOTEGPU_SERVER_BINARY));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"REMOTEGPU_DATABASE_URL"_s, database->url());
    environment.insert(u"REMOTEGPU_BOOTSTRAP_ADMIN"_s, u"admin"_s);
    environment.insert(u"REMOTEGPU_BOOTSTRAP_PASSWORD"_s, u"Bundled-Admin-123"_s);
    local.setProcessEnvironment(environment);

    LoginDialog dialog(&api, &session, &local);
    dialog.show();
    auto *check = dialog.findChild<QCheckBox *>(u"localServerCheck"_s);
    ASSERT_NE(check, nullptr);
    EXPECT_TRUE(check->isVisible());
    dialog.findChild<QLineEdit *>(u"userEdit"_s)->setText(u"admin"_s);
    dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"Bundled-Admin-123"_s);
    check->setChecked(true);
    EXPECT_NE(local.state(), LocalServer::State::NotRunning);
    clickSignIn(dialog);

    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 60000))
        << dialog.message().toStdString();
    EXPECT_EQ(api.baseUrl(), local.url());
    EXPECT_NE(local.url().port(), 0);
    EXPECT_TRUE(session.isSignedIn());
    EXPECT_EQ(session.role(), u"admin"_s);
    EXPECT_TRUE(local.stop());
}

TEST_F(LoginDialogTest, ShowsWhyTheBundledServerFailed)
{
    LocalServer local;
    local.setProgram(u"/nonexistent/remotegpu-server"_s);
    LoginDialog dialog(&api, &session, &local);
    dialog.findChild<QLineEdit *>(u"userEdit"_s)->setText(u"admin"_s);
    dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"pw"_s);
    dialog.setUseLocalServer(true);
    dialog.submit();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000));
    EXPECT_TRUE(dialog.message().contains(u"/nonexistent/remotegpu-server"_s))
        << dialog.message().toStdString();
}
