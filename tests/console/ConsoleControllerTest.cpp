#include "ConsoleController.h"
#include "ApiClient.h"
#include "ConsoleServer.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "QtPrinters.h"
#include "Session.h"

#include <QAction>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <optional>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using remotegpu::CommandLine;
using remotegpu::test::ConsoleServer;
using remotegpu::ui::ConsoleController;

namespace {

void signInThroughTheDialog(remotegpu::ui::LoginDialog *login, const QString &user,
                            const QString &password)
{
    login->findChild<QLineEdit *>(u"userEdit"_s)->setText(user);
    login->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
    login->submit();
}

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
    ConsoleServer *server = ConsoleServer::shared();
    ASSERT_NE(server, nullptr);
    CommandLine::Options options;
    options.server = server->url();
    ConsoleController console(options);
    QSignalSpy finished(&console, &ConsoleController::finished);
    console.start();

    // No saved sign-in (no keychain here): the login dialog asks, with the server filled in and
    // no error, since a first start is not a failure.
    auto *login = console.loginDialog();
    ASSERT_TRUE(QTest::qWaitFor([&] { return login->isVisible(); }, 10000));
    EXPECT_EQ(login->serverUrl(), server->url());
    EXPECT_TRUE(login->message().isEmpty()) << login->message().toStdString();
    EXPECT_FALSE(console.mainWindow()->isVisible());

    signInThroughTheDialog(login, u"admin"_s, server->adminPassword());
    ASSERT_TRUE(QTest::qWaitFor([&] { return console.mainWindow()->isVisible(); }, 10000))
        << login->message().toStdString();
    EXPECT_FALSE(login->isVisible());
    EXPECT_TRUE(console.session()->isSignedIn());
    EXPECT_EQ(console.session()->role(), u"admin"_s);
    // An administrator gets the fleet sections.
    EXPECT_EQ(console.mainWindow()->sections().size(), remotegpu::ui::MainWindow::SectionCount);

    auto *signOut = console.mainWindow()->findChild<QAction *>(u"signOutAction"_s);
    ASSERT_NE(signOut, nullptr);
    ASSERT_TRUE(signOut->isEnabled());
    const QString refreshToken = console.session()->refreshToken();
    signOut->trigger();
    EXPECT_TRUE(login->isVisible());
    EXPECT_FALSE(console.mainWindow()->isVisible());
    EXPECT_FALSE(console.session()->isSignedIn());

    // The sign-out reached the server: the refresh token no longer works.
    remotegpu::ApiClient probe;
    probe.setBaseUrl(server->url());
    std::optional<remotegpu::Result<QJsonValue>> refreshed;
    QObject context;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (refreshed && !refreshed->ok())
                return true;
            refreshed.reset();
            probe.post(u"/api/auth/refresh"_s, QJsonObject{{u"refreshToken"_s, refreshToken}},
                       &context,
                       [&](remotegpu::Result<QJsonValue> r) { refreshed.emplace(std::move(r)); });
            return QTest::qWaitFor([&] { return refreshed.has_value(); }, 5000) && !refreshed->ok();
        },
        10000));
    EXPECT_EQ(refreshed->error().kind, remotegpu::ErrorKind::Unauthorized);

    EXPECT_TRUE(finished.isEmpty());
    login->reject();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.constFirst().constFirst().toInt(), 0);
}

TEST(ConsoleController, ACustomerOwnerGetsTheTenantsSections)
{
    ConsoleServer *server = ConsoleServer::shared();
    ASSERT_NE(server, nullptr);
    CommandLine::Options options;
    options.server = server->url();
    ConsoleController console(options);
    console.start();
    auto *login = console.loginDialog();
    ASSERT_TRUE(QTest::qWaitFor([&] { return login->isVisible(); }, 10000));
    signInThroughTheDialog(login, u"acme"_s, server->demoPassword());
    ASSERT_TRUE(QTest::qWaitFor([&] { return console.mainWindow()->isVisible(); }, 10000))
        << login->message().toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return console.session()->role() == u"customer_owner"_s; }, 10000));
    const auto sections = console.mainWindow()->sections();
    EXPECT_FALSE(sections.contains(remotegpu::ui::MainWindow::Section::Customers));
    EXPECT_FALSE(sections.contains(remotegpu::ui::MainWindow::Section::Audit));
    EXPECT_EQ(console.mainWindow()->view(remotegpu::ui::MainWindow::Section::Customers) != nullptr,
              true); // built, but not offered
}

