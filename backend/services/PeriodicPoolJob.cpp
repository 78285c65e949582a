#include "PeriodicPoolJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace remotegpu {

PeriodicPoolJob::PeriodicPoolJob(QThreadPool *pool, int intervalMs, std::function<void()> work,
                                 QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_work(std::move(work))
{
    m_timer.setInterval(std::max(intervalMs, 100));
    connect(&m_timer, &QTimer::timeout, this, &PeriodicPoolJob::tick);
}

PeriodicPoolJob::~PeriodicPoolJob()
{
    stop();
}

void PeriodicPoolJob::start(bool runNow)
{
    m_timer.start();
    if (runNow)
        tick();
}

void PeriodicPoolJob::stop()
{
    m_timer.stop();
    m_inFlight.waitForFinished();
}

void PeriodicPoolJob::tick()
{
    if (!m_inFlight.isRunning())
        m_inFlight = QtConcurrent::run(m_pool, m_work);
}

} // namespace remotegpu
