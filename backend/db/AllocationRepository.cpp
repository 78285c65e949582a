#include "AllocationRepository.h"

#include "ListFields.h"

#include "QueryParameters.h"
#include "RandomNumbers.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Columns in the order rowToAllocation reads them; the joins give the names lists show.
const QString &selectSql()
{
    static const QString sql =
        u"SELECT a.id, a.customer_id, a.host_id, a.start_time, a.end_time, a.status, a.remark, "
        u"a.created_by, "
        "a.reclaimed_at, a.created_at, a.updated_at, "
        "tenant_display_name(c.company, c.display_name, c.username), h.name FROM allocations a "
        "JOIN customers c ON c.id = a.customer_id "
        "JOIN hosts h ON h.id = a.host_id"_s;
    return sql;
}

Allocation rowToAllocation(const QSqlQuery &r)
{
    Allocation a;
    a.id = r.value(0).toString();
    a.tenantId = r.value(1).toLongLong();
    a.hostId = r.value(2).toString();
    a.startTime = sql::utcTime(r.value(3));
    a.endTime = sql::utcTime(r.value(4));
    a.status =
        fromString<AllocationStatus>(r.value(5).toString()).value_or(AllocationStatus::Active);
    a.remark = r.value(6).toString();
    if (!r.value(7).isNull())
        a.createdBy = r.value(7).toLongLong();
    a.reclaimedAt = sql::utcTime(r.value(8));
    a.createdAt = sql::utcTime(r.value(9));
    a.updatedAt = sql::utcTime(r.value(10));
    a.tenantName = r.value(11).toString();
    a.hostName = r.value(12).toString();
    return a;
}

} // namespace

QString AllocationRepository::makeId(const QDateTime &day)
{
    const quint32 r = random::bounded(0x1000000u);
    return u"alloc-%1-%2"_s.arg(day.toUTC().toString(u"yyyyMMdd"_s))
        .arg(r, 6, 16, QLatin1Char('0'));
}

Result<Allocation> AllocationRepository::insert(const NewAllocation &a)
{
    auto q = m_session.exec(u"INSERT INTO allocations (id, customer_id, tenant_id, host_id, "
                            u"start_time, end_time, status, "
                            "remark, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {a.id, a.tenantId, a.tenantId, a.hostId, a.startTime, a.endTime,
                             toString(a.status), sql::nullableText(a.remark),
                             sql::nullableId(a.createdBy)});
    if (!q)
        return q.error();
    auto row = find(a.id, 0);
    if (!row)
        return row.error();
    if (!*row)
        return Error::internal(u"The new allocation %1 could not be read back"_s.arg(a.id));
    return **row;
}

Result<std::optional<Allocation>> AllocationRepository::find(const QString &id, qint64 scopeTenant,
                                                             bool forUpdate)
{
    const QString lock = forUpdate ? u" FOR UPDATE OF a"_s : QString();
    auto q = scopeTenant == 0
                 ? m_session.exec(selectSql() + u" WHERE a.id = ?"_s + lock, {id})
                 : m_session.exec(selectSql() + u" WHERE a.id = ? AND a.tenant_id = ?"_s + lock,
                                  {id, scopeTenant});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Allocation>();
    return std::optional<Allocation>(rowToAllocation(**q));
}

