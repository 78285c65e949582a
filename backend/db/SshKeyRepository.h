#pragma once

#include "Result.h"
#include "SshKey.h"

#include <QList>

#include <optional>

namespace remotegpu {

class SqlSession;

// ssh_keys: one account's public keys. Every call is limited to the account that owns the key,
// so another account's key id reads as absent.
class SshKeyRepository
{
public:
    explicit SshKeyRepository(SqlSession &session)
        : m_session(session)
    {}

    Result<QList<SshKey>> listOf(qint64 customerId);
    Result<std::optional<SshKey>> find(qint64 id, qint64 customerId);
    Result<std::optional<SshKey>> findByFingerprint(qint64 customerId, const QString &fingerprint);
    Result<SshKey> insert(qint64 customerId, const QString &name, const QString &publicKey,
                          const QString &fingerprint);
    // False when there was no such key of this account.
    Result<bool> remove(qint64 id, qint64 customerId);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
