#pragma once

#include "Result.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace remotegpu {

class DatabasePool;
class PgNotificationListener;

// What an access token's account is now: a token is honoured only while its account (and, for
// a member, the tenant's owner) is active and the token's generation is the account's.
struct AccountState
{
    bool exists = false;
    bool active = false;       // status active and not deleted
    bool tenantActive = false; // the tenant owner active and not deleted (true for admins)
    qint64 generation = 0;     // customers.token_generation
    qint64 tenantId = 0;
};

// The states of recently seen accounts, shared by every worker. An entry is dropped when this
// instance changes the account (forget) and when any instance does (AccountChangeListener, on
// PostgreSQL NOTIFY). While the listener is not connected nothing is cached: every check reads
// the database, so no notification can be missed.
class AccountStates
{
public:
    explicit AccountStates(DatabasePool &pool)
        : m_pool(pool)
    {}

    // From the cache, else (or with `fresh`) from the database, on the calling worker's
    // connection.
    Result<AccountState> lookup(qint64 accountId, bool fresh = false);
    // Drops the account and, when it is a tenant owner, its members.
    void forget(qint64 accountId);
    void setCaching(bool on);

private:
    static constexpr qsizetype kCapacity = 20000;
    static constexpr qint64 kMaxAgeMs = 60000; // a safety net behind the notifications
    struct Entry
    {
        AccountState state;
        qint64 loadedAtMs = 0;
    };
    DatabasePool &m_pool;
    QMutex m_lock;
    QHash<qint64, Entry> m_entries;
    quint64 m_epoch = 0; // moves on every forget, so a load that raced one is not cached
    bool m_caching = false;
};

// Hears channel remotegpu_accounts (sent by the customers triggers, migration 0019) through a
// PgNotificationListener of its own and forgets the named accounts' cached states; caching is
// off while it is not listening (a change could go unheard).
class AccountChangeListener
{
public:
    AccountChangeListener(QString databaseUrl, AccountStates &states);
    ~AccountChangeListener();
    AccountChangeListener(const AccountChangeListener &) = delete;
    AccountChangeListener &operator=(const AccountChangeListener &) = delete;
    void start();

private:
    AccountStates &m_states;
    std::unique_ptr<PgNotificationListener> m_listener;
};

} // namespace remotegpu
