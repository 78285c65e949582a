#include "HostLivenessRepository.h"

#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<int> HostLivenessRepository::markSilentHostsOffline(const QDateTime &now)
{
    auto q =
        m_session.exec(u"SELECT remotegpu_detect_offline_hosts(?::timestamptz)"_s, {now.toUTC()});
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toInt() : 0;
}

} // namespace remotegpu
