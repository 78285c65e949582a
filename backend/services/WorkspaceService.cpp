#include "WorkspaceService.h"

#include "AuditRepository.h"
#include "CustomerAdminRepository.h"
#include "SqlSession.h"
#include "WorkspaceRepository.h"

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

Result<Workspace> WorkspaceService::create(const Principal &principal, const CreateRequest &request,
                                           const ClientInfo &client)
{
    QList<FieldError> errors = request.fieldErrors;
    qint64 ownerId = principal.id;
    if (principal.isAdmin()) {
        if (!request.ownerId)
            errors.append({u"ownerId"_s,
                           u"ownerId is required: the customer account that owns the workspace"_s});
        else
            ownerId = *request.ownerId;
    }
    if (!errors.isEmpty())
        return Error::invalidFields(errors);
    const QString &name = request.draft.name;
    const QString &description = request.draft.description;
    const QString &type = request.draft.type;

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
                                                    const AddMemberRequest &request,
                                                    const ClientInfo &client)
{
    const qint64 customerId = request.customerId;
    const WorkspaceRole role = request.role;
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
    auto member = repo.isMember(workspaceId, customerId);
    if (!member)
        return member.error();
    if (*member)
        return Error::conflict(u"'%1' is already a member of workspace '%2'"_s.arg(
            (*account)->customer.username, ws->name));

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto added = repo.addMember(workspaceId, customerId, role);
    if (!added)
        return added.error();
    if (auto r = repo.recount(workspaceId); !r)
        return r.error();
    if (auto r = AuditRepository(*session).insert(client.auditBy(
            principal, u"workspace.member_add"_s, u"workspace"_s, QString::number(workspaceId),
            ws->tenantId, QJsonObject{{u"customerId"_s, customerId}, {u"role"_s, toString(role)}}));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *added;
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
