#include "AllocationService.h"

#include "AllocationRepository.h"
#include "AuditRepository.h"
#include "CustomerRepository.h"
#include "DatabasePool.h"
#include "JsonWriter.h"
#include "RateLimiter.h"
#include "SettingsRepository.h"
#include "SqlSession.h"

#include <algorithm>
#include <span>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxRemark = 512;
constexpr int MaxBulkIds = 200;
constexpr int MaxFreeWindowDays = 366;

bool isPeriodClash(const Error &e)
{
    return e.kind == ErrorKind::Conflict &&
           SqlSession::databaseDetailOf(e).contains(u"allocations_host_period_excl"_s);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// What a refused write tried to take, so the 409 can name the allocation holding it once the
// failed transaction is rolled back (the holder is committed: an exclusion check waits for
// concurrent writers and only fails against committed rows).
struct ClashProbe
{
    QString hostId;
    QDateTime start;
    QDateTime end;
    QString exceptId;
    QString subject; // "Machine m1" / "Allocation a1 cannot be extended to …"
};

Error clashError(SqlSession &session, const ClashProbe &probe)
{
    auto holder = AllocationRepository(session).holderOf(probe.hostId, probe.start, probe.end,
                                                         probe.exceptId);
    if (holder && *holder)
        return Error::conflict(u"%1: machine %2 is held over that period by allocation %3"_s.arg(
            probe.subject, probe.hostId, **holder));
    return Error::conflict(u"%1: machine %2 is held over that period by another allocation"_s.arg(
        probe.subject, probe.hostId));
}

bool isOpen(const Allocation &a)
{
    return a.status == AllocationStatus::Active || a.status == AllocationStatus::Pending;
}

// Sets each allocation's `state` as of now with the expiring-window setting, read on the session
// that produced them (inside its transaction for a change, so a failed read changes nothing).
Result<void> stampStates(SqlSession &session, std::span<Allocation> allocations,
                         const QDateTime &now)
{
    auto window = SettingsRepository(session).expiringWindowSecs();
    if (!window)
        return window.error();
    for (Allocation &a : allocations)
        a.state = a.stateAt(now, *window);
    return {};
}

AuditEntry auditFor(const ClientInfo &client, const QString &action, const Principal &actor,
                    const Allocation &a, int status)
{
    AuditEntry e = client.auditBy(actor, action, u"allocation"_s, a.id);
    e.tenantId = a.tenantId;
    e.statusCode = status;
    return e;
}

} // namespace

Error AllocationService::fail(const QString &action, const QString &resourceId,
                              std::optional<qint64> tenantId, const Error &error,
                              const Principal &actor, const ClientInfo &client,
                              const QJsonObject &detail)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return error;
    AuditEntry e =
        client.auditBy(actor, action, u"allocation"_s, resourceId.left(128), AuditResult::Failure);
    e.tenantId = tenantId;
    e.statusCode = httpStatusFor(error.kind);
    e.errorMessage = error.message.left(1000);
    e.detail = detail;
    // Best effort: the caller's error is what the client must see even if this insert fails. A
    // tenant id that names no account (a refused request may carry any) cannot be the row's
    // tenant_id: the row is then written without it.
    if (!AuditRepository(*session).insert(e) && e.tenantId) {
        e.detail.insert(u"tenantId"_s, *e.tenantId);
        e.tenantId.reset();
        (void)AuditRepository(*session).insert(e);
    }
    return error;
}

Result<Page<Allocation>> AllocationService::list(const PageRequest &request, qint64 scopeTenant)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto window = SettingsRepository(*session).expiringWindowSecs();
    if (!window)
        return window.error();
    const QDateTime now = m_clock.now();
    auto page = AllocationRepository(*session).list(request, scopeTenant, now);
    if (!page)
        return page.error();
    for (Allocation &a : page->list)
        a.state = a.stateAt(now, *window);
    return page;
}

Result<QList<Allocation>> AllocationService::recent(qint64 scopeTenant)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto list = AllocationRepository(*session).recent(scopeTenant, 10);
    if (!list)
        return list.error();
    if (auto r = stampStates(*session, *list, m_clock.now()); !r)
        return r.error();
    return list;
}

