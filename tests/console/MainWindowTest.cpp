#include "MainWindow.h"
#include "ApiClient.h"
#include "QtPrinters.h"
#include "SectionView.h"
#include "Session.h"

#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using remotegpu::ApiClient;
using remotegpu::Session;
using remotegpu::ui::MainWindow;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    ApiClient api;
    Session session{&api, u"RemoteGPU Console Test"_s};
};

} // namespace

TEST_F(MainWindowTest, OpensOffscreenAndClosesCleanly)
{
    auto window = std::make_unique<MainWindow>(&api, &session);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    EXPECT_TRUE(window->close());
    EXPECT_FALSE(window->isVisible());
    QPointer<QListWidget> navigation = window->findChild<QListWidget *>(u"navigation"_s);
    window.reset();
    EXPECT_TRUE(navigation.isNull());
}

TEST_F(MainWindowTest, HasEveryNavigationEntry)
{
    MainWindow window(&api, &session);
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    ASSERT_NE(navigation, nullptr);
    QStringList entries;
    for (int row = 0; row < navigation->count(); ++row)
        entries << navigation->item(row)->text();
    EXPECT_EQ(entries, (QStringList{u"Dashboard"_s, u"Machines"_s, u"Customers"_s, u"Allocations"_s,
                                    u"Utilisation"_s, u"Alerts"_s, u"Audit"_s, u"Settings"_s,
                                    u"Webhooks"_s}));
    EXPECT_EQ(navigation->count(), MainWindow::SectionCount);
}

TEST_F(MainWindowTest, ClickingAnEntrySwitchesTheView)
{
    MainWindow window(&api, &session);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    auto *views = window.findChild<QStackedWidget *>(u"sectionViews"_s);
    ASSERT_NE(navigation, nullptr);
    ASSERT_NE(views, nullptr);
    EXPECT_EQ(window.currentSection(), MainWindow::Section::Dashboard);

    const QStringList viewNames{u"dashboardView"_s,   u"machinesView"_s,    u"customersView"_s,
                                u"allocationsView"_s, u"utilisationView"_s, u"alertsView"_s,
                                u"auditView"_s,       u"settingsView"_s,    u"webhooksView"_s};
    for (int row = navigation->count() - 1; row >= 0; --row) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        EXPECT_EQ(views->currentWidget()->objectName(), viewNames.at(row));
        EXPECT_EQ(static_cast<int>(window.currentSection()), row);
        auto *view = window.view(window.currentSection());
        ASSERT_NE(view, nullptr);
        EXPECT_EQ(view->title(), navigation->item(row)->text());
        EXPECT_FALSE(view->description().isEmpty());
    }

    window.showSection(MainWindow::Section::Audit);
    EXPECT_EQ(views->currentWidget()->objectName(), u"auditView"_s);
    EXPECT_EQ(navigation->currentRow(), static_cast<int>(MainWindow::Section::Audit));
}

TEST_F(MainWindowTest, StatusBarShowsServerAndUser)
{
    MainWindow window(&api, &session);
    auto *server = window.findChild<QLabel *>(u"serverLabel"_s);
    auto *user = window.findChild<QLabel *>(u"userLabel"_s);
    ASSERT_NE(server, nullptr);
    ASSERT_NE(user, nullptr);
    EXPECT_EQ(server->text(), u"Server: not connected"_s);
    EXPECT_EQ(user->text(), u"Not signed in"_s);

    api.setBaseUrl(QUrl(u"http://10.0.0.5:8080"_s));
    EXPECT_EQ(server->text(), u"Server: http://10.0.0.5:8080"_s);

    // No refresh token in this answer, so nothing goes near the keychain.
    ASSERT_TRUE(
        session
            .applyTokens(QJsonObject{{u"accessToken"_s, u"a"_s},
                                     {u"user"_s, QJsonObject{{u"username"_s, u"ops"_s},
                                                             {u"displayName"_s, u"Operations"_s},
                                                             {u"role"_s, u"admin"_s}}}})
            .ok());
    EXPECT_EQ(user->text(), u"Signed in as Operations (administrator)"_s);
}

TEST_F(MainWindowTest, SaysQuietlyWhenTheSignInCannotBeRemembered)
{
    MainWindow window(&api, &session);
    auto *note = window.findChild<QLabel *>(u"keychainLabel"_s);
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isHidden());
    // A refresh token to keep, and no keychain in this test process (see main.cpp).
    ASSERT_TRUE(session
                    .applyTokens(QJsonObject{{u"accessToken"_s, u"a"_s},
                                             {u"refreshToken"_s, u"r"_s},
                                             {u"user"_s, QJsonObject{{u"username"_s, u"ops"_s},
                                                                     {u"role"_s, u"admin"_s}}}})
                    .ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !note->isHidden(); }, 20000));
    EXPECT_TRUE(note->toolTip().contains(u"no system keychain is available"_s))
        << note->toolTip().toStdString();
}
