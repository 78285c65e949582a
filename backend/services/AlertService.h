#pragma once

#include "Alert.h"
#include "Principal.h"
#include "Result.h"

#include <QList>

namespace remotegpu {

class DatabasePool;

// The alerts on the caller's tenant's machines (every machine's for an admin).
class AlertService
{
public:
    static constexpr int MaxActiveAlerts = 50;

    explicit AlertService(DatabasePool &pool)
        : m_pool(pool)
    {}

    // The alerts still firing, at most MaxActiveAlerts.
    Result<QList<Alert>> active(const Principal &principal) const;

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
