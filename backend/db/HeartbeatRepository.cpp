#include "HeartbeatRepository.h"

#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QList<HeartbeatRepository::Outcome>> HeartbeatRepository::ingest(const QByteArray &batch,
                                                                        const QDateTime &now)
{
    // On the connection's own libpq handle: the document (a few KB per heartbeat) goes out as
    // the bytes it is. Through QSqlQuery it was turned into UTF-16, quoted and escaped into an
    // EXECUTE statement's text, and back to UTF-8: a tenth of the server's CPU per heartbeat.
    auto results = m_session.execPipelined(
        {{u"SELECT item, outcome FROM remotegpu_ingest_heartbeats(?::jsonb, ?::timestamptz)"_s,
          {batch, now.toUTC()}}});
    if (!results)
        return results.error();
    const PgRows &rows = results->first();
    QList<Outcome> outcomes;
    outcomes.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QByteArrayView word = rows.utf8(i, 1);
        outcomes.append(word == "accepted"    ? Outcome::Accepted
                        : word == "duplicate" ? Outcome::Duplicate
                        : word == "too_old"   ? Outcome::TooOld
                                              : Outcome::Unauthorized);
    }
    return outcomes;
}

} // namespace remotegpu
