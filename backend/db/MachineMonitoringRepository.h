#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace remotegpu {

class SqlSession;

// Recent metrics of one machine for its tenant: host series and each GPU's latest sample, never
// older than `since` (the start of the tenant's allocation), so a tenant never sees what the
// machine's previous tenant ran.
class MachineMonitoringRepository
{
public:
    explicit MachineMonitoringRepository(SqlSession &session)
        : m_session(session)
    {}

    // {"hostId", "from", "to", "series": [{time, cpuUsagePercent, memoryUsagePercent,
    //  gpuAvgUtilization, gpuAvgTemperature, gpuAvgPower}], "gpus": [{index, name, utilization,
    //  memoryUsed, memoryUsagePercent, temperature, powerDraw, collectedAt}]}
    Result<QJsonObject> recent(const QString &hostId, const QDateTime &since,
                               const QDateTime &until);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
