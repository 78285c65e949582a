#include "ConsoleController.h"

#include "ApiClient.h"
#include "LocalServer.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QLoggingCategory>
#include <QTimer>
#include <QWindow>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcConsole, "remotegpu.console")

ConsoleController::ConsoleController(const CommandLine::Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_api(std::make_unique<ApiClient>())
    , m_session(std::make_unique<Session>(m_api.get(), Session::defaultKeychainService()))
    , m_localServer(std::make_unique<LocalServer>())
    , m_window(std::make_unique<MainWindow>(m_api.get(), m_session.get()))
    , m_login(std::make_unique<LoginDialog>(m_api.get(), m_session.get(), m_localServer.get()))
{
    // The main window is shown before the login dialog hides (signedIn fires first), and the
    // login dialog before the main window hides, so a window is always up while the console
    // runs; leaving for good is decided here, not by "last window closed".
    connect(m_session.get(), &Session::signedIn, this, &ConsoleController::showMainWindow);
    connect(m_session.get(), &Session::signedOut, this, [this] {
        showLogin();
        m_window->hide();
    });
    connect(m_session.get(), &Session::resumeFailed, this, [this](const Error &error) {
        if (m_window->isVisible())
            return;
        // No saved sign-in is the ordinary first start, not something to report.
        showLogin(error.kind == ErrorKind::Unauthorized ? nullptr : &error);
    });
    // Mid-session expiry: the sign-in dialog comes over the open window, the views keep what
    // they show, and the requests held meanwhile go out once the person is back.
    connect(m_session.get(), &Session::reauthenticationRequired, this, [this](const Error &error) {
        m_login->setServerUrl(m_api->baseUrl());
        m_login->setUserName(m_session->userName());
        showLogin(&error);
    });
    connect(m_login.get(), &QDialog::rejected, this, [this] {
        if (!m_window->isVisible()) {
            Q_EMIT finished(0);
            return;
        }
        if (m_api->isHoldingRequests()) {
            // Giving up the renewed sign-in is signing out: what waited fails with a reason.
            m_session->signOut();
        }
    });
    m_window->installEventFilter(this);
}

ConsoleController::~ConsoleController() = default;

void ConsoleController::start()
{
    if (m_options.smokeTest) {
        runSmokeTest();
        return;
    }
    if (m_options.local) {
        m_login->setUseLocalServer(true);
        showLogin();
        return;
    }
    if (!m_options.server.isEmpty()) {
        m_api->setBaseUrl(m_options.server);
        m_login->setServerUrl(m_options.server);
        m_session->resume();
        return;
    }
    showLogin();
}

bool ConsoleController::eventFilter(QObject *watched, QEvent *event)
{
    // Closing the main window ends the console, whoever else is still open (About box, ...).
    if (watched == m_window.get() && event->type() == QEvent::Close)
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(0); }, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void ConsoleController::showMainWindow()
{
    if (m_window->isVisible())
        return;
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void ConsoleController::showLogin(const Error *error)
{
    if (error)
        m_login->showError(*error);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void ConsoleController::runSmokeTest()
{
    m_window->show();
    // The check runs from the event loop, so "shown" means the platform has exposed the window,
    // not only that show() returned.
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    const QDeadlineTimer deadline(5000);
    connect(timer, &QTimer::timeout, this, [this, timer, deadline] {
        const QWindow *handle = m_window->windowHandle();
        const bool shown = m_window->isVisible() && handle && handle->isExposed();
        if (!shown && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (shown)
            qCInfo(lcConsole) << "smoke test: the main window is shown";
        else
            qCCritical(lcConsole) << "smoke test: the main window was not shown within 5 s";
        Q_EMIT finished(shown ? 0 : 1);
    });
    timer->start();
}

} // namespace remotegpu::ui