Result<Allocation> AllocationService::get(const QString &id, qint64 scopeTenant)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto a = AllocationRepository(*session).find(id, scopeTenant);
    if (!a)
        return a.error();
    if (!*a)
        return Error::notFound(u"Allocation %1 does not exist"_s.arg(id));
    Allocation found = **a;
    if (auto r = stampStates(*session, std::span(&found, 1), m_clock.now()); !r)
        return r.error();
    return found;
}

Result<Allocation> AllocationService::create(const CreateRequest &in, const Principal &actor,
                                             const ClientInfo &client)
{
    const QString action = u"allocation.create"_s;
    const QDateTime now = m_clock.now();
    const QDateTime start = in.startTime.isValid() ? in.startTime.toUTC() : now;
    const QJsonObject detail{{u"hostId"_s, in.hostId},
                             {u"startTime"_s, json::timestamp(start)},
                             {u"endTime"_s, json::timestamp(in.endTime)}};
    const std::optional<qint64> tenant =
        in.tenantId > 0 ? std::optional<qint64>(in.tenantId) : std::nullopt;
    auto refuse = [&](const Error &e) {
        return fail(action, in.hostId, tenant, e, actor, client, detail);
    };

    QList<FieldError> errors;
    if (in.hostId.isEmpty())
        errors.append({u"hostId"_s, u"hostId is required"_s});
    if (in.tenantId <= 0)
        errors.append(
            {u"tenantId"_s, u"tenantId is required: the id of an active customer_owner"_s});
    if (!in.endTime.isValid())
        errors.append(
            {u"endTime"_s, u"endTime is required (ISO 8601, e.g. 2026-12-31T00:00:00Z)"_s});
    else if (in.endTime <= start)
        errors.append({u"endTime"_s, u"endTime must be after startTime"_s});
    else if (in.endTime <= now)
        errors.append({u"endTime"_s, u"endTime must be in the future"_s});
    if (in.remark.size() > MaxRemark)
        errors.append({u"remark"_s, u"remark may be at most %1 characters"_s.arg(MaxRemark)});
    if (!errors.isEmpty())
        return refuse(Error::invalidFields(errors));

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    ClashProbe probe{in.hostId, start, in.endTime, QString(),
                     u"Machine %1 cannot be allocated"_s.arg(in.hostId)};
    auto result = [&]() -> Result<Allocation> {
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto tenantActive = CustomerRepository(*session).isActiveTenant(in.tenantId);
        if (!tenantActive)
            return tenantActive.error();
        if (!*tenantActive)
            return Error::badRequest(
                u"tenantId %1 is not an active tenant: give the id of an active customer_owner account"_s
                    .arg(in.tenantId),
                {{u"tenantId"_s, u"not an active customer_owner"_s}});
        AllocationRepository repo(*session);
        auto hostStatus = repo.hostStatus(in.hostId);
        if (!hostStatus)
            return hostStatus.error();
        if (!*hostStatus) {
            const QString msg = u"Machine %1 does not exist"_s.arg(in.hostId);
            return in.hostFromPath ? Error::notFound(msg)
                                   : Error::badRequest(msg, {{u"hostId"_s, u"unknown machine"_s}});
        }
        if (**hostStatus == u"maintenance"_s)
            return Error::conflict(
                u"Machine %1 is in maintenance; end its maintenance before allocating it"_s.arg(
                    in.hostId));

        AllocationRepository::NewAllocation n;
        n.id = AllocationRepository::makeId(now);
        n.tenantId = in.tenantId;
        n.hostId = in.hostId;
        n.startTime = start;
        n.endTime = in.endTime.toUTC();
        n.status = start > now ? AllocationStatus::Pending : AllocationStatus::Active;
        n.remark = in.remark;
        if (actor.id > 0)
            n.createdBy = actor.id;
        auto created = repo.insert(n);
        if (!created)
            return created.error();
        // A pending allocation gets its keys when the sweeper activates it.
        int keys = 0;
        if (n.status == AllocationStatus::Active) {
            auto jobs = repo.enqueueKeyJobs(n.id, n.hostId, n.tenantId, u"install"_s);
            if (!jobs)
                return jobs.error();
            keys = *jobs;
        }
        AuditEntry e = auditFor(client, action, actor, *created, 201);
        e.detail = detail;
        e.detail.insert(u"status"_s, toString(n.status));
        e.detail.insert(u"sshKeyJobs"_s, keys);
        if (auto r = AuditRepository(*session).insert(e); !r)
            return r.error();
        if (auto r = stampStates(*session, std::span(&*created, 1), m_clock.now()); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return created;
    }();
    if (result)
        return result;
    const Error e = isPeriodClash(result.error()) ? clashError(*session, probe) : result.error();
    return refuse(e);
}

Result<Allocation> AllocationService::extendIn(SqlSession &session, const Allocation &current,
                                               const QDateTime &endTime)
{
    if (!isOpen(current))
        return Error::conflict(
            u"Allocation %1 is %2; only active or pending allocations can be extended"_s.arg(
                current.id, toString(current.status)));
    if (endTime <= current.endTime)
        return Error::badRequest(
            u"endTime must be after the allocation's current end %1"_s.arg(iso(current.endTime)),
            {{u"endTime"_s, u"not after the current end"_s}});
    return AllocationRepository(session).updateEnd(current.id, endTime.toUTC());
}

Result<Allocation> AllocationService::extend(const QString &id, const QDateTime &endTime,
                                             const Principal &actor, const ClientInfo &client)
{
    const QString action = u"allocation.extend"_s;
    const QJsonObject detail{{u"endTime"_s, json::timestamp(endTime)}};
    std::optional<qint64> tenant;
    auto refuse = [&](const Error &e) {
        return fail(action, id, tenant, e, actor, client, detail);
    };
    if (!endTime.isValid())
        return refuse(
            Error::badRequest(u"endTime is required (ISO 8601, e.g. 2026-12-31T00:00:00Z)"_s,
                              {{u"endTime"_s, u"endTime is required"_s}}));
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    ClashProbe probe;
    auto result = [&]() -> Result<Allocation> {
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto current = AllocationRepository(*session).find(id, 0, true);
        if (!current)
            return current.error();
        if (!*current)
            return Error::notFound(u"Allocation %1 does not exist"_s.arg(id));
        tenant = (*current)->tenantId;
        probe = {(*current)->hostId, (*current)->endTime, endTime, id,
                 u"Allocation %1 cannot be extended to %2"_s.arg(id, iso(endTime))};
        auto updated = extendIn(*session, **current, endTime);
        if (!updated)
            return updated.error();
        AuditEntry e = auditFor(client, action, actor, *updated, 200);
        e.detail = QJsonObject{{u"previousEndTime"_s, json::timestamp((*current)->endTime)},
                               {u"endTime"_s, json::timestamp(updated->endTime)}};
        if (auto r = AuditRepository(*session).insert(e); !r)
            return r.error();
        if (auto r = stampStates(*session, std::span(&*updated, 1), m_clock.now()); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return updated;
    }();
    if (result)
        return result;
    return refuse(isPeriodClash(result.error()) ? clashError(*session, probe) : result.error());
}

namespace {

Result<Allocation> reclaimIn(SqlSession &session, const Allocation &current, const QString &reason,
                             const Principal &actor, const ClientInfo &client,
                             const QString &action, const QDateTime &now)
{
    if (!isOpen(current))
        return Error::conflict(
            u"Allocation %1 is already %2"_s.arg(current.id, toString(current.status)));
    AllocationRepository repo(session);
    auto updated = repo.markReclaimed(
        current.id, actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt, reason, now);
    if (!updated)
        return updated.error();
    // Keys were only installed once the allocation was active.
    int keys = 0;
    if (current.status == AllocationStatus::Active) {
        auto jobs = repo.enqueueKeyJobs(current.id, current.hostId, current.tenantId, u"remove"_s);
        if (!jobs)
            return jobs.error();
        keys = *jobs;
    }
    AuditEntry e = auditFor(client, action, actor, *updated, 200);
    e.detail = QJsonObject{{u"hostId"_s, current.hostId},
                           {u"reason"_s, json::nullable(reason)},
                           {u"previousStatus"_s, toString(current.status)},
                           {u"sshKeyJobs"_s, keys}};
    if (auto r = AuditRepository(session).insert(e); !r)
        return r.error();
    return updated;
}

} // namespace

Result<Allocation> AllocationService::reclaim(const QString &id, const QString &reason,
                                              const Principal &actor, const ClientInfo &client)
{
    const QString action = u"allocation.reclaim"_s;
    std::optional<qint64> tenant;
    auto refuse = [&](const Error &e) {
        return fail(action, id, tenant, e, actor, client,
                    QJsonObject{{u"reason"_s, json::nullable(reason)}});
    };
    if (reason.size() > MaxRemark)
        return refuse(Error::badRequest(u"reason may be at most %1 characters"_s.arg(MaxRemark),
                                        {{u"reason"_s, u"too long"_s}}));
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto result = [&]() -> Result<Allocation> {
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto current = AllocationRepository(*session).find(id, 0, true);
        if (!current)
            return current.error();
        if (!*current)
            return Error::notFound(u"Allocation %1 does not exist"_s.arg(id));
        tenant = (*current)->tenantId;
        auto updated = reclaimIn(*session, **current, reason, actor, client, action, m_clock.now());
        if (!updated)
            return updated;
        if (auto r = stampStates(*session, std::span(&*updated, 1), m_clock.now()); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return updated;
    }();
    return result ? result : Result<Allocation>(refuse(result.error()));
}

Result<Allocation> AllocationService::reclaimHost(const QString &hostId, const QString &reason,
                                                  const Principal &actor, const ClientInfo &client)
{
    const QString action = u"allocation.reclaim"_s;
    std::optional<qint64> tenant;
    QString resource = hostId;
    auto refuse = [&](const Error &e) {
        return fail(action, resource, tenant, e, actor, client,
                    QJsonObject{{u"hostId"_s, hostId}, {u"reason"_s, json::nullable(reason)}});
    };
    if (reason.size() > MaxRemark)
        return refuse(Error::badRequest(u"reason may be at most %1 characters"_s.arg(MaxRemark),
                                        {{u"reason"_s, u"too long"_s}}));
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto result = [&]() -> Result<Allocation> {
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r.error();
        AllocationRepository repo(*session);
        auto hostStatus = repo.hostStatus(hostId);
        if (!hostStatus)
            return hostStatus.error();
        if (!*hostStatus)
            return Error::notFound(u"Machine %1 does not exist"_s.arg(hostId));
        auto current = repo.activeForHost(hostId, true);
        if (!current)
            return current.error();
        if (!*current)
            return Error::conflict(u"Machine %1 has no active allocation to reclaim"_s.arg(hostId));
        tenant = (*current)->tenantId;
        resource = (*current)->id;
        auto updated = reclaimIn(*session, **current, reason, actor, client, action, m_clock.now());
        if (!updated)
            return updated;
        if (auto r = stampStates(*session, std::span(&*updated, 1), m_clock.now()); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return updated;
    }();
    return result ? result : Result<Allocation>(refuse(result.error()));
}

Result<QList<Allocation>> AllocationService::bulkExtend(const BulkExtendRequest &in,
                                                        const Principal &actor,
                                                        const ClientInfo &client)
{
    const QString action = u"allocation.bulk_extend"_s;
    QJsonObject detail{{u"ids"_s, json::strings(in.ids)}};
    if (in.endTime.isValid())
        detail.insert(u"endTime"_s, json::timestamp(in.endTime));
    if (in.extendDays)
        detail.insert(u"extendDays"_s, *in.extendDays);
    auto refuse = [&](const Error &e) {
        return fail(action, in.ids.value(0), std::nullopt, e, actor, client, detail);
    };
    QStringList ids = in.ids;
    ids.removeDuplicates();
    if (ids.isEmpty() || ids.size() > MaxBulkIds || ids.size() != in.ids.size())
        return refuse(
            Error::badRequest(u"ids must list 1 to %1 distinct allocation ids"_s.arg(MaxBulkIds),
                              {{u"ids"_s, u"1 to %1 distinct ids"_s.arg(MaxBulkIds)}}));
    if (in.endTime.isValid() == bool(in.extendDays))
        return refuse(
            Error::badRequest(u"Give either endTime or extendDays, not both and not neither"_s,
                              {{u"endTime"_s, u"endTime or extendDays"_s}}));
    if (in.extendDays && (*in.extendDays < 1 || *in.extendDays > 3650))
        return refuse(Error::badRequest(u"extendDays must be between 1 and 3650"_s,
                                        {{u"extendDays"_s, u"between 1 and 3650"_s}}));
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    ClashProbe probe;
    auto result = [&]() -> Result<QList<Allocation>> {
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r.error();
        AllocationRepository repo(*session);
        // Lock in id order so two bulk extends over overlapping selections cannot deadlock.
        std::sort(ids.begin(), ids.end());
        QList<Allocation> current;
        for (const QString &id : std::as_const(ids)) {
            auto a = repo.find(id, 0, true);
            if (!a)
                return a.error();
            if (!*a)
                return Error::notFound(
                    u"Allocation %1 does not exist; nothing was extended"_s.arg(id));
            current.append(**a);
        }
        // The latest first: an allocation and the one after it on the same host can both move.
        std::sort(current.begin(), current.end(),
                  [](const Allocation &a, const Allocation &b) { return a.endTime > b.endTime; });
        QList<Allocation> updated;
        for (const Allocation &a : std::as_const(current)) {
            const QDateTime end =
                in.endTime.isValid() ? in.endTime.toUTC() : a.endTime.addDays(*in.extendDays);
            probe = {a.hostId, a.endTime, end, a.id,
                     u"Allocation %1 cannot be extended to %2 (nothing was extended)"_s.arg(
                         a.id, iso(end))};
            auto u = extendIn(*session, a, end);
            if (!u) {
                Error e = u.error();
                if (!isPeriodClash(e))
                    e.message = u"%1 (nothing was extended)"_s.arg(e.message);
                return e;
            }
            AuditEntry e = auditFor(client, action, actor, *u, 200);
            e.detail = QJsonObject{{u"previousEndTime"_s, json::timestamp(a.endTime)},
                                   {u"endTime"_s, json::timestamp(u->endTime)},
                                   {u"batchSize"_s, ids.size()}};
            if (auto r = AuditRepository(*session).insert(e); !r)
                return r.error();
            updated.append(*u);
        }
        if (auto r = stampStates(*session, updated, m_clock.now()); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return updated;
    }();
    if (result)
        return result;
    return refuse(isPeriodClash(result.error()) ? clashError(*session, probe) : result.error());
}

Result<FreeWindows> AllocationService::freeWindows(const QString &hostId, const QString &gpuModel,
                                                   const QDateTime &fromIn, const QDateTime &toIn,
                                                   qint64 scopeTenant)
{
    if (hostId.isEmpty() == gpuModel.isEmpty())
        return Error::badRequest(u"Give either hostId or gpuModel"_s,
                                 {{u"hostId"_s, u"hostId or gpuModel"_s}});
    const QDateTime from = fromIn.isValid() ? fromIn.toUTC() : m_clock.now();
    const QDateTime to = toIn.isValid() ? toIn.toUTC() : from.addDays(28);
    if (to <= from)
        return Error::badRequest(u"to must be after from"_s, {{u"to"_s, u"not after from"_s}});
    if (from.daysTo(to) > MaxFreeWindowDays)
        return Error::badRequest(u"The window may span at most %1 days"_s.arg(MaxFreeWindowDays),
                                 {{u"to"_s, u"too far after from"_s}});
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto candidates =
        AllocationRepository(*session).freeWindowCandidates(hostId, gpuModel, scopeTenant);
    if (!candidates)
        return candidates.error();
    QList<HostFreeWindows> result = std::move(*candidates);
    QStringList ids;
    for (const HostFreeWindows &h : std::as_const(result))
        ids << h.hostId;
    if (result.isEmpty())
        return Error::notFound(hostId.isEmpty()
                                   ? u"No machine has a GPU of model %1"_s.arg(gpuModel)
                                   : u"Machine %1 does not exist"_s.arg(hostId));
    auto busy = AllocationRepository(*session).busyPeriods(ids, from, to);
    if (!busy)
        return busy.error();
    for (HostFreeWindows &h : result) {
        if (h.inMaintenance)
            continue; // cannot be allocated now, so nothing is free
        QDateTime cursor = from;
        for (const auto &b : std::as_const(*busy)) {
            if (b.hostId != h.hostId)
                continue;
            if (b.start > cursor)
                h.free.append({cursor, std::min(b.start, to)});
            cursor = std::max(cursor, b.end);
        }
        if (cursor < to)
            h.free.append({cursor, to});
    }
    return FreeWindows{from, to, result};
}

Result<void> AllocationService::admitBulkExtend(const Principal &actor)
{
    return m_limiter.hit(u"bulk-extend-account:%1"_s.arg(actor.id), BulkExtendLimit,
                         BulkExtendWindowSeconds, u"Bulk extend"_s);
}

} // namespace remotegpu
