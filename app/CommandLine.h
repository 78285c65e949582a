#pragma once

#include "Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace remotegpu {

// The console's flags. Built after the translation is installed, so --help speaks the person's
// language; the language itself is picked from the raw arguments first (languageArgument()).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(remotegpu::CommandLine)

public:
    struct Options
    {
        QUrl server;
        bool local = false;
        // "zh_CN", "en", or empty for the system locale.
        QString language;
        bool smokeTest = false;
        bool helpRequested = false;
        bool versionRequested = false;
    };

    CommandLine();

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    Result<Options> parse(const QStringList &arguments);
    QString helpText() const { return m_parser.helpText(); }

    // The value of --lang, normalised to "zh_CN" or "en"; empty when absent or unknown (parse()
    // reports the unknown value).
    static QString languageArgument(const QStringList &arguments);
    static QStringList supportedLanguages();

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_server;
    QCommandLineOption m_local;
    QCommandLineOption m_language;
    QCommandLineOption m_smokeTest;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
};

} // namespace remotegpu
