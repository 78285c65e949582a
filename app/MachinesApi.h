#pragma once

#include "Allocation.h"
#include "ApiCall.h"
#include "Customer.h"
#include "GpuProcess.h"
#include "Machine.h"
#include "MachineDetail.h"
#include "MachineListItem.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class ApiClient;

// One point of GET /api/customer/machines/:id/monitoring's `series` (host averages).
struct MachineMonitoringPoint
{
    QDateTime time;
    std::optional<double> cpuUsagePercent;
    std::optional<double> memoryUsagePercent;
    std::optional<double> gpuAvgUtilization;
    std::optional<double> gpuAvgTemperature;
    std::optional<double> gpuAvgPower;

    static Result<MachineMonitoringPoint> fromJson(const QJsonObject &json);
};

// Each GPU's newest sample in the monitoring window.
struct MachineMonitoringGpu
{
    int index = 0;
    QString name;
    std::optional<double> utilization;
    std::optional<double> memoryUsedMb;
    std::optional<double> memoryUsagePercent;
    std::optional<double> temperature;
    std::optional<double> powerDraw;
    QDateTime collectedAt;

    static Result<MachineMonitoringGpu> fromJson(const QJsonObject &json);
};

// GET /api/customer/machines/:id/monitoring (admins: any machine held now).
struct MachineMonitoring
{
    QString hostId;
    QDateTime from;
    QDateTime to;
    QList<MachineMonitoringPoint> series;
    QList<MachineMonitoringGpu> gpus;

    static Result<MachineMonitoring> fromJson(const QJsonObject &json);
};

// GET /api/customer/machines/:id/processes: the latest process report (reportedAt invalid when
// there is none since the allocation began).
struct MachineProcessReport
{
    QString hostId;
    QDateTime reportedAt;
    QList<GpuProcess> processes;

    static Result<MachineProcessReport> fromJson(const QJsonObject &json);
};

// The answer of DELETE /api/admin/machines/:id.
struct MachineDeleted
{
    QString id;
    bool deleted = false;
    static Result<MachineDeleted> fromJson(const QJsonObject &json);
};

// The machine routes of the admin API (docs/api.md "Machines"), typed: the console's views
// call these and never ApiClient directly. Every call returns at once; `reply` runs later on
// `context`'s thread, never after `context` is destroyed.
class MachinesApi
{
public:
    explicit MachinesApi(ApiClient &client)
        : m_client(client)
    {}

    ApiClient &client() const { return m_client; }

    void list(const PageRequest &request, QObject *context, Reply<Page<MachineListItem>> reply);
    void detail(const QString &id, QObject *context, Reply<MachineDetail> reply);
    // `machine.id` empty: the server generates one.
    void create(const Machine &machine, QObject *context, Reply<MachineDetail> reply);
    void update(const Machine &machine, QObject *context, Reply<MachineDetail> reply);
    void remove(const QString &id, QObject *context, Reply<MachineDeleted> reply);
    void setMaintenance(const QString &id, bool enabled, const QString &reason, QObject *context,
                        Reply<MachineDetail> reply);

    // The host's allocations, newest first (GET /api/admin/allocations, filtered by hostId).
    void allocations(const QString &hostId, int pageSize, QObject *context,
                     Reply<Page<Allocation>> reply);
    // The tenants (customer owners) for the tenant filter, by user name.
    void tenants(QObject *context, Reply<Page<Customer>> reply);
    // Only for a machine held now (404 otherwise).
    void monitoring(const QString &id, int minutes, QObject *context,
                    Reply<MachineMonitoring> reply);
    void processes(const QString &id, QObject *context, Reply<MachineProcessReport> reply);

    // The body POST and PUT take: the editable fields and the GPUs, without what the server
    // owns (status, heartbeat, allocation, timestamps).
    static QJsonObject writeBody(const Machine &machine);

private:
    ApiClient &m_client;
};

} // namespace remotegpu
