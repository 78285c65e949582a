#include "CustomerAdminRepository.h"

#include "ListFields.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

const QStringList &CustomerAdminRepository::sortableFields()
{
    return ListFields::customers().sortable;
}

const QStringList &CustomerAdminRepository::filterableFields()
{
    return ListFields::customers().filterable;
}

Result<Page<Customer>> CustomerAdminRepository::list(const PageRequest &request, qint64 scopeTenant)
{
    // Only whitelisted column names reach the SQL text; every value is a bound parameter.
    const ListFields &fields = ListFields::customers();
    sql::WhereClause where;
    where.add(u"c.deleted_at IS NULL"_s);
    if (scopeTenant != 0)
        where.add(u"c.tenant_id = ?"_s, {scopeTenant});
    for (const QString &field : filterableFields()) {
        const QStringList values = request.filterStrings(field);
        if (values.isEmpty())
            continue;
        if (field == u"q"_s) {
            const QString q = values.first().trimmed();
            if (q.isEmpty())
                continue;
            const QString p = sql::likePattern(q);
            where.add(
                u"(c.username ILIKE ? OR c.email ILIKE ? OR c.company ILIKE ? OR c.display_name ILIKE ?)"_s,
                {p, p, p, p});
            continue;
        }
        if (field == u"tenantId"_s) {
            if (auto added = where.addInIds(field, fields.column(field), values); !added)
                return added.error();
            continue;
        }
        where.addIn(fields.column(field), values);
    }
    const QString whereSql = where.sql();
    auto count = m_session.exec(u"SELECT count(*) FROM customers c"_s + whereSql, where.binds());
    if (!count)
        return count.error();
    (*count)->next();
    const qint64 total = (*count)->value(0).toLongLong();

    QString order = u"c.created_at DESC, c.id DESC"_s;
    if (!request.sortBy.isEmpty())
        order = fields.column(request.sortBy) +
                (request.order == SortOrder::Desc ? u" DESC NULLS LAST"_s : u" ASC NULLS LAST"_s) +
                u", c.id ASC"_s;
    QVariantList pageBinds = where.binds();
    pageBinds << request.pageSize << request.offset();
    auto q =
        m_session.exec(u"SELECT "_s + CustomerRepository::selectColumns() + u" FROM customers c"_s +
                           whereSql + u" ORDER BY "_s + order + u" LIMIT ? OFFSET ?"_s,
                       pageBinds);
    if (!q)
        return q.error();
    QList<Customer> list;
    while ((*q)->next())
        list.append(CustomerRepository::fromRow(**q).customer);
    return Page<Customer>::of(std::move(list), total, request);
}

Result<std::optional<AccountRecord>> CustomerAdminRepository::find(qint64 id, qint64 scopeTenant)
{
    auto q = m_session.exec(
        u"SELECT "_s + CustomerRepository::selectColumns() +
            u" FROM customers c WHERE c.id = ? AND c.deleted_at IS NULL AND (? = 0 OR c.tenant_id = ?)"_s,
        {id, scopeTenant, scopeTenant});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<AccountRecord>();
    return std::optional<AccountRecord>(CustomerRepository::fromRow(**q));
}

Result<void> CustomerAdminRepository::update(qint64 id, const QVariantMap &values)
{
    static const QStringList allowed = {u"email"_s,       u"display_name"_s, u"full_name"_s,
                                        u"phone"_s,       u"company"_s,      u"avatar_url"_s,
                                        u"account_type"_s};
    QStringList sets;
    QVariantList binds;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!allowed.contains(it.key()))
            return Error::internal(u"column %1 cannot be updated"_s.arg(it.key()));
        sets << it.key() + u" = ?"_s;
        const QString text = it.value().toString();
        binds << (it.key() == u"email"_s || it.key() == u"account_type"_s
                      ? QVariant(text)
                      : sql::nullableText(text));
    }
    if (sets.isEmpty())
        return {};
    binds << id;
    auto q = m_session.exec(u"UPDATE customers SET "_s + sets.join(u", "_s) +
                                u" WHERE id = ? AND deleted_at IS NULL"_s,
                            binds);
    if (!q)
        return q.error();
    return {};
}

Result<void> CustomerAdminRepository::setStatus(qint64 id, const QString &status)
{
    auto q = m_session.exec(
        u"UPDATE customers SET status = ? WHERE id = ? AND deleted_at IS NULL"_s, {status, id});
    if (!q)
        return q.error();
    return {};
}

