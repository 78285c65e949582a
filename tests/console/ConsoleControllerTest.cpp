#include "ConsoleController.h"
#include "ApiClient.h"
#include "CannedHttpServer.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "QtPrinters.h"
#include "Session.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using remotegpu::CommandLine;
using remotegpu::test::CannedHttpServer;
using remotegpu::ui::ConsoleController;

namespace {

constexpr auto LoginAnswer = R"({"code":0,"message":"ok","traceId":"t","data":{
    "accessToken":"acc","user":{"username":"admin","role":"admin"}}})";

} // namespace

TEST(ConsoleController, SmokeTestShowsTheMainWindowAndFinishesWithZero)
{
    CommandLine::Options options;
    options.smokeTest = true;
    ConsoleController console(options);
    QSignalSpy finished(&console, &ConsoleController::finished);
    console.start();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.constFirst().constFirst().toInt(), 0);
    EXPECT_TRUE(console.mainWindow()->isVisible());
    EXPECT_FALSE(console.loginDialog()->isVisible());
}

TEST(ConsoleController, GoesFromSignInToTheMainWindowAndBack)
{
    CannedHttpServer server;
    ASSERT_TRUE(server.listen());
    server.enqueue(200, QByteArray(LoginAnswer));
    server.enqueue(200, R"({"code":0,"message":"ok","traceId":"t","data":null})"_ba);

    CommandLine::Options options;
    options.server = server.url();
    ConsoleController console(options);
    QSignalSpy finished(&console, &ConsoleController::finished);
    console.start();

    // No saved sign-in (no keychain here): the login dialog asks, with the server filled in and
    // no error, since a first start is not a failure.
    auto *login = console.loginDialog();
    ASSERT_TRUE(QTest::qWaitFor([&] { return login->isVisible(); }, 10000));
    EXPECT_EQ(login->serverUrl(), server.url());
    EXPECT_TRUE(login->message().isEmpty()) << login->message().toStdString();
    EXPECT_FALSE(console.mainWindow()->isVisible());

    login->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"admin"_s);
    login->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"pw"_s);
    login->submit();
    ASSERT_TRUE(QTest::qWaitFor([&] { return console.mainWindow()->isVisible(); }, 10000));
    EXPECT_FALSE(login->isVisible());
    EXPECT_TRUE(console.session()->isSignedIn());

    auto *signOut = console.mainWindow()->findChild<QAction *>(u"signOutAction"_s);
    ASSERT_NE(signOut, nullptr);
    ASSERT_TRUE(signOut->isEnabled());
    signOut->trigger();
    EXPECT_TRUE(login->isVisible());
    EXPECT_FALSE(console.mainWindow()->isVisible());
    EXPECT_FALSE(console.session()->isSignedIn());
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requests().size() == 2; }, 10000));
    EXPECT_EQ(server.requests().constLast().target, "/api/auth/logout"_ba);
    EXPECT_EQ(server.requests().constLast().header("Authorization"_ba), "Bearer acc"_ba);

    EXPECT_TRUE(finished.isEmpty());
    login->reject();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.constFirst().constFirst().toInt(), 0);
}

TEST(ConsoleController, ClosingTheMainWindowFinishes)
{
    CannedHttpServer server;
    ASSERT_TRUE(server.listen());
    server.enqueue(200, QByteArray(LoginAnswer));
    CommandLine::Options options;
    ConsoleController console(options);
    QSignalSpy finished(&console, &ConsoleController::finished);
    console.start();
    auto *login = console.loginDialog();
    ASSERT_TRUE(login->isVisible());
    login->setServerUrl(server.url());
    login->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"admin"_s);
    login->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"pw"_s);
    login->submit();
    ASSERT_TRUE(QTest::qWaitFor([&] { return console.mainWindow()->isVisible(); }, 10000));

    EXPECT_TRUE(console.mainWindow()->close());
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(finished.constFirst().constFirst().toInt(), 0);
}
