#include "RateLimiter.h"

#include <QDateTime>

#include <cmath>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

RateLimiter::RateLimiter(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

Result<void> RateLimiter::hit(const QString &key, int limit, int windowSeconds, const QString &what)
{
    const qint64 now = m_clock();
    const double perMs = double(limit) / (double(windowSeconds) * 1000.0);
    QMutexLocker lock(&m_mutex);
    // Forget full buckets now and then, so one-off keys do not pile up. Each bucket refills at
    // its own key's rate: judged by the caller's, a slow key's partly spent budget was dropped
    // whenever a faster key's hit ran the sweep, handing that client a fresh budget.
    if (now - m_lastSweepMs > 60000) {
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (it->tokensAt(now) >= it->limit)
                it = m_buckets.erase(it);
            else
                ++it;
        }
        m_lastSweepMs = now;
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(limit), now, limit, perMs});
    Bucket &b = *it;
    b.limit = limit;
    b.perMs = perMs;
    b.tokens = b.tokensAt(now);
    b.updatedMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return {};
    }
    const int retryAfter = std::max(1, int(std::ceil((1.0 - b.tokens) / perMs / 1000.0)));
    return Error::tooManyRequests(
        u"Too many %1; try again in %2 seconds"_s.arg(what).arg(retryAfter), retryAfter);
}

} // namespace remotegpu
