#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Translations::~Translations()
{
    if (m_consoleInstalled)
        QCoreApplication::removeTranslator(&m_console);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

bool Translations::install(const QString &language)
{
    // Called again to switch languages at run time: the old translators go first, and removing
    // or installing one sends every widget a LanguageChange.
    if (m_consoleInstalled)
        QCoreApplication::removeTranslator(&m_console);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_consoleInstalled = m_qtInstalled = false;
    m_locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(m_locale);
    // Qt's own strings (standard buttons, context menus) come from the system's Qt translations
    // when they are installed; their absence only leaves those few strings in English.
    if (!m_qtInstalled && m_qt.load(m_locale, u"qtbase"_s, u"_"_s,
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    if (!m_consoleInstalled && m_console.load(m_locale, u"remotegpu"_s, u"_"_s, u":/i18n"_s))
        m_consoleInstalled = QCoreApplication::installTranslator(&m_console);
    // A language we do not ship (or the C locale of a bare session) gets English, and English
    // needs its file too: the source text says "day(s)" where English says "1 day", "3 days".
    if (!m_consoleInstalled && m_console.load(u"remotegpu_en"_s, u":/i18n"_s))
        m_consoleInstalled = QCoreApplication::installTranslator(&m_console);
    // The source text is English: remotegpu_en only carries wording that differs from it, and
    // lrelease leaves no loadable file while nothing does.
    return m_consoleInstalled || m_locale.language() == QLocale::English;
}

} // namespace remotegpu
