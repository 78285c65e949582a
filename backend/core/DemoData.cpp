#include "DemoData.h"

#include "PasswordHasher.h"
#include "PgConnection.h"
#include "RandomNumbers.h"

#include <QFile>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<DemoData::Report> DemoData::loadIfEmpty(PgConnection &connection, const QString &password)
{
    QFile file(u":/demo/demo.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(u"The demo data is missing from this build"_s);
    const QByteArray sql = file.readAll();

    QString effective = password;
    if (effective.isEmpty()) {
        effective = QString::fromLatin1(random::bytes(24).toBase64());
    }
    auto hash = PasswordHasher::hash(effective);
    if (!hash)
        return hash.error();

    if (auto r = connection.exec("BEGIN"); !r)
        return r.error();
    auto rollback = [&](const Error &e) -> Result<Report> {
        (void)connection.exec("ROLLBACK");
        return Error::internal(u"Loading the demo data failed: %1"_s.arg(e.message));
    };
    // Serialises two instances started with --demo at once on an empty database.
    if (auto r = connection.exec("LOCK TABLE hosts IN SHARE ROW EXCLUSIVE MODE"); !r)
        return rollback(r.error());
    auto count = connection.query("SELECT count(*) FROM hosts");
    if (!count)
        return rollback(count.error());
    if (count->first().first().toInt() > 0) {
        (void)connection.exec("ROLLBACK");
        return Report{};
    }
    if (auto r = connection.query("SELECT set_config('remotegpu.demo_password_hash', $1, true)",
                                  {hash->toUtf8()});
        !r)
        return rollback(r.error());
    if (auto r = connection.exec(sql); !r)
        return rollback(r.error());
    auto hosts = connection.query("SELECT count(*) FROM hosts");
    auto customers = connection.query("SELECT count(*) FROM customers WHERE role <> 'admin'");
    if (!hosts || !customers)
        return rollback(hosts ? customers.error() : hosts.error());
    if (auto r = connection.exec("COMMIT"); !r)
        return Error::internal(u"Loading the demo data failed: %1"_s.arg(r.error().message));
    return Report{true, hosts->first().first().toInt(), customers->first().first().toInt()};
}

} // namespace remotegpu
