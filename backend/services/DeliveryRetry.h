#pragma once

#include <QDateTime>
#include <QList>

namespace remotegpu {

// When a failed webhook delivery is tried again: after the n-th failed attempt it waits
// delaysSecs[n-1] (the last entry once past the end), give or take `jitter` (0.2 = ±20 %, so
// receivers that failed together do not all get their retries at the same second), and after
// maxAttempts attempts it is given up.
struct DeliveryRetry
{
    QList<int> delaysSecs{5, 30, 120, 600, 3600, 3 * 3600, 6 * 3600};
    int maxAttempts = 8;
    double jitter = 0.2;

    bool exhausted(int attempts) const { return attempts >= maxAttempts; }
    // The next try after `failedAttempts` failures in a row, from `now`.
    QDateTime nextAttemptAt(const QDateTime &now, int failedAttempts) const;
};

} // namespace remotegpu
