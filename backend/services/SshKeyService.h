#pragma once

#include "ClientInfo.h"
#include "Principal.h"
#include "Result.h"
#include "SshKey.h"

#include <QJsonValue>
#include <QList>

namespace remotegpu {

class DatabasePool;

// Each account's own SSH public keys; another account's key reads as absent (404).
class SshKeyService
{
public:
    explicit SshKeyService(DatabasePool &pool)
        : m_pool(pool)
    {}

    // A key as sent: `publicKey` the .pub line, `name` optional (the key's comment or type when
    // absent). Values are checked by the service, which names the field that is wrong.
    struct NewKey
    {
        QJsonValue publicKey;
        QJsonValue name;
    };

    Result<QList<SshKey>> list(const Principal &principal);
    Result<SshKey> add(const Principal &principal, const NewKey &key, const ClientInfo &client);
    Result<void> remove(const Principal &principal, qint64 id, const ClientInfo &client);

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
