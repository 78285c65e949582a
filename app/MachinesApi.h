#pragma once

#include "Allocation.h"
#include "ApiCall.h"
#include "Customer.h"
#include "FleetRealtime.h"
#include "HostStatusChange.h"
#include "Machine.h"
#include "MachineDetail.h"
#include "MachineListItem.h"
#include "MachineMonitoring.h"
#include "MachineProcessReport.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class ApiClient;

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
    // The machine's history over [from, to] (GET /api/admin/machines/:id/monitoring): host and
    // per-GPU series at the resolution the server picks for the range (the answer says which).
    void monitoring(const QString &id, const QDateTime &from, const QDateTime &to, QObject *context,
                    Reply<MachineMonitoring> reply);
    // Its status changes, newest first (GET /api/admin/machines/:id/status-history).
    void statusHistory(const QString &id, int limit, QObject *context,
                       Reply<QList<HostStatusChange>> reply);
    // The latest figures and GPU health of `hostIds` (GET /api/admin/monitoring/realtime).
    void realtime(const QStringList &hostIds, QObject *context, Reply<FleetRealtime> reply);
    void processes(const QString &id, QObject *context, Reply<MachineProcessReport> reply);

    // The body POST and PUT take: the editable fields and the GPUs, without what the server
    // owns (status, heartbeat, allocation, timestamps).
    static QJsonObject writeBody(const Machine &machine);

private:
    ApiClient &m_client;
};

} // namespace remotegpu
