#pragma once

#include "Result.h"

#include <QDateTime>

namespace remotegpu {

class SqlSession;

// The offline detector's pass (sql/0024 remotegpu_detect_offline_hosts): hosts whose agent went
// silent for host_offline_missed_heartbeats intervals become offline with their reason, history
// row, alert and C2 event; flapping hosts that stayed stable are cleared.
class HostLivenessRepository
{
public:
    explicit HostLivenessRepository(SqlSession &session)
        : m_session(session)
    {}

    // How many hosts went offline at `now`.
    Result<int> markSilentHostsOffline(const QDateTime &now);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
