#include "FleetEventListener.h"

#include "JsonLog.h"
#include "PgConnection.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

FleetEventListener::FleetEventListener(QString databaseUrl)
    : m_url(std::move(databaseUrl))
    , m_thread(new QThread)
{
    m_thread->setObjectName(u"fleet-listener"_s);
}

FleetEventListener::~FleetEventListener()
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

void FleetEventListener::start()
{
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(this, [this] {
        m_retry = new QTimer;
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &FleetEventListener::connectNow);
        connectNow();
    });
}

void FleetEventListener::connectNow()
{
    auto connection = PgConnection::open(m_url);
    if (connection) {
        if (auto listening = connection->exec("LISTEN remotegpu_fleet; LISTEN remotegpu_accounts");
            !listening)
            connection = listening.error();
    }
    if (!connection) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_backoff.failures() == 0 || m_backoff.failures() % 10 == 0)
            qCWarning(lcDb).noquote()
                << "fleet event listener cannot connect; live monitoring sockets get no events "
                   "meanwhile:"
                << connection.error().message;
        m_retry->start(int(m_backoff.failed(now) - now));
        return;
    }
    m_backoff.succeeded();
    m_connection = std::make_unique<PgConnection>(std::move(*connection));
    m_notifier = new QSocketNotifier(qintptr(m_connection->socket()), QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this, &FleetEventListener::readNotifications);
    Q_EMIT listeningChanged(true);
}

void FleetEventListener::readNotifications()
{
    QList<QByteArray> payloads;
    if (!m_connection || !m_connection->readNotifications(&payloads)) {
        lost();
        return;
    }
    // PgConnection hands over payloads without their channel; the two channels' payloads never
    // look alike: a fleet event is a JSON object, an account change a bare account id.
    for (const QByteArray &p : std::as_const(payloads)) {
        if (p.startsWith('{')) {
            Q_EMIT eventReceived(p);
            continue;
        }
        bool ok = false;
        const qint64 id = p.toLongLong(&ok);
        if (ok)
            Q_EMIT accountChanged(id);
    }
}

void FleetEventListener::lost()
{
    qCWarning(lcDb).noquote() << "fleet event listener lost its database connection";
    delete m_notifier;
    m_notifier = nullptr;
    m_connection.reset();
    Q_EMIT listeningChanged(false);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_retry->start(int(m_backoff.failed(now) - now));
}

} // namespace remotegpu
