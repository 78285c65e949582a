// The Settings section against a private server (its changes must not reach the shared one):
// edits through the form reach the API, an invalid value keeps Save disabled, and the server's
// refusal shows beside the setting it names.

#include "SettingsView.h"
#include "ConsoleServer.h"
#include "SettingsApi.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using namespace remotegpu::test;
using remotegpu::ui::SettingsView;

namespace {

// This suite's own server, at info level.
ConsoleServer *settingsServer()
{
    return ConsoleServer::ofSuite(u"settings"_s, {u"--log-level"_s, u"info"_s});
}

QList<SystemSetting> apiSettings(ApiClient *client)
{
    SettingsApi api(client);
    QObject context;
    std::optional<Result<SettingsApi::Settings>> answer;
    api.list(&context, [&](Result<SettingsApi::Settings> a) { answer.emplace(std::move(a)); });
    if (!waitFor([&] { return answer.has_value(); }) || !answer->ok()) {
        ADD_FAILURE() << "GET /api/admin/settings failed";
        return {};
    }
    return **answer;
}

QJsonValue apiValue(ApiClient *client, const QString &key)
{
    for (const SystemSetting &s : apiSettings(client))
        if (s.key == key)
            return s.value;
    return QJsonValue(QJsonValue::Undefined);
}

// One signed-in admin for the whole suite, never destroyed: a Session destroyed while its
// keychain job is still running crashes in QKeychain's callback (libsecret answers later), so
// tests must not sign in and drop a session per test.
SignedInClient *signedInAdmin(ConsoleServer &server)
{
    static SignedInClient *client = SignedInClient::admin(server).release();
    return client;
}

class SettingsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = settingsServer();
        ASSERT_NE(server, nullptr);
        admin = signedInAdmin(*server);
        ASSERT_NE(admin, nullptr);
    }

    std::unique_ptr<SettingsView> openView()
    {
        auto view = std::make_unique<SettingsView>(admin->api.get(), admin->session.get());
        view->resize(1280, 800);
        view->show();
        view->activate();
        EXPECT_TRUE(waitFor([&] { return view->isLoaded(); }));
        return view;
    }

    ConsoleServer *server = nullptr;
    SignedInClient *admin = nullptr;
};

} // namespace

TEST_F(SettingsViewTest, ShowsEachSettingWithAnEditorOfItsType)
{
    auto view = openView();
    auto *lockout = qobject_cast<QSpinBox *>(view->editorFor(u"login_lockout_seconds"_s));
    ASSERT_NE(lockout, nullptr);
    EXPECT_EQ(lockout->value(), apiValue(admin->api.get(), u"login_lockout_seconds"_s).toInt());
    EXPECT_EQ(lockout->minimum(), 0);
    EXPECT_EQ(lockout->suffix(), u" seconds"_s);
    auto *retention = qobject_cast<QSpinBox *>(view->editorFor(u"metrics_retention_days"_s));
    ASSERT_NE(retention, nullptr);
    EXPECT_EQ(retention->suffix(), u" days"_s);
    EXPECT_NE(qobject_cast<QCheckBox *>(view->editorFor(u"password_require_letter_and_digit"_s)),
              nullptr);
    EXPECT_NE(qobject_cast<QLineEdit *>(view->editorFor(u"expiry_reminder_days"_s)), nullptr);
    auto *save = view->findChild<QPushButton *>(u"settingsSave"_s);
    ASSERT_NE(save, nullptr);
    EXPECT_FALSE(save->isEnabled()); // nothing changed yet
    view->grab().save(u"/tmp/cust-settings.png"_s);
}

TEST_F(SettingsViewTest, ChangingAnIntAndABoolThroughTheFormSavesThem)
{
    auto view = openView();
    auto *lockout = qobject_cast<QSpinBox *>(view->editorFor(u"login_lockout_seconds"_s));
    auto *letters =
        qobject_cast<QCheckBox *>(view->editorFor(u"password_require_letter_and_digit"_s));
    auto *save = view->findChild<QPushButton *>(u"settingsSave"_s);
    ASSERT_TRUE(lockout && letters && save);
    const int newLockout = lockout->value() + 123;
    const bool newLetters = !letters->isChecked();

    lockout->setValue(newLockout);
    EXPECT_TRUE(save->isEnabled());
    letters->setChecked(newLetters);
    EXPECT_EQ(view->changedValues(),
              (QJsonObject{{u"login_lockout_seconds"_s, newLockout},
                           {u"password_require_letter_and_digit"_s, newLetters}}));

    QSignalSpy saved(view.get(), &SettingsView::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return saved.count() == 1; }));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(view->changedValues().isEmpty());

    EXPECT_EQ(apiValue(admin->api.get(), u"login_lockout_seconds"_s).toInteger(), newLockout);
    EXPECT_EQ(apiValue(admin->api.get(), u"password_require_letter_and_digit"_s),
              QJsonValue(newLetters));
}

