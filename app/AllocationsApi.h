#pragma once

#include "Allocation.h"
#include "ApiCall.h"
#include "BulkExtendResult.h"
#include "Customer.h"
#include "FreeWindows.h"
#include "Page.h"
#include "PageRequest.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace remotegpu {

class ApiClient;

// A machine as the allocation pickers need it: id, name and its GPU model (the machine list's
// `gpuModel`, which free-windows takes to answer for many machines at once).
struct MachineRef
{
    QString id;
    QString name;
    QString gpuModel;
    static Result<MachineRef> fromJson(const QJsonObject &json);
};

// The Allocations routes of docs/api.md as typed calls, plus the small look-ups the allocation
// dialogs need (tenants, machines). Every reply runs on `context`'s thread, never after
// `context` is gone.
class AllocationsApi
{
public:
    explicit AllocationsApi(ApiClient *client)
        : m_client(client)
    {}

    ApiClient *client() const { return m_client; }

    // GET /api/admin/allocations
    void list(const PageRequest &request, QObject *context, Reply<Page<Allocation>> reply) const;
    // GET /api/admin/allocations/:id
    void get(const QString &id, QObject *context, Reply<Allocation> reply) const;
    // GET /api/admin/allocations/recent (the latest 10, newest first)
    void recent(QObject *context, Reply<QList<Allocation>> reply) const;
    // Every allocation whose period overlaps [from, to) (all pages), for the timeline.
    void overlapping(const QDateTime &from, const QDateTime &to, QObject *context,
                     Reply<QList<Allocation>> reply) const;

    struct CreateRequest
    {
        QString hostId;
        qint64 tenantId = 0;
        QDateTime startTime; // invalid: now
        QDateTime endTime;
        QString remark;
    };
    // POST /api/admin/allocations
    void create(const CreateRequest &request, QObject *context, Reply<Allocation> reply) const;
    // POST /api/admin/machines/:id/allocate
    void allocateMachine(const CreateRequest &request, QObject *context,
                         Reply<Allocation> reply) const;
    // POST /api/admin/allocations/:id/extend
    void extend(const QString &id, const QDateTime &newEnd, QObject *context,
                Reply<Allocation> reply) const;
    // POST /api/admin/allocations/:id/reclaim
    void reclaim(const QString &id, const QString &reason, QObject *context,
                 Reply<Allocation> reply) const;
    // POST /api/admin/allocations/bulk-extend, by days or to one end.
    void bulkExtendByDays(const QStringList &ids, int days, QObject *context,
                          Reply<BulkExtendResult> reply) const;
    void bulkExtendTo(const QStringList &ids, const QDateTime &end, QObject *context,
                      Reply<BulkExtendResult> reply) const;

    // GET /api/admin/allocations/free-windows for one machine or one GPU model.
    void freeWindowsOfHost(const QString &hostId, const QDateTime &from, const QDateTime &to,
                           QObject *context, Reply<FreeWindows> reply) const;
    void freeWindowsOfModel(const QString &gpuModel, const QDateTime &from, const QDateTime &to,
                            QObject *context, Reply<FreeWindows> reply) const;
    // Free windows of every machine over [from, to): one request per GPU model (and one per
    // machine without a GPU), merged, hosts in machine-list order.
    void freeWindowsOfFleet(const QDateTime &from, const QDateTime &to, QObject *context,
                            Reply<FreeWindows> reply) const;

    // The active tenants (customer_owner accounts), by user name, for the pickers.
    void owners(QObject *context, Reply<QList<Customer>> reply) const;
    // Every machine (id, name, GPU model), by name.
    void machines(QObject *context, Reply<QList<MachineRef>> reply) const;

    // The query form of a time: UTC ISO 8601 with milliseconds.
    static QString timeParameter(const QDateTime &time);

private:
    // The free windows where `field` (hostId or gpuModel) is `value`.
    void freeWindows(const QString &field, const QString &value, const QDateTime &from,
                     const QDateTime &to, QObject *context, Reply<FreeWindows> reply) const;

    QPointer<ApiClient> m_client;
};

} // namespace remotegpu
