#pragma once

#include "Allocation.h"
#include "ApiCall.h"
#include "Customer.h"
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