Result<std::optional<Allocation>> AllocationRepository::activeForHost(const QString &hostId,
                                                                      bool forUpdate)
{
    const QString lock = forUpdate ? u" FOR UPDATE OF a"_s : QString();
    auto q = m_session.exec(
        selectSql() +
            u" WHERE a.host_id = ? AND a.status = 'active' ORDER BY a.start_time LIMIT 1"_s + lock,
        {hostId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Allocation>();
    return std::optional<Allocation>(rowToAllocation(**q));
}

const QStringList &AllocationRepository::sortableFields()
{
    return ListFields::allocations().sortable;
}

const QStringList &AllocationRepository::filterableFields()
{
    return ListFields::allocations().filterable;
}

Result<Page<Allocation>> AllocationRepository::list(const PageRequest &request, qint64 scopeTenant,
                                                    const QDateTime &now)
{
    const ListFields &fields = ListFields::allocations();
    // Only fixed SQL fragments reach the statement text; every value is a bound parameter.
    sql::WhereClause where;
    if (scopeTenant != 0)
        where.add(u"a.tenant_id = ?"_s, {scopeTenant});
    if (request.hasFilter(u"status"_s)) {
        QStringList any;
        QVariantList anyBinds;
        for (const QString &s : request.filterStrings(u"status"_s)) {
            if (s == u"expiring"_s) {
                any << u"a.id IN (SELECT held.id FROM held_allocations(?::timestamptz) held WHERE held.expiring)"_s;
                anyBinds << now;
            } else if (fromString<AllocationStatus>(s)) {
                any << u"a.status = ?"_s;
                anyBinds << s;
            } else {
                return Error::badRequest(
                    u"filters.status must be one of active, pending, expiring, expired, reclaimed; got \"%1\""_s
                        .arg(s),
                    {{u"filters.status"_s, u"unknown status"_s}});
            }
        }
        if (!any.isEmpty())
            where.add(u'(' + any.join(u" OR "_s) + u')', anyBinds);
    }
    if (auto added = where.addInIds(u"tenantId"_s, fields.column(u"tenantId"_s),
                                    request.filterStrings(u"tenantId"_s));
        !added)
        return added.error();
    where.addIn(fields.column(u"hostId"_s), request.filterStrings(u"hostId"_s));
    // from/to select allocations whose period overlaps [from, to).
    for (const QString &field : {u"from"_s, u"to"_s}) {
        if (!request.hasFilter(field))
            continue;
        auto t = timeParameter(u"filters."_s + field, request.filterStrings(field).value(0));
        if (!t)
            return t.error();
        where.add(field == u"from"_s ? u"a.end_time > ?"_s : u"a.start_time < ?"_s, {*t});
    }
    const QString whereSql = where.sql();
    auto count = m_session.exec(u"SELECT count(*) FROM allocations a"_s + whereSql, where.binds());
    if (!count)
        return count.error();
    (*count)->next();
    const qint64 total = (*count)->value(0).toLongLong();

    const QString sortBy = fields.column(request.sortBy);
    const QString sortColumn = sortBy.isEmpty() ? u"a.created_at"_s : sortBy;
    const bool descending = request.sortBy.isEmpty() || request.order == SortOrder::Desc;
    QVariantList pageBinds = where.binds();
    pageBinds << request.pageSize << request.offset();
    auto q = m_session.exec(selectSql() + whereSql + u" ORDER BY "_s + sortColumn +
                                (descending ? u" DESC"_s : u" ASC"_s) +
                                u", a.id DESC LIMIT ? OFFSET ?"_s,
                            pageBinds);
    if (!q)
        return q.error();
    QList<Allocation> items;
    while ((*q)->next())
        items.append(rowToAllocation(**q));
    return Page<Allocation>::of(items, total, request);
}

Result<QList<Allocation>> AllocationRepository::recent(qint64 scopeTenant, int limit)
{
    auto q =
        scopeTenant == 0
            ? m_session.exec(selectSql() + u" ORDER BY a.created_at DESC, a.id DESC LIMIT ?"_s,
                             {limit})
            : m_session.exec(
                  selectSql() +
                      u" WHERE a.tenant_id = ? ORDER BY a.created_at DESC, a.id DESC LIMIT ?"_s,
                  {scopeTenant, limit});
    if (!q)
        return q.error();
    QList<Allocation> items;
    while ((*q)->next())
        items.append(rowToAllocation(**q));
    return items;
}

Result<Allocation> AllocationRepository::updateEnd(const QString &id, const QDateTime &endTime)
{
    auto q =
        m_session.exec(u"UPDATE allocations SET end_time = ?, extended_count = extended_count + 1, "
                       "last_reminder_days = NULL WHERE id = ?"_s,
                       {endTime, id});
    if (!q)
        return q.error();
    auto row = find(id, 0);
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(u"Allocation %1 does not exist"_s.arg(id));
    return **row;
}

Result<Allocation> AllocationRepository::markReclaimed(const QString &id, std::optional<qint64> by,
                                                       const QString &reason, const QDateTime &at)
{
    auto q = m_session.exec(
        u"UPDATE allocations SET status = 'reclaimed', reclaimed_at = ?, reclaimed_by = ?, "
        "reclaim_reason = ? WHERE id = ?"_s,
        {at, sql::nullableId(by), sql::nullableText(reason), id});
    if (!q)
        return q.error();
    auto row = find(id, 0);
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(u"Allocation %1 does not exist"_s.arg(id));
    return **row;
}

Result<std::optional<QString>> AllocationRepository::holderOf(const QString &hostId,
                                                              const QDateTime &start,
                                                              const QDateTime &end,
                                                              const QString &exceptId)
{
    auto q = m_session.exec(
        u"SELECT id FROM allocations WHERE host_id = ? AND status IN ('active', 'pending') "
        "AND period && tstzrange(?, ?, '[)') AND id IS DISTINCT FROM ? ORDER BY start_time LIMIT 1"_s,
        {hostId, start, end, exceptId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>((*q)->value(0).toString());
}

Result<int> AllocationRepository::enqueueKeyJobs(const QString &allocationId, const QString &hostId,
                                                 qint64 tenantId, const QString &action)
{
    auto q = m_session.exec(
        u"INSERT INTO agent_key_jobs (host_id, customer_id, ssh_key_id, public_key, action, "
        u"allocation_id) "
        "SELECT ?, ?, k.id, k.public_key, ?, ? FROM ssh_keys k WHERE k.tenant_id = ? ORDER BY k.id"_s,
        {hostId, tenantId, action, allocationId, tenantId});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

Result<QList<AllocationRepository::BusyPeriod>>
AllocationRepository::busyPeriods(const QStringList &hostIds, const QDateTime &from,
                                  const QDateTime &to)
{
    QList<BusyPeriod> periods;
    if (hostIds.isEmpty())
        return periods;
    auto q = m_session.exec(
        u"SELECT host_id, start_time, end_time FROM allocations WHERE host_id = ANY(?::text[]) "
        "AND status IN ('active', 'pending') AND period && tstzrange(?, ?, '[)') "
        "ORDER BY host_id, start_time"_s,
        {sql::textArray(hostIds), from, to});
    if (!q)
        return q.error();
    while ((*q)->next())
        periods.append({(*q)->value(0).toString(), sql::utcTime((*q)->value(1)),
                        sql::utcTime((*q)->value(2))});
    return periods;
}

Result<QList<HostFreeWindows>> AllocationRepository::freeWindowCandidates(const QString &hostId,
                                                                          const QString &gpuModel,
                                                                          qint64 scopeTenant)
{
    const QString scope = scopeTenant == 0 ? QString()
                                           : u" AND EXISTS (SELECT 1 FROM allocations x "
                                             "WHERE x.host_id = h.id AND x.tenant_id = ?)"_s;
    QVariantList binds{hostId.isEmpty() ? gpuModel : hostId};
    if (scopeTenant != 0)
        binds << scopeTenant;
    auto hosts =
        hostId.isEmpty()
            ? m_session.exec(u"SELECT DISTINCT h.id, h.name, h.status = 'maintenance' FROM hosts h "
                             "JOIN gpus g ON g.host_id = h.id WHERE g.name = ?"_s +
                                 scope + u" ORDER BY h.id"_s,
                             binds)
            : m_session.exec(
                  u"SELECT h.id, h.name, h.status = 'maintenance' FROM hosts h WHERE h.id = ?"_s +
                      scope,
                  binds);
    if (!hosts)
        return hosts.error();
    QList<HostFreeWindows> result;
    while ((*hosts)->next())
        result.append({(*hosts)->value(0).toString(),
                       (*hosts)->value(1).toString(),
                       (*hosts)->value(2).toBool(),
                       {}});
    return result;
}

Result<std::optional<QString>> AllocationRepository::hostStatus(const QString &hostId)
{
    auto q = m_session.exec(u"SELECT status FROM hosts WHERE id = ?"_s, {hostId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>((*q)->value(0).toString());
}

namespace {

Result<QList<AllocationRepository::StatusChange>> statusChanges(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QList<AllocationRepository::StatusChange> rows;
    while ((*q)->next())
        rows.append(
            {(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toLongLong()});
    return rows;
}

} // namespace

Result<QList<AllocationRepository::StatusChange>>
AllocationRepository::activateStarted(const QDateTime &now)
{
    return statusChanges(
        m_session.exec(u"UPDATE allocations SET status = 'active' WHERE status = 'pending' "
                       "AND start_time <= ? AND end_time > ? RETURNING id, host_id, tenant_id"_s,
                       {now, now}));
}

Result<QList<AllocationRepository::StatusChange>>
AllocationRepository::expireEnded(AllocationStatus from, const QDateTime &now)
{
    // The status stays a literal: each statement keeps a plan made for its own status.
    static const QString active =
        u"UPDATE allocations SET status = 'expired' WHERE status = 'active' "
        "AND end_time <= ? RETURNING id, host_id, tenant_id"_s;
    static const QString pending =
        u"UPDATE allocations SET status = 'expired' WHERE status = 'pending' "
        "AND end_time <= ? RETURNING id, host_id, tenant_id"_s;
    if (from != AllocationStatus::Active && from != AllocationStatus::Pending)
        return Error::internal(u"Only active or pending allocations expire"_s);
    return statusChanges(
        m_session.exec(from == AllocationStatus::Active ? active : pending, {now}));
}

Result<QList<AllocationRepository::EndingSoon>>
AllocationRepository::endingBetween(const QDateTime &from, const QDateTime &to)
{
    auto q = m_session.exec(
        u"SELECT a.id, a.host_id, h.name, a.tenant_id, a.end_time, a.last_reminder_days "
        "FROM allocations a JOIN hosts h ON h.id = a.host_id WHERE a.status = 'active' "
        "AND a.end_time > ? AND a.end_time <= ? ORDER BY a.end_time"_s,
        {from, to});
    if (!q)
        return q.error();
    QList<EndingSoon> rows;
    while ((*q)->next()) {
        EndingSoon e{(*q)->value(0).toString(),           (*q)->value(1).toString(),
                     (*q)->value(2).toString(),           (*q)->value(3).toLongLong(),
                     (*q)->value(4).toDateTime().toUTC(), std::nullopt};
        if (!(*q)->value(5).isNull())
            e.lastReminderDays = (*q)->value(5).toInt();
        rows.append(e);
    }
    return rows;
}

Result<bool> AllocationRepository::claimReminder(const QString &id, int days)
{
    auto q = m_session.exec(
        u"UPDATE allocations SET last_reminder_days = ? WHERE id = ? AND status = 'active' "
        "AND (last_reminder_days IS NULL OR last_reminder_days > ?)"_s,
        {days, id, days});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

} // namespace remotegpu
