#include "SigningKeyRepository.h"

#include "PgConnection.h"

#include <openssl/rand.h>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QList<QByteArray>> SigningKeyRepository::loadOrCreate(PgConnection &connection)
{
    QByteArray secret(64, Qt::Uninitialized);
    QByteArray kid(12, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(secret.data()), int(secret.size())) != 1 ||
        RAND_bytes(reinterpret_cast<unsigned char *>(kid.data()), int(kid.size())) != 1)
        return Error::internal(
            u"The system random generator failed; cannot create a token signing key"_s);
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
