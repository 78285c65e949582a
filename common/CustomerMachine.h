#pragma once

#include "CustomerGpu.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// A machine a tenant holds now, as the customer side shows it (GET /api/customer/machines and
// /:id): connection details and the latest GPU load, never a credential. `sshCommand` is derived
// from the SSH host (or public address), port and user.
struct CustomerMachine
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
    QList<CustomerGpu> gpus; // detail only

    // "ssh -p 2201 ubuntu@a1.gpu.example", or empty when there is nowhere to connect.
    QString sshCommand() const;

    QJsonObject toJson() const;
    static Result<CustomerMachine> fromJson(const QJsonObject &json);

    friend bool operator==(const CustomerMachine &, const CustomerMachine &) = default;
};

} // namespace remotegpu
