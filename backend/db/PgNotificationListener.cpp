#include "PgNotificationListener.h"

#include "JsonLog.h"
#include "PgConnection.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

namespace remotegpu {

PgNotificationListener::PgNotificationListener(QString databaseUrl, QByteArray listenSql,
                                               QString name, QString whileDown)
    : m_url(std::move(databaseUrl))
    , m_listenSql(std::move(listenSql))
    , m_name(std::move(name))
    , m_whileDown(std::move(whileDown))
    , m_thread(new QThread)
{
    m_thread->setObjectName(QString(m_name).replace(u' ', u'-'));
}

PgNotificationListener::~PgNotificationListener()
{
    if (m_thread->isRunning()) {
        // The timer and notifier belong to the listener's thread: delete them there.
        QMetaObject::invokeMethod(
            this,
            [this] {
                delete m_notifier;
                delete m_retry;
                m_connection.reset();
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_thread;
}

void PgNotificationListener::start()
{
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(this, [this] {
        m_retry = new QTimer;
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &PgNotificationListener::connectNow);
        connectNow();
    });
}

void PgNotificationListener::connectNow()
{
    auto connection = PgConnection::open(m_url);
    if (connection) {
        if (auto listening = connection->exec(m_listenSql); !listening)
            connection = listening.error();
    }
    if (!connection) {
        // One warning for the first failure and every tenth after it: a database down for an
        // hour is not 120 lines.
        if (m_backoff.failures() == 0 || m_backoff.failures() % 10 == 0)
            qCWarning(lcDb).noquote() << m_name << "cannot connect;" << m_whileDown
                                      << "meanwhile:" << connection.error().message;
        retryLater();
        return;
    }
    m_backoff.succeeded();
    m_connection = std::make_unique<PgConnection>(std::move(*connection));
    m_notifier = new QSocketNotifier(qintptr(m_connection->socket()), QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this,
            &PgNotificationListener::readNotifications);
    Q_EMIT listeningChanged(true);
}

void PgNotificationListener::readNotifications()
{
    QList<QByteArray> payloads;
    if (!m_connection || !m_connection->readNotifications(&payloads)) {
        lost();
        return;
    }
    for (const QByteArray &p : std::as_const(payloads))
        Q_EMIT notified(p);
}

void PgNotificationListener::lost()
{
    qCWarning(lcDb).noquote() << m_name << "lost its database connection";
    delete m_notifier;
    m_notifier = nullptr;
    m_connection.reset();
    Q_EMIT listeningChanged(false);
    retryLater();
}

void PgNotificationListener::retryLater()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_retry->start(int(m_backoff.failed(now) - now));
}

} // namespace remotegpu
