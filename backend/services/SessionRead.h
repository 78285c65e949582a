#pragma once

#include "DatabasePool.h"
#include "Result.h"
#include "SqlSession.h"

#include <utility>

namespace remotegpu {

// Runs `read(session)` on a session of `pool` and hands back what it returns, so a read-only
// service call is one expression rather than the open-check-read steps each time.
template<typename Read>
auto readInSession(DatabasePool &pool, Read &&read) -> decltype(read(std::declval<SqlSession &>()))
{
    auto session = SqlSession::open(pool);
    if (!session)
        return session.error();
    return read(*session);
}

} // namespace remotegpu
