#pragma once

#include "CommandLine.h"
#include "Error.h"

#include <QObject>

#include <memory>

namespace remotegpu {
class ApiClient;
class LocalServer;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class LoginDialog;
class MainWindow;

// Owns the console's services and windows and moves between them: sign in (or resume a saved
// sign-in), the main window, back to sign-in after signing out, and the bundled server's
// lifetime. main() only parses the command line and hands it over.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleController(const CommandLine::Options &options, QObject *parent = nullptr);
    ~ConsoleController() override;

    void start();

    ApiClient *api() const { return m_api.get(); }
    Session *session() const { return m_session.get(); }
    LocalServer *localServer() const { return m_localServer.get(); }
    MainWindow *mainWindow() const { return m_window.get(); }
    LoginDialog *loginDialog() const { return m_login.get(); }

Q_SIGNALS:
    // The console has nothing left to show (sign-in cancelled, main window closed, or the
    // smoke test is done); main() exits with `exitCode`.
    void finished(int exitCode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMainWindow();
    void showLogin(const Error *error = nullptr);
    void runSmokeTest();

    CommandLine::Options m_options;
    // In dependency order: on destruction the windows go before the services they point to.
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LocalServer> m_localServer;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LoginDialog> m_login;
};

} // namespace remotegpu::ui