TEST(ConsoleController, AnExpiredSignInIsRenewedOverTheOpenWindowAndNothingIsLost)
{
    ConsoleServer *server = ConsoleServer::shared();
    ASSERT_NE(server, nullptr);
    CommandLine::Options options;
    options.server = server->url();
    ConsoleController console(options);
    console.start();
    auto *login = console.loginDialog();
    ASSERT_TRUE(QTest::qWaitFor([&] { return login->isVisible(); }, 10000));
    signInThroughTheDialog(login, u"admin"_s, server->adminPassword());
    ASSERT_TRUE(QTest::qWaitFor([&] { return console.mainWindow()->isVisible(); }, 10000));

    // The refresh token is revoked elsewhere and the access token is refused: the next request
    // cannot be renewed silently.
    remotegpu::ApiClient *api = console.api();
    std::optional<remotegpu::Result<QJsonValue>> loggedOut;
    QObject context;
    api->post(u"/api/auth/logout"_s,
              QJsonObject{{u"refreshToken"_s, console.session()->refreshToken()}}, &context,
              [&](remotegpu::Result<QJsonValue> r) { loggedOut.emplace(std::move(r)); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return loggedOut.has_value(); }, 10000));
    QString broken = api->accessToken();
    broken[broken.size() - 2] = broken.at(broken.size() - 2) == u'A' ? u'B' : u'A';
    api->setAccessToken(broken);

    std::optional<remotegpu::Result<QJsonValue>> machines;
    api->get(u"/api/admin/machines"_s, {}, &context,
             [&](remotegpu::Result<QJsonValue> r) { machines.emplace(std::move(r)); });

    // The sign-in dialog comes over the window, which stays open, the user name filled in.
    ASSERT_TRUE(QTest::qWaitFor([&] { return login->isVisible(); }, 15000));
    EXPECT_TRUE(console.mainWindow()->isVisible());
    EXPECT_FALSE(login->message().isEmpty());
    EXPECT_EQ(login->findChild<QLineEdit *>(u"userEdit"_s)->text(), u"admin"_s);
    EXPECT_FALSE(machines.has_value());

    login->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(server->adminPassword());
    login->submit();
    ASSERT_TRUE(QTest::qWaitFor([&] { return machines.has_value(); }, 15000));
    ASSERT_TRUE(machines->ok()) << machines->error().message.toStdString();
    EXPECT_EQ(machines->value().toObject().value(u"total"_s).toInt(), 24);
    EXPECT_FALSE(login->isVisible());
    EXPECT_TRUE(console.mainWindow()->isVisible());
}

TEST(ConsoleController, ClosingTheMainWindowFinishes)
{
    ConsoleServer *server = ConsoleServer::shared();
    ASSERT_NE(server, nullptr);
    CommandLine::Options options;
    ConsoleController console(options);
    QSignalSpy finished(&console, &ConsoleController::finished);
    console.start();
    auto *login = console.loginDialog();
    ASSERT_TRUE(login->isVisible());
    login->setServerUrl(server->url());
    signInThroughTheDialog(login, u"admin"_s, server->adminPassword());
    ASSERT_TRUE(QTest::qWaitFor([&] { return console.mainWindow()->isVisible(); }, 10000));

    EXPECT_TRUE(console.mainWindow()->close());
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(finished.constFirst().constFirst().toInt(), 0);
}
