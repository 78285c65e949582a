#include "DeliveryRetry.h"

#include "RandomNumbers.h"

#include <algorithm>

namespace remotegpu {

QDateTime DeliveryRetry::nextAttemptAt(const QDateTime &now, int failedAttempts) const
{
    if (delaysSecs.isEmpty())
        return now;
    const int index = std::clamp(failedAttempts - 1, 0, int(delaysSecs.size()) - 1);
    const double base = delaysSecs.at(index) * 1000.0;
    // Uniform in [1 - jitter, 1 + jitter].
    const double factor = 1.0 - jitter + 2.0 * jitter * (random::bounded(1000001) / 1000000.0);
    return now.addMSecs(qint64(base * factor));
}

} // namespace remotegpu
