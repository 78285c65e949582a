#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace remotegpu {

// The console's own translation (embedded under :/i18n) and Qt's, for one language. Lives as
// long as the application: QCoreApplication keeps only pointers to installed translators.
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // `language` is "zh_CN", "en", or empty for the system locale. Returns whether the console
    // speaks that language: its translation was found, or the language is English (the source).
    bool install(const QString &language);
    QLocale locale() const { return m_locale; }

private:
    QLocale m_locale;
    QTranslator m_console;
    QTranslator m_qt;
    bool m_consoleInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace remotegpu
