#pragma once

#include <QtGlobal>

#include <algorithm>
#include <utility>

namespace remotegpu {

// Capped exponential back-off with full jitter: after the n-th failure in a row the next try
// waits a random time in [base·2^(n-1) / 2, base·2^(n-1)], at most `cap`. Not thread-safe: its
// owner locks.
class Backoff
{
public:
    Backoff(qint64 baseMs, qint64 capMs)
        : m_baseMs(baseMs)
        , m_capMs(capMs)
    {}

    // Records a failure at `nowMs` and returns the earliest time of the next try.
    qint64 failed(qint64 nowMs);
    void succeeded() { m_failures = 0, m_nextTryMs = 0; }
    bool mayTry(qint64 nowMs) const { return nowMs >= m_nextTryMs; }
    int failures() const { return m_failures; }
    qint64 nextTryMs() const { return m_nextTryMs; }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    int m_failures = 0;
    qint64 m_nextTryMs = 0;
};

// At most one line per `intervalMs`: allow() says whether to write it now and how many were
// held back since the last one.
class LogThrottle
{
public:
    explicit LogThrottle(qint64 intervalMs)
        : m_intervalMs(intervalMs)
    {}
    bool allow(qint64 nowMs, int *suppressed)
    {
        if (m_lastMs != 0 && nowMs - m_lastMs < m_intervalMs) {
            ++m_suppressed;
            return false;
        }
        *suppressed = std::exchange(m_suppressed, 0);
        m_lastMs = nowMs;
        return true;
    }

private:
    qint64 m_intervalMs;
    qint64 m_lastMs = 0;
    int m_suppressed = 0;
};

} // namespace remotegpu
