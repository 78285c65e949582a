#pragma once

#include "DatabasePool.h"
#include "Result.h"
#include "SettingsRepository.h"
#include "SqlSession.h"

#include <utility>

namespace remotegpu {

// Runs `read(session, expiringWindowSecs)` on a session of `pool`, with the platform's
// "expiring soon" window (a setting) that the dashboard and machine views flag allocations by.
template<typename Read>
auto readWithExpiringWindow(DatabasePool &pool, Read &&read)
    -> decltype(read(std::declval<SqlSession &>(), qint64()))
{
    auto session = SqlSession::open(pool);
    if (!session)
        return session.error();
    auto window = SettingsRepository(*session).expiringWindowSecs();
    if (!window)
        return window.error();
    return read(*session, *window);
}

} // namespace remotegpu
