#include "HostLivenessMonitor.h"

#include "Clock.h"
#include "DatabasePool.h"
#include "HostLivenessRepository.h"
#include "JsonLog.h"
#include "SqlSession.h"

namespace remotegpu {

HostLivenessMonitor::HostLivenessMonitor(DatabasePool &pool, const Clock &clock, int intervalMs)
    : m_pool(pool)
    , m_clock(clock)
    , m_job(pool.threadPool(), intervalMs, [this] {
        auto offline = checkOnce(m_clock.now());
        if (!offline)
            qCWarning(lcDb).noquote() << "offline detection failed:" << offline.error().message;
    })
{}

Result<int> HostLivenessMonitor::checkOnce(const QDateTime &now)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return HostLivenessRepository(*session).markSilentHostsOffline(now);
}

} // namespace remotegpu
