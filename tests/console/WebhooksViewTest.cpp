// The Webhooks section against a server of its own: a webhook created through the dialog (the
// server's refusal of a private address shown under the URL field first), its secret shown once,
// a test event sent from the view, and the delivery seen in the log — received by an HTTP
// endpoint in this test.

#include "WebhooksView.h"
#include "ConsoleServer.h"
#include "WebhookAttemptTableModel.h"
#include "WebhookDialog.h"
#include "WebhookSecretDialog.h"
#include "WebhookTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using namespace remotegpu::test;
using namespace remotegpu::ui;

namespace {

ConsoleServer *webhooksServer()
{
    return ConsoleServer::ofSuite(u"webhooks"_s);
}

// Answers every request 200 and counts them.
class AcceptingReceiver
{
public:
    AcceptingReceiver()
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const qsizetype lengthAt = m_buffer.toLower().indexOf("content-length:");
                    const qsizetype length =
                        lengthAt < 0 ? 0
                                     : m_buffer
                                           .mid(lengthAt + 15,
                                                m_buffer.indexOf('\r', lengthAt) - lengthAt - 15)
                                           .trimmed()
                                           .toLongLong();
                    if (m_buffer.size() < end + 4 + length)
                        return;
                    m_buffer.clear();
                    ++received;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 8\r\nConnection: close"
                                  "\r\n\r\nreceived");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1/hooks/ops"_s.arg(m_server.serverPort()); }
    int received = 0;

private:
    QTcpServer m_server;
    QByteArray m_buffer;
};

// One signed-in admin for the suite, never destroyed (see SettingsViewTest: a Session dropped
// while its keychain job runs crashes in QKeychain's callback).
SignedInClient *signedInAdmin(ConsoleServer &server)
{
    static SignedInClient *client = SignedInClient::admin(server).release();
    return client;
}

void allowPrivateTargets(ConsoleServer &server, bool allow)
{
    EXPECT_EQ(server.db().exec(u"UPDATE system_configs SET config_value = '%1' "
                               "WHERE config_key = 'webhook_allow_private_targets'"_s.arg(
                                   allow ? u"true"_s : u"false"_s)),
              QString());
}

} // namespace

TEST(WebhooksViewTest, CreateShowsTheSecretOnceAndATestDeliveryAppearsInTheLog)
{
    ConsoleServer *server = webhooksServer();
    ASSERT_NE(server, nullptr);
    SignedInClient *admin = signedInAdmin(*server);
    ASSERT_NE(admin, nullptr);
    AcceptingReceiver receiver;

    WebhooksView view(admin->api.get(), admin->session.get());
    QAbstractItemModelTester hooksTester(view.webhookModel());
    QAbstractItemModelTester attemptsTester(view.attemptModel());
    view.resize(1280, 800);
    view.show();
    QSignalSpy loaded(&view, &WebhooksView::webhooksLoaded);
    QSignalSpy secrets(&view, &WebhooksView::secretShown);
    view.activate();
    ASSERT_TRUE(waitFor([&] { return loaded.count() == 1; }));
    const int before = view.webhookModel()->rowCount();

    // The dialog: name, URL and two events.
    view.createNew();
    auto *dialog = view.findChild<WebhookDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit *>(u"webhookName"_s)->setText(u"Ops receiver"_s);
    dialog->findChild<QLineEdit *>(u"webhookUrl"_s)->setText(receiver.url());
    dialog->findChild<QCheckBox *>(u"webhookEvent_allocation.created"_s)->setChecked(true);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    // With private targets refused (the default), the server's answer shows under the URL and
    // the dialog stays open.
    allowPrivateTargets(*server, false);
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *urlError = dialog->findChild<QLabel *>(u"webhookError_url"_s);
    ASSERT_NE(urlError, nullptr);
    ASSERT_TRUE(waitFor([&] { return urlError->isVisible(); }));
    EXPECT_TRUE(urlError->text().contains(u"private"_s)) << urlError->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(secrets.count(), 0);

    // Allowed: created, the dialog closes and the secret is shown, once.
    allowPrivateTargets(*server, true);
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return secrets.count() == 1; }));
    const QString secret = secrets.first().first().toString();
    EXPECT_TRUE(secret.startsWith(u"whsec_"_s)) << secret.toStdString();
    const QList<WebhookSecretDialog *> secretDialogs = view.findChildren<WebhookSecretDialog *>();
    ASSERT_EQ(secretDialogs.size(), 1);
    EXPECT_EQ(secretDialogs.first()->secret(), secret);
    ASSERT_TRUE(waitFor([&] { return view.webhookModel()->rowCount() == before + 1; }));
    const int row = view.webhookModel()->rowCount() - 1;
    const Webhook created = view.webhookModel()->webhooks().at(row);
    EXPECT_EQ(created.name, u"Ops receiver"_s);
    EXPECT_TRUE(created.secret.isEmpty()); // a listing never carries it
    EXPECT_EQ(view.selectedId(), created.id);
    view.grab().save(u"/tmp/webhooks-view.png"_s);
    secretDialogs.first()->grab().save(u"/tmp/webhooks-secret.png"_s);
    secretDialogs.first()->accept();

    // Send test: the receiver gets it and the log shows the attempt.
    auto *test = view.findChild<QPushButton *>(u"webhookTest"_s);
    ASSERT_TRUE(test && test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return receiver.received == 1; }));
    ASSERT_TRUE(waitFor(
        [&] {
            if (view.attemptModel()->rowCount() == 0)
                view.loadDeliveries();
            return view.attemptModel()->rowCount() == 1;
        },
        20000));
    const WebhookAttempt attempt = view.attemptModel()->attempts().first();
    EXPECT_EQ(attempt.statusCode, 200);
    EXPECT_EQ(attempt.attempt, 1);
    EXPECT_EQ(attempt.eventType, u"webhook.test"_s);
    EXPECT_EQ(view.attemptModel()->index(0, WebhookAttemptTableModel::Status).data().toString(),
              u"200"_s);
    view.grab().save(u"/tmp/webhooks-log.png"_s);
}
