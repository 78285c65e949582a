#include "LoginDialog.h"

#include "ApiClient.h"
#include "LocalServer.h"
#include "Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QString describe(const Error &error)
{
    QString text = error.message;
    for (const FieldError &field : error.fieldErrors)
        text +=
            u'\n' + (field.field.isEmpty() ? field.message : field.field + u": "_s + field.message);
    return text;
}

} // namespace

LoginDialog::LoginDialog(ApiClient *api, Session *session, LocalServer *localServer,
                         QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_session(session)
    , m_localServer(localServer)
    , m_serverEdit(new QLineEdit)
    , m_localCheck(new QCheckBox(tr("Start the bundled server on this computer")))
    , m_userEdit(new QLineEdit)
    , m_passwordEdit(new QLineEdit)
    , m_messageLabel(new QLabel)
    , m_buttons(new QDialogButtonBox)
{
    setWindowTitle(tr("Sign in to RemoteGPU"));
    setObjectName(u"loginDialog"_s);

    m_serverEdit->setObjectName(u"serverEdit"_s);
    m_serverEdit->setPlaceholderText(u"http://127.0.0.1:8080"_s);
    m_serverEdit->setClearButtonEnabled(true);
    m_localCheck->setObjectName(u"localServerCheck"_s);
    m_localCheck->setVisible(m_localServer != nullptr);
    m_userEdit->setObjectName(u"userEdit"_s);
    m_passwordEdit->setObjectName(u"passwordEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);

    m_messageLabel->setObjectName(u"loginMessage"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->hide();

    m_signInButton = m_buttons->addButton(tr("Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(u"signInButton"_s);
    m_signInButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    // Sign In is not wired to accept(): the dialog closes when the server has said yes.
    connect(m_signInButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_serverEdit);
    form->addRow(QString(), m_localCheck);
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_localCheck, &QCheckBox::toggled, this, &LoginDialog::setUseLocalServer);
    if (m_localServer) {
        connect(m_localServer, &LocalServer::ready, this, &LoginDialog::handleLocalServerReady);
        connect(m_localServer, &LocalServer::failed, this, &LoginDialog::handleLocalServerFailed);
        connect(m_localServer, &LocalServer::stateChanged, this,
                &LoginDialog::updateLocalServerState);
    }
    m_userEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_signInButton->setDefault(true);
    if (m_userEdit->text().trimmed().isEmpty())
        m_userEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

QUrl LoginDialog::serverUrl() const
{
    return QUrl::fromUserInput(m_serverEdit->text().trimmed());
}

void LoginDialog::setServerUrl(const QUrl &url)
{
    m_serverEdit->setText(url.toString());
}

void LoginDialog::setUserName(const QString &userName)
{
    m_userEdit->setText(userName);
}

bool LoginDialog::usesLocalServer() const
{
    return m_localServer && m_localCheck->isChecked();
}

void LoginDialog::setUseLocalServer(bool use)
{
    if (!m_localServer)
        return;
    if (m_localCheck->isChecked() != use) {
        m_localCheck->setChecked(use); // comes back here through toggled()
        return;
    }
    if (use) {
        m_typedServer = m_serverEdit->text();
        if (m_localServer->state() == LocalServer::State::NotRunning)
            m_localServer->start();
    } else {
        m_waitingForLocalServer = false;
        m_serverEdit->setText(m_typedServer);
    }
    updateLocalServerState();
}

void LoginDialog::updateLocalServerState()
{
    if (!usesLocalServer()) {
        m_serverEdit->setEnabled(!m_busy);
        m_serverEdit->setPlaceholderText(u"http://127.0.0.1:8080"_s);
        return;
    }
    m_serverEdit->setEnabled(false);
    switch (m_localServer->state()) {
    case LocalServer::State::Running:
        m_serverEdit->setText(m_localServer->url().toString());
        break;
    case LocalServer::State::Starting:
        m_serverEdit->clear();
        m_serverEdit->setPlaceholderText(tr("starting the bundled server…"));
        break;
    case LocalServer::State::NotRunning:
    case LocalServer::State::Stopping:
        m_serverEdit->clear();
        m_serverEdit->setPlaceholderText(tr("the bundled server is not running"));
        break;
    }
}

QString LoginDialog::message() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void LoginDialog::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    // The stylesheet colours errors by this property.
    m_messageLabel->setProperty("error", isError);
    m_messageLabel->style()->unpolish(m_messageLabel);
    m_messageLabel->style()->polish(m_messageLabel);
    m_messageLabel->show();
}

void LoginDialog::clearMessage()
{
    m_messageLabel->clear();
    m_messageLabel->hide();
}

void LoginDialog::showError(const Error &error)
{
    showMessage(describe(error), true);
}

void LoginDialog::setBusy(bool busy, const QString &progress)
{
    m_busy = busy;
    m_signInButton->setEnabled(!busy);
    // Disabling the default button hands "default" to Cancel; without taking it back, Return in
    // the password field would cancel the next attempt instead of signing in.
    if (!busy)
        m_signInButton->setDefault(true);
    m_userEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    m_localCheck->setEnabled(!busy);
    updateLocalServerState();
    if (busy)
        showMessage(progress, false);
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    clearMessage();
    if (m_userEdit->text().trimmed().isEmpty()) {
        showMessage(tr("Enter your user name."), true);
        m_userEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        showMessage(tr("Enter your password."), true);
        m_passwordEdit->setFocus();
        return;
    }

    if (usesLocalServer()) {
        switch (m_localServer->state()) {
        case LocalServer::State::Running:
            signIn(m_localServer->url());
            return;
        case LocalServer::State::NotRunning:
            m_localServer->start();
            break;
        case LocalServer::State::Starting:
        case LocalServer::State::Stopping:
            break;
        }
        m_waitingForLocalServer = true;
        setBusy(true, tr("Starting the bundled server…"));
        return;
    }

    const QUrl server = serverUrl();
    if (m_serverEdit->text().trimmed().isEmpty() || !server.isValid() || server.host().isEmpty() ||
        (server.scheme() != u"http"_s && server.scheme() != u"https"_s)) {
        showMessage(tr("Enter the server's address, for example http://10.0.0.5:8080."), true);
        m_serverEdit->setFocus();
        return;
    }
    signIn(server);
}

void LoginDialog::signIn(const QUrl &server)
{
    m_api->setBaseUrl(server);
    setBusy(true, tr("Signing in to %1…").arg(server.toDisplayString()));
    const quint64 attempt = ++m_attempt;
    const QJsonObject credentials{{u"username"_s, m_userEdit->text().trimmed()},
                                  {u"password"_s, m_passwordEdit->text()}};
    m_api->post(u"/api/auth/login"_s, credentials, this,
                [this, attempt](Result<QJsonValue> answer) {
                    if (attempt != m_attempt)
                        return;
                    setBusy(false);
                    if (!answer.ok()) {
                        showError(answer.error());
                        m_passwordEdit->selectAll();
                        m_passwordEdit->setFocus();
                        return;
                    }
                    Result<void> applied = m_session->applyTokens(*answer);
                    if (!applied.ok()) {
                        showError(applied.error());
                        return;
                    }
                    clearMessage();
                    m_passwordEdit->clear();
                    accept();
                });
}

void LoginDialog::handleLocalServerReady(const QUrl &url)
{
    updateLocalServerState();
    if (!m_waitingForLocalServer || !usesLocalServer())
        return;
    m_waitingForLocalServer = false;
    setBusy(false);
    signIn(url);
}

void LoginDialog::handleLocalServerFailed(const Error &error)
{
    updateLocalServerState();
    if (!usesLocalServer())
        return;
    m_waitingForLocalServer = false;
    setBusy(false);
    showError(error);
}

void LoginDialog::reject()
{
    ++m_attempt;
    m_waitingForLocalServer = false;
    setBusy(false);
    clearMessage();
    QDialog::reject();
}

} // namespace remotegpu::ui
