// remotegpu-console: parses the command line, installs the language, and hands over to
// ConsoleController. Exit codes: 0 done, 1 the smoke test failed, 2 bad command line.

#include "CommandLine.h"
#include "ConsoleController.h"
#include "MainWindow.h"
#include "Resources.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QStyleFactory>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"remotegpu-console"_s);
    QApplication::setOrganizationName(u"RemoteGPU"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(REMOTEGPU_VERSION));

    // The language comes first so that --help and every error below speak it.
    remotegpu::Translations translations;
    // --language wins; else the language chosen in View ▸ Language; else the system's.
    QString language = remotegpu::CommandLine::languageArgument(QApplication::arguments());
    if (language.isEmpty())
        language = QSettings().value(u"language"_s).toString();
    translations.install(language);

    remotegpu::CommandLine commandLine;
    const auto options = commandLine.parse(QApplication::arguments());
    if (!options.ok()) {
        std::fprintf(stderr, "remotegpu-console: %s\n", qPrintable(options.error().message));
        return 2;
    }
    if (options->helpRequested) {
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    }
    if (options->versionRequested) {
        std::printf("remotegpu-console %s\n", REMOTEGPU_VERSION);
        return 0;
    }

    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("remotegpu::ui::MainWindow", "RemoteGPU Console"));
    QApplication::setWindowIcon(QIcon(remotegpu::resources::appIconPath()));
    // Fusion looks the same on every desktop, which the light stylesheet is written against.
    if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);
    remotegpu::ui::applyTheme(remotegpu::ui::savedTheme());
    app.setStyleSheet(remotegpu::resources::styleSheet());

    remotegpu::ui::ConsoleController console(*options);
    QObject::connect(&console, &remotegpu::ui::ConsoleController::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    QObject::connect(console.mainWindow(), &remotegpu::ui::MainWindow::languageRequested, &app,
                     [&translations](const QString &code) { translations.install(code); });
    console.start();
    return QApplication::exec();
}
