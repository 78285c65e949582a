#include "HeartbeatRepository.h"

#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QList<HeartbeatRepository::Outcome>> HeartbeatRepository::ingest(const QByteArray &batch,
                                                                        const QDateTime &now)
{
    auto q = m_session.exec(
        u"SELECT item, outcome FROM remotegpu_ingest_heartbeats(?::jsonb, ?::timestamptz)"_s,
        {QString::fromUtf8(batch), now.toUTC()});
    if (!q)
        return q.error();
    QList<Outcome> outcomes;
    while ((*q)->next()) {
        const QString word = (*q)->value(1).toString();
        outcomes.append(word == u"accepted"_s    ? Outcome::Accepted
                        : word == u"duplicate"_s ? Outcome::Duplicate
                        : word == u"too_old"_s   ? Outcome::TooOld
                                                 : Outcome::Unauthorized);
    }
    return outcomes;
}

} // namespace remotegpu
