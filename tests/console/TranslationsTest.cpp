#include "Translations.h"
#include "ApiClient.h"
#include "MainWindow.h"
#include "QtPrinters.h"
#include "Resources.h"
#include "Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QIcon>
#include <QListWidget>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Translations change process-wide state; put it back for the tests that follow.
class TranslationsTest : public ::testing::Test
{
protected:
    void TearDown() override { QLocale::setDefault(m_locale); }

private:
    QLocale m_locale;
};

} // namespace

TEST_F(TranslationsTest, ChineseIsEmbeddedAndUsed)
{
    remotegpu::ApiClient api;
    remotegpu::Session session(&api, u"RemoteGPU Console Test"_s);
    {
        remotegpu::Translations translations;
        ASSERT_TRUE(translations.install(u"zh_CN"_s));
        EXPECT_EQ(QCoreApplication::translate("remotegpu::ui::MainWindow", "RemoteGPU Console"),
                  u"RemoteGPU 控制台"_s);
        remotegpu::ui::MainWindow window(&api, &session);
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        EXPECT_EQ(navigation->item(0)->text(), u"仪表盘"_s);
        EXPECT_EQ(navigation->item(7)->text(), u"系统设置"_s);
    }
    // Gone with the Translations object.
    EXPECT_EQ(QCoreApplication::translate("remotegpu::ui::MainWindow", "RemoteGPU Console"),
              u"RemoteGPU Console"_s);
}

TEST_F(TranslationsTest, EnglishIsEmbedded)
{
    remotegpu::Translations translations;
    EXPECT_TRUE(translations.install(u"en"_s));
    EXPECT_EQ(QCoreApplication::translate("remotegpu::ui::MainWindow", "RemoteGPU Console"),
              u"RemoteGPU Console"_s);
}

// Every string has its Chinese: lupdate marks new or changed ones "unfinished".
TEST_F(TranslationsTest, ChineseIsComplete)
{
    QFile ts(QString::fromLocal8Bit(REMOTEGPU_TS_ZH_CN));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly)) << ts.fileName().toStdString();
    const QByteArray text = ts.readAll();
    EXPECT_GT(text.count("<message>"), 50);
    EXPECT_EQ(text.count("type=\"unfinished\""), 0)
        << "run the update_translations target and translate the new strings";
}

// English is the source language, but its file finishes every entry and gives real plurals.
TEST_F(TranslationsTest, EnglishIsCompleteWithRealPlurals)
{
    QFile ts(QString::fromLocal8Bit(REMOTEGPU_TS_EN));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly)) << ts.fileName().toStdString();
    const QByteArray text = ts.readAll();
    EXPECT_GT(text.count("<message"), 50);
    EXPECT_EQ(text.count("type=\"unfinished\""), 0)
        << "run the update_translations target and finish the new strings";
    remotegpu::Translations translations;
    ASSERT_TRUE(translations.install(u"en"_s));
    EXPECT_EQ(QCoreApplication::translate("remotegpu::ui::MainWindow", "%n unread notification(s)",
                                          nullptr, 1),
              u"1 unread notification"_s);
    EXPECT_EQ(QCoreApplication::translate("remotegpu::ui::MainWindow", "%n unread notification(s)",
                                          nullptr, 3),
              u"3 unread notifications"_s);
}

// A language we do not ship falls back to English with its plurals, not to the "(s)" source.
TEST_F(TranslationsTest, UnshippedLanguageGetsEnglishPlurals)
{
    remotegpu::Translations translations;
    ASSERT_TRUE(translations.install(u"de_DE"_s));
    EXPECT_EQ(QCoreApplication::translate("remotegpu::ui::MainWindow", "%n unread notification(s)",
                                          nullptr, 3),
              u"3 unread notifications"_s);
}

// Switching at run time: installing another language replaces the first one's strings.
TEST_F(TranslationsTest, SwitchesLanguageAtRunTime)
{
    remotegpu::Translations translations;
    ASSERT_TRUE(translations.install(u"zh_CN"_s));
    const QString chinese =
        QCoreApplication::translate("remotegpu::ui::MainWindow", "RemoteGPU Console");
    EXPECT_NE(chinese, u"RemoteGPU Console"_s);
    ASSERT_TRUE(translations.install(u"en"_s));
    EXPECT_EQ(QCoreApplication::translate("remotegpu::ui::MainWindow", "RemoteGPU Console"),
              u"RemoteGPU Console"_s);
    ASSERT_TRUE(translations.install(u"zh_CN"_s));
    EXPECT_EQ(QCoreApplication::translate("remotegpu::ui::MainWindow", "RemoteGPU Console"),
              chinese);
}

TEST_F(TranslationsTest, IconAndStyleSheetAreEmbedded)
{
    EXPECT_TRUE(QFile::exists(remotegpu::resources::appIconPath()));
    // Rendering it needs the SVG icon engine (libqt6svg6) at run time.
    EXPECT_FALSE(QIcon(remotegpu::resources::appIconPath()).pixmap(32, 32).isNull());
    EXPECT_TRUE(remotegpu::resources::styleSheet().contains(u"#navigation"_s));
}
