#pragma once

#include "Result.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <algorithm>
#include <functional>

namespace remotegpu {

// Fixed-budget limiter per key ("reset-ip:10.0.0.7", "upload-account:42"): at most `limit` hits
// per `windowSeconds`, sliding (a token bucket refilled continuously). In memory per instance:
// with N instances behind a balancer a client gets at most N times the budget, which bounds abuse
// well enough for these routes; sign-in failures, where it matters more, are counted in the
// database (LoginAttemptRepository) instead.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds; swappable for tests

    explicit RateLimiter(Clock clock = {});

    // Ok and counts the hit, or TooManyRequests with the seconds until one more is allowed.
    Result<void> hit(const QString &key, int limit, int windowSeconds, const QString &what);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
        int limit = 0;    // this key's own budget, which the sweep must refill it by
        double perMs = 0; // tokens regained per millisecond
        double tokensAt(qint64 nowMs) const
        {
            return std::min(double(limit), tokens + double(nowMs - updatedMs) * perMs);
        }
    };
    Clock m_clock;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace remotegpu
