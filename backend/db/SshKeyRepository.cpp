#include "SshKeyRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = u"id, customer_id, name, public_key, fingerprint, created_at"_s;

SshKey fromRow(const QSqlQuery &q)
{
    SshKey k;
    k.id = q.value(0).toLongLong();
    k.customerId = q.value(1).toLongLong();
    k.name = q.value(2).toString();
    k.publicKey = q.value(3).toString();
    k.fingerprint = q.value(4).toString();
    k.createdAt = sql::utcTime(q.value(5));
    return k;
}

} // namespace

Result<QList<SshKey>> SshKeyRepository::listOf(qint64 customerId)
{
    auto q = m_session.exec(u"SELECT "_s + kColumns +
                                u" FROM ssh_keys WHERE customer_id = ? ORDER BY created_at, id"_s,
                            {customerId});
    if (!q)
        return q.error();
    QList<SshKey> keys;
    while ((*q)->next())
        keys.append(fromRow(**q));
    return keys;
}

Result<std::optional<SshKey>> SshKeyRepository::find(qint64 id, qint64 customerId)
{
    auto q = m_session.exec(u"SELECT "_s + kColumns +
                                u" FROM ssh_keys WHERE id = ? AND customer_id = ?"_s,
                            {id, customerId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<SshKey>();
    return std::optional<SshKey>(fromRow(**q));
}

Result<std::optional<SshKey>> SshKeyRepository::findByFingerprint(qint64 customerId,
                                                                  const QString &fingerprint)
{
    auto q = m_session.exec(u"SELECT "_s + kColumns +
                                u" FROM ssh_keys WHERE customer_id = ? AND fingerprint = ?"_s,
                            {customerId, fingerprint});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<SshKey>();
    return std::optional<SshKey>(fromRow(**q));
}

Result<SshKey> SshKeyRepository::insert(qint64 customerId, const QString &name,
                                        const QString &publicKey, const QString &fingerprint)
{
    auto q = m_session.exec(
        u"INSERT INTO ssh_keys (customer_id, name, public_key, fingerprint) VALUES (?, ?, ?, ?) RETURNING "_s +
            kColumns,
        {customerId, name, publicKey, fingerprint});
    if (!q)
        return q.error();
    (*q)->next();
    return fromRow(**q);
}

Result<bool> SshKeyRepository::remove(qint64 id, qint64 customerId)
{
    auto q = m_session.exec(u"DELETE FROM ssh_keys WHERE id = ? AND customer_id = ? RETURNING id"_s,
                            {id, customerId});
    if (!q)
        return q.error();
    return (*q)->next();
}

} // namespace remotegpu
