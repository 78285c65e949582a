#include "SigningKeyRepository.h"

#include "PgConnection.h"
#include "RandomNumbers.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QList<QByteArray>> SigningKeyRepository::loadOrCreate(PgConnection &connection)
{
    const QByteArray secret = random::bytes(64);
    const QByteArray kid = random::bytes(12);
    auto inserted =
        connection.query("INSERT INTO signing_keys (kid, algorithm, secret, status) "
                         "SELECT $1, 'HS256', decode($2, 'hex'), 'active' "
                         "WHERE NOT EXISTS (SELECT 1 FROM signing_keys WHERE status = 'active') "
                         "ON CONFLICT DO NOTHING",
                         {kid.toHex(), secret.toHex()});
    if (!inserted)
        return inserted.error();
    auto rows =
        connection.query("SELECT encode(secret, 'hex') FROM signing_keys "
                         "WHERE status = 'active' OR (status = 'retired' AND verify_until > now()) "
                         "ORDER BY (status = 'active') DESC, created_at DESC");
    if (!rows)
        return rows.error();
    QList<QByteArray> keys;
    for (const QStringList &row : *rows)
        keys.append(QByteArray::fromHex(row.first().toLatin1()));
    if (keys.isEmpty())
        return Error::internal(u"No token signing key could be loaded"_s);
    return keys;
}

} // namespace remotegpu
