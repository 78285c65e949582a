#pragma once

#include "CurrentAllocation.h"
#include "Machine.h"
#include "MachineDetail.h"
#include "MachineListItem.h"
#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace remotegpu {

class JsonStreamWriter;
class SqlSession;

// The hosts table and its gpus. Allocation state is derived (never stored): an active
// allocation whose period holds now(), `expiring` when it ends within the
// allocation_expiring_window_days setting.
class MachineRepository
{
public:
    explicit MachineRepository(SqlSession &session)
        : m_session(session)
    {}

    // `LEFT JOIN LATERAL (…) a`: the current allocation of the host aliased h, as the list
    // reads it (for the test that checks which index can serve it).
    static const QString &currentAllocationJoin();
    static const QStringList &sortableFields();
    static const QStringList &filterableFields();
    // One page and its total: a count and a page query that share the same FROM/WHERE.
    Result<Page<MachineListItem>> list(const PageRequest &request);

    Result<std::optional<MachineListItem>> find(const QString &id);
    Result<std::optional<MachineDetail>> detail(const QString &id);
    Result<QList<Gpu>> gpusOf(const QString &hostId);

    Result<void> insert(const Machine &machine);
    // Full replace of the editable columns; status, heartbeat and agent columns are kept.
    Result<bool> update(const Machine &machine);
    Result<void> replaceGpus(const QString &hostId, const QList<Gpu> &gpus);
    Result<bool> remove(const QString &id);
    // Locks the row (FOR UPDATE) inside the caller's transaction; the stored status, if found.
    Result<std::optional<QString>> lockStatus(const QString &id);
    // enabled: maintenance; otherwise online when the last heartbeat is recent, else offline.
    Result<QString> setMaintenance(const QString &id, bool enabled);

    // The active or pending allocation standing in the way of deleting a host.
    Result<std::optional<CurrentAllocation>> blockingAllocation(const QString &hostId);
    Result<bool> hasAllocationHistory(const QString &hostId);

    // The 409 for a machine whose ip address, ssh host:port or id is taken by another host
    // ("ipAddress 10.0.0.5 is already used by node-07 (BJ-GPU-07)"); nullopt when none is.
    Result<std::optional<Error>> findClash(const Machine &machine, const QString &excludeId);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
