#include "Backoff.h"

#include "RandomNumbers.h"

#include <limits>

namespace remotegpu {

qint64 Backoff::failed(qint64 nowMs)
{
    ++m_failures;
    const int shift = std::min(m_failures - 1, 20);
    const qint64 ceiling = std::min(m_capMs, m_baseMs << shift);
    const qint64 spread = std::min<qint64>(ceiling / 2 + 1, std::numeric_limits<quint32>::max());
    const qint64 wait = ceiling / 2 + qint64(random::bounded(quint32(spread)));
    m_nextTryMs = nowMs + wait;
    return m_nextTryMs;
}

} // namespace remotegpu
