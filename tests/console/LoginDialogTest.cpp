#include "LoginDialog.h"
#include "ApiClient.h"
#include "CannedHttpServer.h"
#include "LocalServer.h"
#include "QtPrinters.h"
#include "Session.h"

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
using remotegpu::ui::LoginDialog;

namespace {

class LoginDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

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

    CannedHttpServer server;
    ApiClient api;
    Session session{&api, u"RemoteGPU Console Test"_s};
};

} // namespace

TEST_F(LoginDialogTest, ShowsTheServersErrorMessageAndStaysOpen)
{
    server.enqueue(401, R"({"code":401,"message":"Wrong user name or password.","data":null,
                           "traceId":"t"})"_ba);
    LoginDialog dialog(&api, &session, nullptr);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, server.url(), u"alice"_s, u"not-her-password"_s);
    clickSignIn(dialog);

    // The click returned before any answer: the wait happens in the event loop, not in it.
    auto *button = dialog.findChild<QPushButton *>(u"signInButton"_s);
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_FALSE(button->isEnabled());

    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000));
    EXPECT_EQ(dialog.message(), u"Wrong user name or password."_s);
    EXPECT_TRUE(dialog.findChild<QLabel *>(u"loginMessage"_s)->isVisible());
    EXPECT_TRUE(button->isEnabled());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(session.isSignedIn());

    ASSERT_EQ(server.requests().size(), 1);
    const auto request = server.requests().constFirst();
    EXPECT_EQ(request.method, "POST"_ba);
    EXPECT_EQ(request.target, "/api/auth/login"_ba);
    EXPECT_EQ(QJsonDocument::fromJson(request.body).object(),
              (QJsonObject{{u"username"_s, u"alice"_s}, {u"password"_s, u"not-her-password"_s}}));
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
    server.enqueue(200, R"({"code":0,"message":"ok","traceId":"t","data":{"accessToken":"acc",
                           "user":{"username":"alice","role":"customer_owner"}}})"_ba);
    LoginDialog dialog(&api, &session, nullptr);
    dialog.show();
    fill(dialog, server.url(), u"alice"_s, u"right"_s);
    clickSignIn(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 10000));
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_TRUE(session.isSignedIn());
    EXPECT_EQ(session.userName(), u"alice"_s);
    EXPECT_EQ(api.accessToken(), u"acc"_s);
    EXPECT_EQ(api.baseUrl(), server.url());
}

TEST_F(LoginDialogTest, AsksForMissingInputWithoutCallingTheServer)
{
    LoginDialog dialog(&api, &session, nullptr);
    fill(dialog, server.url(), QString(), u"pw"_s);
    dialog.submit();
    EXPECT_EQ(dialog.message(), u"Enter your user name."_s);

    fill(dialog, QUrl(), u"alice"_s, u"pw"_s);
    dialog.submit();
    EXPECT_TRUE(dialog.message().startsWith(u"Enter the server's address"_s));
    EXPECT_FALSE(dialog.isBusy());
    QTest::qWait(50);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(LoginDialogTest, CancelAbandonsTheAttempt)
{
    server.setSilent(true);
    LoginDialog dialog(&api, &session, nullptr);
    dialog.show();
    fill(dialog, server.url(), u"alice"_s, u"pw"_s);
    dialog.submit();
    ASSERT_TRUE(dialog.isBusy());
    dialog.reject();
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(LoginDialogTest, StartsTheBundledServerAndSignsInThere)
{
    server.enqueue(200, R"({"code":0,"message":"ok","traceId":"t","data":{"accessToken":"acc",
                           "user":{"username":"admin","role":"admin"}}})"_ba);
    LocalServer local;
    local.setProgram(QString::fromLocal8Bit(REMOTEGPU_FAKE_SERVER));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The stand-in server announces the canned server's port as its own.
    environment.insert(u"FAKE_SERVER_PORT"_s, QString::number(server.url().port()));
    local.setProcessEnvironment(environment);

    LoginDialog dialog(&api, &session, &local);
    dialog.show();
    auto *check = dialog.findChild<QCheckBox *>(u"localServerCheck"_s);
    ASSERT_NE(check, nullptr);
    EXPECT_TRUE(check->isVisible());
    dialog.findChild<QLineEdit *>(u"userEdit"_s)->setText(u"admin"_s);
    dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"pw"_s);
    check->setChecked(true);
    EXPECT_NE(local.state(), LocalServer::State::NotRunning);
    clickSignIn(dialog);

    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 10000))
        << dialog.message().toStdString();
    EXPECT_EQ(api.baseUrl(), local.url());
    EXPECT_EQ(local.url().port(), server.url().port());
    EXPECT_TRUE(session.isSignedIn());
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
