#include "NotificationRepository.h"

#include "ListFields.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The table knows five levels, the wire model three (one scale shared with alerts).
AlertSeverity levelOf(const QString &stored)
{
    if (stored == u"warning"_s)
        return AlertSeverity::Warning;
    if (stored == u"error"_s || stored == u"critical"_s)
        return AlertSeverity::Critical;
    return AlertSeverity::Info;
}

} // namespace

const QStringList &NotificationRepository::sortableFields()
{
    return ListFields::notifications().sortable;
}

const QStringList &NotificationRepository::filterableFields()
{
    return ListFields::notifications().filterable;
}

Result<Page<Notification>> NotificationRepository::list(const PageRequest &request,
                                                        qint64 customerId)
{
    sql::WhereClause where;
    where.add(u"customer_id = ?"_s, {customerId});
    const QStringList isRead = request.filterStrings(u"isRead"_s);
    if (!isRead.isEmpty()) {
        if (isRead.size() != 1 || (isRead.first() != u"true"_s && isRead.first() != u"false"_s))
            return Error::badRequest(u"filters.isRead must be true or false"_s,
                                     {{u"filters.isRead"_s, u"must be true or false"_s}});
        where.add(u"is_read = ?"_s, {isRead.first() == u"true"_s});
    }
    where.addIn(ListFields::notifications().column(u"type"_s), request.filterStrings(u"type"_s));
    const QString whereSql = where.sql();
    auto count = m_session.exec(u"SELECT count(*) FROM notifications"_s + whereSql, where.binds());
    if (!count)
        return count.error();
    (*count)->next();
    const qint64 total = (*count)->value(0).toLongLong();
    const bool ascending = !request.sortBy.isEmpty() && request.order == SortOrder::Asc;
    QVariantList pageBinds = where.binds();
    pageBinds << request.pageSize << request.offset();
    auto q = m_session.exec(
        u"SELECT id, customer_id, title, content, type, level, is_read, read_at, created_at FROM notifications"_s +
            whereSql +
            (ascending ? u" ORDER BY created_at ASC, id ASC"_s
                       : u" ORDER BY created_at DESC, id DESC"_s) +
            u" LIMIT ? OFFSET ?"_s,
        pageBinds);
    if (!q)
        return q.error();
    QList<Notification> list;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        Notification n;
        n.id = r.value(0).toLongLong();
        n.customerId = r.value(1).toLongLong();
        n.title = r.value(2).toString();
        n.content = r.value(3).toString();
        n.type = r.value(4).toString();
        n.level = levelOf(r.value(5).toString());
        n.isRead = r.value(6).toBool();
        n.readAt = sql::utcTime(r.value(7));
        n.createdAt = sql::utcTime(r.value(8));
        list.append(n);
    }
    return Page<Notification>::of(std::move(list), total, request);
}

Result<qint64> NotificationRepository::unreadCount(qint64 customerId)
{
    auto q = m_session.exec(
        u"SELECT count(*) FROM notifications WHERE customer_id = ? AND NOT is_read"_s,
        {customerId});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

Result<bool> NotificationRepository::markRead(qint64 id, qint64 customerId)
{
    // Marking an already read one again keeps its first read_at.
    auto q = m_session.exec(
        u"UPDATE notifications SET is_read = true, read_at = coalesce(read_at, now()) WHERE id = ? AND customer_id = ? RETURNING id"_s,
        {id, customerId});
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<qint64> NotificationRepository::markAllRead(qint64 customerId)
{
    auto q = m_session.exec(u"WITH u AS (UPDATE notifications SET is_read = true, read_at = now() "
                            u"WHERE customer_id = ? AND NOT is_read RETURNING 1) "
                            "SELECT count(*) FROM u"_s,
                            {customerId});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

Result<bool> NotificationRepository::insertOnce(const NewNotification &n)
{
    auto q = m_session.exec(
        u"INSERT INTO notifications (customer_id, tenant_id, title, content, type, level, "
        "resource_type, resource_id, dedupe_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (customer_id, dedupe_key) DO NOTHING"_s,
        {n.customerId, sql::nullableId(n.tenantId), n.title, n.content, n.type, n.level,
         n.resourceType, n.resourceId, n.dedupeKey});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

} // namespace remotegpu
