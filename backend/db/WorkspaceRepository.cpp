#include "WorkspaceRepository.h"

#include "ListFields.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = u"w.id, w.uuid::text, w.owner_id, w.tenant_id, w.name, w.description, "
                         u"w.type, w.member_count, w.status, "
                         "w.created_at, w.updated_at"_s;

Workspace workspaceFrom(const QSqlQuery &q)
{
    Workspace w;
    w.id = q.value(0).toLongLong();
    w.uuid = q.value(1).toString();
    w.ownerId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        w.tenantId = q.value(3).toLongLong();
    w.name = q.value(4).toString();
    w.description = q.value(5).toString();
    w.type = q.value(6).toString();
    w.memberCount = q.value(7).toInt();
    w.status = q.value(8).toString();
    w.createdAt = sql::utcTime(q.value(9));
    w.updatedAt = sql::utcTime(q.value(10));
    return w;
}

const QString kMemberColumns =
    u"m.id, m.workspace_id, m.customer_id, w.tenant_id, m.role, m.status, m.joined_at, m.created_at"_s;

WorkspaceMember memberFrom(const QSqlQuery &q)
{
    WorkspaceMember m;
    m.id = q.value(0).toLongLong();
    m.workspaceId = q.value(1).toLongLong();
    m.customerId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        m.tenantId = q.value(3).toLongLong();
    m.role = fromString<WorkspaceRole>(q.value(4).toString()).value_or(WorkspaceRole::Member);
    m.status = q.value(5).toString();
    m.joinedAt = sql::utcTime(q.value(6));
    m.createdAt = sql::utcTime(q.value(7));
    return m;
}

} // namespace

const QStringList &WorkspaceRepository::sortableFields()
{
    return ListFields::workspaces().sortable;
}

const QStringList &WorkspaceRepository::filterableFields()
{
    return ListFields::workspaces().filterable;
}

Result<Page<Workspace>> WorkspaceRepository::list(const PageRequest &request, qint64 scopeTenant)
{
    const ListFields &fields = ListFields::workspaces();
    sql::WhereClause where;
    where.add(u"true"_s);
    if (scopeTenant != 0)
        where.add(u"w.tenant_id = ?"_s, {scopeTenant});
    for (const QString &field : filterableFields())
        where.addIn(fields.column(field), request.filterStrings(field));
    const QString whereSql = where.sql();
    auto count = m_session.exec(u"SELECT count(*) FROM workspaces w"_s + whereSql, where.binds());
    if (!count)
        return count.error();
    (*count)->next();
    const qint64 total = (*count)->value(0).toLongLong();
    const QString order = request.sortBy.isEmpty()
                              ? u"w.created_at DESC, w.id DESC"_s
                              : fields.column(request.sortBy) +
                                    (request.order == SortOrder::Desc ? u" DESC"_s : u" ASC"_s) +
                                    u", w.id"_s;
    QVariantList pageBinds = where.binds();
    pageBinds << request.pageSize << request.offset();
    auto q = m_session.exec(u"SELECT "_s + kColumns + u" FROM workspaces w"_s + whereSql +
                                u" ORDER BY "_s + order + u" LIMIT ? OFFSET ?"_s,
                            pageBinds);
    if (!q)
        return q.error();
    QList<Workspace> list;
    while ((*q)->next())
        list.append(workspaceFrom(**q));
    return Page<Workspace>::of(std::move(list), total, request);
}

Result<std::optional<Workspace>> WorkspaceRepository::find(qint64 id, qint64 scopeTenant)
{
    auto q =
        m_session.exec(u"SELECT "_s + kColumns +
                           u" FROM workspaces w WHERE w.id = ? AND (? = 0 OR w.tenant_id = ?)"_s,
                       {id, scopeTenant, scopeTenant});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Workspace>();
    return std::optional<Workspace>(workspaceFrom(**q));
}

Result<Workspace> WorkspaceRepository::create(qint64 ownerId, const QString &name,
                                              const QString &description, const QString &type)
{
    auto q = m_session.exec(u"INSERT INTO workspaces AS w (owner_id, name, description, type, "
                            u"member_count) VALUES (?, ?, NULLIF(?, ''), ?, 0) "
                            "RETURNING "_s +
                                kColumns,
                            {ownerId, name, description, type});
    if (!q)
        return q.error();
    (*q)->next();
    return workspaceFrom(**q);
}

Result<QList<WorkspaceMember>> WorkspaceRepository::members(qint64 workspaceId)
{
    auto q = m_session.exec(
        u"SELECT "_s + kMemberColumns +
            u" FROM workspace_members m JOIN workspaces w ON w.id = m.workspace_id WHERE m.workspace_id = ? ORDER BY m.id"_s,
        {workspaceId});
    if (!q)
        return q.error();
    QList<WorkspaceMember> list;
    while ((*q)->next())
        list.append(memberFrom(**q));
    return list;
}

Result<WorkspaceMember> WorkspaceRepository::addMember(qint64 workspaceId, qint64 customerId,
                                                       WorkspaceRole role)
{
    auto q =
        m_session.exec(u"WITH m AS (INSERT INTO workspace_members (workspace_id, customer_id, "
                       u"role) VALUES (?, ?, ?) RETURNING *) "
                       "SELECT "_s +
                           kMemberColumns + u" FROM m JOIN workspaces w ON w.id = m.workspace_id"_s,
                       {workspaceId, customerId, toString(role)});
    if (!q)
        return q.error();
    (*q)->next();
    return memberFrom(**q);
}

Result<bool> WorkspaceRepository::removeMember(qint64 workspaceId, qint64 customerId)
{
    auto q = m_session.exec(
        u"DELETE FROM workspace_members WHERE workspace_id = ? AND customer_id = ? RETURNING id"_s,
        {workspaceId, customerId});
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<void> WorkspaceRepository::recount(qint64 workspaceId)
{
    auto q = m_session.exec(
        u"UPDATE workspaces SET member_count = (SELECT count(*) FROM workspace_members WHERE workspace_id = ?) WHERE id = ?"_s,
        {workspaceId, workspaceId});
    if (!q)
        return q.error();
    return {};
}

Result<bool> WorkspaceRepository::isMember(qint64 workspaceId, qint64 customerId)
{
    auto q = m_session.exec(
        u"SELECT 1 FROM workspace_members WHERE workspace_id = ? AND customer_id = ?"_s,
        {workspaceId, customerId});
    if (!q)
        return q.error();
    return (*q)->next();
}

} // namespace remotegpu
