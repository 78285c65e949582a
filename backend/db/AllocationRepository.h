#pragma once

#include "Allocation.h"
#include "FreeWindows.h"
#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

class SqlSession;

// allocations (sql/0004) and the SSH key jobs they queue (agent_key_jobs, sql/0014). The
// exclusion constraint allocations_host_period_excl is what keeps a host to one active or
// pending allocation at a time; this class only reports which allocation holds a period after
// the database refused an overlap.
class AllocationRepository
{
public:
    explicit AllocationRepository(SqlSession &session)
        : m_session(session)
    {}

    struct NewAllocation
    {
        QString id;
        qint64 tenantId = 0; // the customer_owner
        QString hostId;
        QDateTime startTime;
        QDateTime endTime;
        AllocationStatus status = AllocationStatus::Active;
        QString remark;
        std::optional<qint64> createdBy;
    };

    // A busy period of a host, for the free-window query.
    struct BusyPeriod
    {
        QString hostId;
        QDateTime start;
        QDateTime end;
    };

    // Fails with Conflict (SQLSTATE 23P01) when the host is already held over that period.
    Result<Allocation> insert(const NewAllocation &a);

    // `scopeTenant` 0: any tenant; otherwise only that tenant's rows (another's reads as absent).
    Result<std::optional<Allocation>> find(const QString &id, qint64 scopeTenant,
                                           bool forUpdate = false);
    Result<std::optional<Allocation>> activeForHost(const QString &hostId, bool forUpdate = false);

    static const QStringList &sortableFields();
    static const QStringList &filterableFields();
    // The status filter value `expiring` is held_allocations (0020) at `now` with its window.
    Result<Page<Allocation>> list(const PageRequest &request, qint64 scopeTenant,
                                  const QDateTime &now);
    Result<QList<Allocation>> recent(qint64 scopeTenant, int limit);

    // Moves end_time, counts the extension and re-arms the reminders. Conflict (23P01) when it
    // runs into the host's next allocation.
    Result<Allocation> updateEnd(const QString &id, const QDateTime &endTime);
    Result<Allocation> markReclaimed(const QString &id, std::optional<qint64> by,
                                     const QString &reason, const QDateTime &at);

    // The active or pending allocation of `hostId` overlapping [start, end), other than
    // `exceptId`: the one that made the database refuse an insert or extend.
    Result<std::optional<QString>> holderOf(const QString &hostId, const QDateTime &start,
                                            const QDateTime &end, const QString &exceptId = {});

    // Queues one job per SSH key of the tenant (owner and members) for the host; returns how many.
    Result<int> enqueueKeyJobs(const QString &allocationId, const QString &hostId, qint64 tenantId,
                               const QString &action);

    // The machines a free-window answer covers, by id, without their windows: `hostId`, or every
    // machine with a GPU of `gpuModel`; a tenant (scopeTenant != 0) sees only machines it has or
    // had allocated.
    Result<QList<HostFreeWindows>>
    freeWindowCandidates(const QString &hostId, const QString &gpuModel, qint64 scopeTenant);

    // Active and pending periods of these hosts overlapping [from, to), ordered by host, start.
    Result<QList<BusyPeriod>> busyPeriods(const QStringList &hostIds, const QDateTime &from,
                                          const QDateTime &to);

    // The status of machine `hostId` (hosts.status); nullopt when there is no such machine.
    Result<std::optional<QString>> hostStatus(const QString &hostId);

    // What the allocation sweep (AllocationSweeper) reads and claims. Each status change is a
    // conditional UPDATE that only one transaction wins; it answers the rows it changed.
    struct StatusChange
    {
        QString id;
        QString hostId;
        qint64 tenantId = 0;
    };
    // Pending allocations whose start has come and whose end has not become active.
    Result<QList<StatusChange>> activateStarted(const QDateTime &now);
    // Allocations in status `from` (active or pending) whose end has passed become expired.
    Result<QList<StatusChange>> expireEnded(AllocationStatus from, const QDateTime &now);

    // An active allocation near its end, with the smallest reminder threshold already sent.
    struct EndingSoon
    {
        QString id;
        QString hostId;
        QString hostName;
        qint64 tenantId = 0;
        QDateTime end;
        std::optional<int> lastReminderDays;
    };
    // Active allocations ending in (from, to], soonest first.
    Result<QList<EndingSoon>> endingBetween(const QDateTime &from, const QDateTime &to);
    // Claims the reminder at `days` for allocation `id` (sql/0004's last_reminder_days): false
    // when it is no longer active or a reminder at that threshold or below was already claimed.
    Result<bool> claimReminder(const QString &id, int days);

    // A new id "alloc-YYYYMMDD-<6 hex>" for `day` (UTC).
    static QString makeId(const QDateTime &day);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
