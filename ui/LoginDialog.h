#pragma once

#include "Error.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace remotegpu {
class ApiClient;
class LocalServer;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

// Asks for the server and the person's credentials, signs in through the ApiClient and hands the
// answer to the Session; accepted once signed in. Everything is asynchronous: while it waits
// the inputs are disabled, the window stays responsive and Cancel abandons the attempt.
// Show it with open() or show(), never exec().
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // `localServer` may be null: the option to start the bundled server is then hidden.
    LoginDialog(ApiClient *api, Session *session, LocalServer *localServer,
                QWidget *parent = nullptr);
    ~LoginDialog() override;

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    void setUserName(const QString &userName);
    bool usesLocalServer() const;
    // Checking it starts the bundled server at once, so it is ready by the time the person has
    // typed their password.
    void setUseLocalServer(bool use);

    bool isBusy() const { return m_busy; }
    // The error or progress line under the form; empty when there is none.
    QString message() const;
    void showError(const Error &error);

    // What the Sign in button does.
    void submit();

public Q_SLOTS:
    void reject() override;

protected:
    // Each time it opens (again, after a sign-out or an expired sign-in), the cursor waits where
    // typing starts: the user name when it is empty, else the password.
    void showEvent(QShowEvent *event) override;

private:
    void signIn(const QUrl &server);
    void setBusy(bool busy, const QString &progress = {});
    void showMessage(const QString &text, bool isError);
    void clearMessage();
    void updateLocalServerState();
    void handleLocalServerReady(const QUrl &url);
    void handleLocalServerFailed(const Error &error);

    ApiClient *m_api;
    Session *m_session;
    LocalServer *m_localServer;
    QLineEdit *m_serverEdit;
    QCheckBox *m_localCheck;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QLabel *m_messageLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signInButton;
    QString m_typedServer;
    bool m_busy = false;
    bool m_waitingForLocalServer = false;
    // Bumped by every attempt and by Cancel, so an answer to an abandoned attempt is ignored.
    quint64 m_attempt = 0;
};

} // namespace remotegpu::ui