TEST_F(SettingsViewTest, AnInvalidValueDisablesSave)
{
    ASSERT_EQ(server->db().exec(
                  u"INSERT INTO system_configs (config_key, config_value, config_type, "
                  "description, is_public) VALUES ('console_test_limits', '{\"a\":1}', 'json', "
                  "'Limits per tenant (test)', false) ON CONFLICT (config_key) DO NOTHING"_s),
              QString());
    auto view = openView();
    auto *save = view->findChild<QPushButton *>(u"settingsSave"_s);
    auto *json = qobject_cast<QPlainTextEdit *>(view->editorFor(u"console_test_limits"_s));
    auto *jsonError = view->errorLabelFor(u"console_test_limits"_s);
    ASSERT_TRUE(save && json && jsonError);

    json->setPlainText(u"{\"a\": 2"_s); // unfinished
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(jsonError->isHidden());
    EXPECT_TRUE(jsonError->text().contains(u"JSON"_s)) << jsonError->text().toStdString();
    json->setPlainText(u"\"text\""_s); // JSON, but neither object nor array
    EXPECT_FALSE(save->isEnabled());
    json->setPlainText(u"{\"a\": 2}"_s);
    EXPECT_TRUE(save->isEnabled());
    EXPECT_TRUE(jsonError->isHidden());

    // An emptied number is not a number: Save goes off again, the problem shows beside it.
    auto *lockout = qobject_cast<QSpinBox *>(view->editorFor(u"login_lockout_seconds"_s));
    ASSERT_NE(lockout, nullptr);
    auto *lockoutText = lockout->findChild<QLineEdit *>();
    ASSERT_NE(lockoutText, nullptr);
    lockout->setFocus();
    QTest::keyClick(lockoutText, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(lockoutText, Qt::Key_Backspace);
    ASSERT_TRUE(lockout->cleanText().isEmpty()) << lockout->text().toStdString();
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(view->errorLabelFor(u"login_lockout_seconds"_s)->isHidden());

    QTest::mouseClick(view->findChild<QPushButton *>(u"settingsRevert"_s), Qt::LeftButton);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(view->changedValues().isEmpty());
    EXPECT_TRUE(view->isValid());
}

TEST_F(SettingsViewTest, TheServersRefusalShowsBesideTheSetting)
{
    ASSERT_EQ(
        server->db().exec(u"INSERT INTO system_configs (config_key, config_value, config_type, "
                          "description, is_public) VALUES ('console_test_gone', '5', 'int', "
                          "'Removed while the form is open (test)', false) "
                          "ON CONFLICT (config_key) DO NOTHING"_s),
        QString());
    auto view = openView();
    auto *gone = qobject_cast<QSpinBox *>(view->editorFor(u"console_test_gone"_s));
    auto *retention = qobject_cast<QSpinBox *>(view->editorFor(u"metrics_retention_days"_s));
    ASSERT_TRUE(gone && retention);
    const int retentionBefore = retention->value();
    // Another administrator (a migration, here) removes the setting meanwhile.
    ASSERT_EQ(
        server->db().exec(u"DELETE FROM system_configs WHERE config_key = 'console_test_gone'"_s),
        QString());
    gone->setValue(6);
    retention->setValue(retentionBefore + 1);
    view->save();
    QLabel *error = view->errorLabelFor(u"console_test_gone"_s);
    ASSERT_NE(error, nullptr);
    ASSERT_TRUE(waitFor([&] { return !error->isHidden(); }));
    EXPECT_TRUE(error->text().contains(u"unknown setting"_s)) << error->text().toStdString();
    EXPECT_TRUE(view->errorLabelFor(u"metrics_retention_days"_s)->isHidden());
    // The failure was also reported with its trace id, in a dialog.
    EXPECT_TRUE(waitFor([&] { return view->findChild<QDialog *>() != nullptr; }));
    // Nothing was written: one transaction.
    EXPECT_EQ(apiValue(admin->api.get(), u"metrics_retention_days"_s).toInt(), retentionBefore);
}
