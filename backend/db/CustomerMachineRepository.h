#pragma once

#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class SqlSession;

// The machines a tenant holds now (an active allocation whose period contains now()), as the
// customer side shows them: connection details and the latest GPU load, never a credential.
// hosts has no password column at all; access is by the tenant's SSH keys (or a reset done by
// an admin), so nothing here can leak one.
class CustomerMachineRepository
{
public:
    struct GpuView
    {
        int index = 0;
        QString name;
        std::optional<int> memoryTotalMb;
        std::optional<double> utilization; // latest sample
        QDateTime collectedAt;

        QJsonObject toJson() const;
    };

    struct MachineView
    {
        QString id, name, region, gpuModel;
        int gpuCount = 0;
        QString publicIp, sshHost, sshUsername;
        std::optional<int> sshPort;
        QString status, healthStatus;
        QString osType, osVersion;
        int totalCpu = 0;
        qint64 totalMemoryGb = 0;
        qint64 tenantId = 0;
        QString allocationId;
        QDateTime allocationStart, allocationEnd;
        bool expiring = false;
        std::optional<double> latestGpuUtilization; // mean of each GPU's latest sample
        QDateTime latestMetricsAt;
        QList<GpuView> gpus; // detail only

        QJsonObject toJson() const;
    };

    struct Summary
    {
        qint64 machines = 0, gpus = 0, expiringSoon = 0;
        std::optional<double> averageGpuUtilization24h;

        QJsonObject toJson() const;
    };

    explicit CustomerMachineRepository(SqlSession &session)
        : m_session(session)
    {}

    static const QStringList &sortableFields();
    static const QStringList &filterableFields();

    // `scopeTenant` 0: every tenant (admins); otherwise only that tenant's machines.
    Result<Page<MachineView>> list(const PageRequest &request, qint64 scopeTenant,
                                   qint64 expiringWindowSecs);
    // Empty when the machine does not exist or is not held now by `scopeTenant`: both answer
    // 404, so a customer cannot probe other tenants' machine ids.
    Result<std::optional<MachineView>> find(const QString &id, qint64 scopeTenant,
                                            qint64 expiringWindowSecs);
    // The 24 h average covers only samples taken since the tenant's allocation started.
    Result<Summary> summary(qint64 scopeTenant, qint64 expiringWindowSecs);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
