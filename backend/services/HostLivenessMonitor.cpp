#include "HostLivenessMonitor.h"

#include "Clock.h"
#include "DatabasePool.h"
#include "HostLivenessRepository.h"
#include "JsonLog.h"
#include "SqlSession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace remotegpu {

HostLivenessMonitor::HostLivenessMonitor(DatabasePool &pool, const Clock &clock, int intervalMs,
                                         QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_clock(clock)
{
    m_timer.setInterval(std::max(intervalMs, 100));
    connect(&m_timer, &QTimer::timeout, this, &HostLivenessMonitor::tick);
}

HostLivenessMonitor::~HostLivenessMonitor()
{
    stop();
}

void HostLivenessMonitor::start()
{
    m_timer.start();
}

void HostLivenessMonitor::stop()
{
    m_timer.stop();
    m_inFlight.waitForFinished();
}

void HostLivenessMonitor::tick()
{
    if (m_inFlight.isRunning())
        return;
    m_inFlight = QtConcurrent::run(m_pool.threadPool(), [this] {
        auto offline = checkOnce(m_clock.now());
        if (!offline)
            qCWarning(lcDb).noquote() << "offline detection failed:" << offline.error().message;
    });
}

Result<int> HostLivenessMonitor::checkOnce(const QDateTime &now)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return HostLivenessRepository(*session).markSilentHostsOffline(now);
}

} // namespace remotegpu
