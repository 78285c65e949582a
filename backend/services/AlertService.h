#pragma once

#include "Alert.h"
#include "ClientInfo.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"

#include <QList>

namespace remotegpu {

class Clock;
class DatabasePool;

// The alerts on the caller's tenant's machines (every machine's for an admin): lists,
// acknowledge and resolve. Another tenant's alert reads as absent (404).
class AlertService
{
public:
    static constexpr int MaxActiveAlerts = 50;

    AlertService(DatabasePool &pool, const Clock &clock)
        : m_pool(pool)
        , m_clock(clock)
    {}

    // The alerts still firing, at most MaxActiveAlerts.
    Result<QList<Alert>> active(const Principal &principal) const;
    Result<Page<Alert>> list(const PageRequest &request, const Principal &principal) const;
    // 409 when the alert is already acknowledged or resolved; audited.
    Result<Alert> acknowledge(const Principal &principal, qint64 id, const ClientInfo &client);
    // 409 when the alert is already resolved; `note` is kept with it; audited.
    Result<Alert> resolve(const Principal &principal, qint64 id, const QString &note,
                          const ClientInfo &client);

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
};

} // namespace remotegpu
