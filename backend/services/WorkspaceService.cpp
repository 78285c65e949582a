#include "WorkspaceService.h"

#include "AuditRepository.h"
#include "CustomerAdminRepository.h"
#include "SqlSession.h"
#include "WorkspaceRepository.h"

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<Workspace> WorkspaceService::visible(WorkspaceRepository &repo, const Principal &principal,
                                            qint64 id)
{
    auto ws = repo.find(id, principal.scopeTenant());
    if (!ws)
        return ws.error();
    if (!*ws)
        return Error::notFound(u"Workspace %1 not found"_s.arg(id));
    return **ws;
}

Result<Page<Workspace>> WorkspaceService::list(const Principal &principal,
                                               const PageRequest &request)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return WorkspaceRepository(*session).list(request, principal.scopeTenant());
}

Result<WorkspaceService::Detail> WorkspaceService::detail(const Principal &principal, qint64 id)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    WorkspaceRepository repo(*session);
    auto ws = visible(repo, principal, id);
    if (!ws)
        return ws.error();
    auto members = repo.members(id);
    if (!members)
        return members.error();
    return Detail{*ws, std::move(members).value()};
}

Result<Workspace> WorkspaceService::create(const Principal &principal, const QJsonObject &body,
                                           const ClientInfo &client)
{
    // Text fields read here (a string, trimmed, or absent), checked by Workspace::validate.
    QList<FieldError> errors;
    const auto textOf = [&](const QString &key, const QString &absent) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined() || v.isNull())
            return absent;
        if (!v.isString()) {
            errors.append({key, u"%1 must be a string"_s.arg(key)});
            return absent;
        }
        return v.toString().trimmed();
    };
    Workspace draft;
    draft.name = textOf(u"name"_s, {});
    draft.description = textOf(u"description"_s, {});
    draft.type = textOf(u"type"_s, u"team"_s);
    for (const FieldError &e : draft.validate()) {
        const bool reported = std::any_of(errors.cbegin(), errors.cend(),
                                          [&](const FieldError &r) { return r.field == e.field; });
        if (!reported)
            errors.append(e);
    }
    const QString &name = draft.name;
    const QString &description = draft.description;
    const QString &type = draft.type;
    qint64 ownerId = principal.id;
    if (principal.isAdmin()) {
        const QJsonValue o = body.value(u"ownerId"_s);
        if (!o.isDouble() || o.toInteger() <= 0)
            errors.append({u"ownerId"_s,
                           u"ownerId is required: the customer account that owns the workspace"_s});
        else
            ownerId = o.toInteger();
    }
    if (!errors.isEmpty())
        return Error::invalidFields(errors);

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto owner = CustomerAdminRepository(*session).find(ownerId, principal.scopeTenant());
    if (!owner)
        return owner.error();
    if (!*owner || (*owner)->customer.role == Role::Admin)
        return Error::badRequest(u"ownerId %1 is not a customer account"_s.arg(ownerId),
                                 {{u"ownerId"_s, u"not a customer account"_s}});

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    WorkspaceRepository repo(*session);
    auto ws = repo.create(ownerId, name, description, type);
    if (!ws)
        return ws.error();
    if (auto m = repo.addMember(ws->id, ownerId, WorkspaceRole::Owner); !m)
        return m.error();
    if (auto r = repo.recount(ws->id); !r)
        return r.error();
    if (auto r = AuditRepository(*session).insert(client.auditBy(
            principal, u"workspace.create"_s, u"workspace"_s, QString::number(ws->id), ws->tenantId,
            QJsonObject{{u"name"_s, name}, {u"ownerId"_s, ownerId}}));
        !r)
        return r.error();
    auto after = repo.find(ws->id, 0);
    if (!after)
        return after.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return after->value_or(*ws);
}

Result<WorkspaceMember> WorkspaceService::addMember(const Principal &principal, qint64 workspaceId,
                                                    const QJsonObject &body,
                                                    const ClientInfo &client)
{
    const QJsonValue c = body.value(u"customerId"_s);
    if (!c.isDouble() || c.toInteger() <= 0)
        return Error::badRequest(u"customerId is required: the account to add"_s,
                                 {{u"customerId"_s, u"required"_s}});
    const qint64 customerId = c.toInteger();
    WorkspaceRole role = WorkspaceRole::Member;
    if (body.contains(u"role"_s)) {
        const auto r = fromString<WorkspaceRole>(body.value(u"role"_s).toString());
        if (!r || *r == WorkspaceRole::Owner)
            return Error::badRequest(u"role must be member or admin"_s,
                                     {{u"role"_s, u"must be member or admin"_s}});
        role = *r;
    }
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    WorkspaceRepository repo(*session);
    auto ws = visible(repo, principal, workspaceId);
    if (!ws)
        return ws.error();
    auto account = CustomerAdminRepository(*session).find(customerId, ws->tenantId.value_or(-1));
    if (!account)
        return account.error();
    if (!*account)
        return Error::notFound(
            u"Customer %1 not found in this workspace's tenant"_s.arg(customerId));
    auto existing = session->exec(
        u"SELECT 1 FROM workspace_members WHERE workspace_id = ? AND customer_id = ?"_s,
        {workspaceId, customerId});
    if (!existing)
        return existing.error();
    if ((*existing)->next())
        return Error::conflict(u"'%1' is already a member of workspace '%2'"_s.arg(
            (*account)->customer.username, ws->name));

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto member = repo.addMember(workspaceId, customerId, role);
    if (!member)
        return member.error();
    if (auto r = repo.recount(workspaceId); !r)
        return r.error();
    if (auto r = AuditRepository(*session).insert(client.auditBy(
            principal, u"workspace.member_add"_s, u"workspace"_s, QString::number(workspaceId),
            ws->tenantId, QJsonObject{{u"customerId"_s, customerId}, {u"role"_s, toString(role)}}));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *member;
}

Result<void> WorkspaceService::removeMember(const Principal &principal, qint64 workspaceId,
                                            qint64 customerId, const ClientInfo &client)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    WorkspaceRepository repo(*session);
    auto ws = visible(repo, principal, workspaceId);
    if (!ws)
        return ws.error();
    if (ws->ownerId == customerId)
        return Error::conflict(
            u"The owner of workspace '%1' cannot be removed from it"_s.arg(ws->name));
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto removed = repo.removeMember(workspaceId, customerId);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::notFound(
            u"Customer %1 is not a member of workspace %2"_s.arg(customerId).arg(workspaceId));
    if (auto r = repo.recount(workspaceId); !r)
        return r.error();
    if (auto r = AuditRepository(*session).insert(client.auditBy(
            principal, u"workspace.member_remove"_s, u"workspace"_s, QString::number(workspaceId),
            ws->tenantId, QJsonObject{{u"customerId"_s, customerId}}));
        !r)
        return r.error();
    return tx.commit();
}

} // namespace remotegpu
