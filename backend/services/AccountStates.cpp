#include "AccountStates.h"

#include "CustomerRepository.h"
#include "DatabasePool.h"
#include "JsonLog.h"
#include "PgNotificationListener.h"
#include "SqlSession.h"

#include <QDateTime>

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
    : m_states(states)
    , m_listener(std::make_unique<PgNotificationListener>(
          std::move(databaseUrl), CustomerRepository::listenForAccountChanges(),
          u"account change listener"_s,
          u"access tokens are checked against the database on every request"_s))
{
    // Direct, on the listener's thread: AccountStates is thread-safe.
    QObject::connect(
        m_listener.get(), &PgNotificationListener::notified, m_listener.get(),
        [this](const QByteArray &payload) { m_states.forget(payload.toLongLong()); },
        Qt::DirectConnection);
    // Anything cached before listening may have missed a notification, and nothing cached
    // while not listening can be trusted: caching starts afresh with each LISTEN.
    QObject::connect(
        m_listener.get(), &PgNotificationListener::listeningChanged, m_listener.get(),
        [this](bool listening) { m_states.setCaching(listening); }, Qt::DirectConnection);
}

AccountChangeListener::~AccountChangeListener()
{
    m_states.setCaching(false);
}

void AccountChangeListener::start()
{
    m_listener->start();
}

} // namespace remotegpu