Result<void> CustomerAdminRepository::softDelete(qint64 id)
{
    // The schema's status CHECK knows only active/disabled: a deleted row is disabled and
    // carries deleted_at, which every read filters on.
    auto q = m_session.exec(
        u"UPDATE customers SET deleted_at = now(), status = 'disabled' WHERE id = ? AND deleted_at IS NULL"_s,
        {id});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> CustomerAdminRepository::liveAllocations(qint64 id, bool wholeTenant)
{
    auto q = m_session.exec(
        wholeTenant
            ? u"SELECT count(*) FROM allocations WHERE tenant_id = ? AND status IN ('active', 'pending')"_s
            : u"SELECT count(*) FROM allocations WHERE customer_id = ? AND status IN ('active', 'pending')"_s,
        {id});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

Result<qint64> CustomerAdminRepository::memberCount(qint64 ownerId)
{
    auto q = m_session.exec(
        u"SELECT count(*) FROM customers WHERE tenant_id = ? AND id <> ? AND deleted_at IS NULL"_s,
        {ownerId, ownerId});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

Result<CustomerStatistics> CustomerAdminRepository::statistics(qint64 id, bool wholeTenant,
                                                               const QDateTime &now)
{
    // The column is chosen from two literals, never from input.
    const QString column = wholeTenant ? u"tenant_id"_s : u"customer_id"_s;
    CustomerStatistics stats;
    stats.scope = wholeTenant ? u"tenant"_s : u"account"_s;

    auto machines = m_session.exec(
        u"SELECT count(DISTINCT host_id) FROM held_allocations(?::timestamptz) WHERE "_s + column +
            u" = ?"_s,
        {now, id});
    if (!machines)
        return machines.error();
    (*machines)->next();
    stats.machinesHeld = (*machines)->value(0).toLongLong();

    // Hours of each allocation inside this month (up to now; a reclaimed one ends when it was
    // reclaimed) times the host's GPU count. "This month" is the UTC calendar month of `now`,
    // computed here and bound: month arithmetic in SQL (a timestamptz plus interval '1 month')
    // follows the session's zone, which would move the boundaries by hours (or days, when the
    // month in that zone has another length).
    const QDateTime until = now.toUTC();
    const QDateTime monthStart(QDate(until.date().year(), until.date().month(), 1), QTime(0, 0),
                               QTimeZone::utc());
    const QString actualEnd = u"least(coalesce(a.reclaimed_at, a.end_time), a.end_time)"_s;
    auto hours = m_session.exec(
        u"SELECT coalesce(sum(extract(epoch FROM (least("_s + actualEnd +
            u", ?::timestamptz) - greatest(a.start_time, ?::timestamptz))) / 3600.0 * "
            u"h.total_gpu), 0)::float8 FROM allocations a JOIN hosts h ON h.id = a.host_id WHERE a."_s +
            column + u" = ? AND a.status <> 'pending' AND a.start_time < ?::timestamptz AND "_s +
            actualEnd + u" > ?::timestamptz"_s,
        {until, monthStart, id, until, monthStart});
    if (!hours)
        return hours.error();
    (*hours)->next();
    stats.gpuHoursThisMonth = qRound((*hours)->value(0).toDouble() * 100.0) / 100.0;

    QMap<QString, qint64> &tasks = stats.tasks;
    for (const QString &status :
         {u"queued"_s, u"running"_s, u"succeeded"_s, u"failed"_s, u"stopped"_s})
        tasks.insert(status, 0);
    auto t = m_session.exec(u"SELECT status, count(*) FROM tasks WHERE "_s + column +
                                u" = ? AND deleted_at IS NULL GROUP BY status"_s,
                            {id});
    if (!t)
        return t.error();
    while ((*t)->next())
        tasks.insert((*t)->value(0).toString(), (*t)->value(1).toLongLong());

    auto storage =
        m_session.exec(u"SELECT coalesce(sum(total_size), 0)::int8 FROM datasets WHERE "_s +
                           column + u" = ? AND deleted_at IS NULL"_s,
                       {id});
    if (!storage)
        return storage.error();
    (*storage)->next();
    stats.storageUsedBytes = (*storage)->value(0).toLongLong();
    return stats;
}

Result<QJsonObject> CustomerAdminRepository::notificationSettings(qint64 id)
{
    auto q = m_session.exec(
        u"SELECT notification_settings::text FROM customers WHERE id = ? AND deleted_at IS NULL"_s,
        {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::notFound(u"Account %1 not found"_s.arg(id));
    return QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
}

Result<QJsonObject> CustomerAdminRepository::mergeNotificationSettings(qint64 id,
                                                                       const QJsonObject &changes)
{
    auto q = m_session.exec(
        u"UPDATE customers SET notification_settings = "
        "coalesce(notification_settings, '{}'::jsonb) || ?::jsonb "
        "WHERE id = ? AND deleted_at IS NULL RETURNING notification_settings::text"_s,
        {sql::jsonText(changes), id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::notFound(u"Account %1 not found"_s.arg(id));
    return QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
}

Result<void> CustomerAdminRepository::lockForUpdate(qint64 id)
{
    auto q = m_session.exec(u"SELECT id FROM customers WHERE id = ? FOR UPDATE"_s, {id});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<CustomerAdminRepository::TakenName>>
CustomerAdminRepository::takenName(const QString &username, const QString &email)
{
    auto q =
        m_session.exec(u"SELECT lower(username) = lower(?), lower(email) = lower(?) FROM customers "
                       "WHERE lower(username) = lower(?) OR lower(email) = lower(?) LIMIT 1"_s,
                       {username, email, username, email});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<TakenName>();
    return std::optional<TakenName>((*q)->value(0).toBool() ? TakenName::UserName
                                                            : TakenName::Email);
}

Result<bool> CustomerAdminRepository::emailTaken(const QString &email, qint64 exceptId)
{
    auto q = m_session.exec(
        u"SELECT username FROM customers WHERE lower(email) = lower(?) AND id <> ?"_s,
        {email, exceptId});
    if (!q)
        return q.error();
    return (*q)->next();
}

} // namespace remotegpu
