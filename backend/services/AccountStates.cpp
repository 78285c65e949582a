#include "AccountStates.h"

#include "Backoff.h"
#include "CustomerRepository.h"
#include "DatabasePool.h"
#include "JsonLog.h"
#include "PgConnection.h"
#include "SqlSession.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QThread>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<AccountState> AccountStates::lookup(qint64 accountId, bool fresh)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    quint64 epoch = 0;
    {
        QMutexLocker lock(&m_lock);
        const auto hit = m_entries.constFind(accountId);
        if (!fresh && m_caching && hit != m_entries.cend() && now - hit->loadedAtMs < kMaxAgeMs)
            return hit->state;
        epoch = m_epoch;
    }
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto stored = CustomerRepository(*session).tokenState(accountId);
    if (!stored)
        return stored.error();
    AccountState state;
    if (*stored) {
        state.exists = true;
        state.generation = (*stored)->generation;
        state.active = (*stored)->active;
        state.tenantId = (*stored)->tenantId;
        state.tenantActive = (*stored)->tenantActive;
    }
    QMutexLocker lock(&m_lock);
    if (m_caching && epoch == m_epoch) {
        if (m_entries.size() >= kCapacity)
            m_entries.clear();
        m_entries.insert(accountId, {state, now});
    }
    return state;
}

void AccountStates::forget(qint64 accountId)
{
    QMutexLocker lock(&m_lock);
    ++m_epoch;
    m_entries.remove(accountId);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->state.tenantId == accountId)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

void AccountStates::setCaching(bool on)
{
    QMutexLocker lock(&m_lock);
    ++m_epoch;
    m_caching = on;
    m_entries.clear();
}

AccountChangeListener::AccountChangeListener(QString databaseUrl, AccountStates &states)
    : m_url(std::move(databaseUrl))
    , m_states(states)
    , m_thread(new QThread)
{
    m_thread->setObjectName(u"account-listener"_s);
}

AccountChangeListener::~AccountChangeListener()
{
    m_states.setCaching(false);
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

void AccountChangeListener::start()
{
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(this, [this] {
        m_retry = new QTimer;
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &AccountChangeListener::connectNow);
        connectNow();
    });
}

void AccountChangeListener::connectNow()
{
    auto connection = PgConnection::open(m_url);
    if (connection) {
        if (auto listening = connection->exec(CustomerRepository::listenForAccountChanges());
            !listening)
            connection = listening.error();
    }
    if (!connection) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_backoff.failures() == 0 || m_backoff.failures() % 10 == 0)
            qCWarning(lcDb).noquote()
                << "account change listener cannot connect; access tokens are checked against "
                   "the database on every request meanwhile:"
                << connection.error().message;
        m_retry->start(int(m_backoff.failed(now) - now));
        return;
    }
    m_backoff.succeeded();
    m_connection = std::make_unique<PgConnection>(std::move(*connection));
    m_notifier = new QSocketNotifier(qintptr(m_connection->socket()), QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this,
            &AccountChangeListener::readNotifications);
    m_states.setCaching(true); // anything cached before may have missed a notification
}

void AccountChangeListener::readNotifications()
{
    QList<QByteArray> payloads;
    if (!m_connection || !m_connection->readNotifications(&payloads)) {
        lost();
        return;
    }
    for (const QByteArray &p : payloads)
        m_states.forget(p.toLongLong());
}

void AccountChangeListener::lost()
{
    qCWarning(lcDb).noquote() << "account change listener lost its database connection";
    m_states.setCaching(false);
    delete m_notifier;
    m_notifier = nullptr;
    m_connection.reset();
    m_retry->start(int(m_backoff.failed(0)));
}

} // namespace remotegpu
