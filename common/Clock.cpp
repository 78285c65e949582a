#include "Clock.h"

#include <QMutexLocker>

namespace remotegpu {

Clock::Clock(Source source)
    : m_source(std::move(source))
{}

QDateTime Clock::now() const
{
    Source source;
    {
        QMutexLocker lock(&m_mutex);
        source = m_source;
    }
    return source ? source().toUTC() : QDateTime::currentDateTimeUtc();
}

void Clock::set(Source source)
{
    QMutexLocker lock(&m_mutex);
    m_source = std::move(source);
}

void Clock::setFixed(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    // Every call returns its own copy of the capture; moving it out would empty the source for
    // the next call.
    set([utc] { return utc; }); // NOLINT(performance-no-automatic-move)
}

} // namespace remotegpu
