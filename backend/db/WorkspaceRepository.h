#pragma once

#include "Page.h"
#include "PageRequest.h"
#include "Result.h"
#include "Workspace.h"
#include "WorkspaceMember.h"

#include <optional>

namespace remotegpu {

class SqlSession;

// workspaces and workspace_members: teams inside a tenant. Reads take the caller's scope tenant
// (0: every tenant), so another tenant's workspace reads as absent.
class WorkspaceRepository
{
public:
    explicit WorkspaceRepository(SqlSession &session)
        : m_session(session)
    {}

    static const QStringList &sortableFields();
    static const QStringList &filterableFields();
    Result<Page<Workspace>> list(const PageRequest &request, qint64 scopeTenant);
    Result<std::optional<Workspace>> find(qint64 id, qint64 scopeTenant);
    Result<Workspace> create(qint64 ownerId, const QString &name, const QString &description,
                             const QString &type);

    Result<QList<WorkspaceMember>> members(qint64 workspaceId);
    Result<bool> isMember(qint64 workspaceId, qint64 customerId);
    Result<WorkspaceMember> addMember(qint64 workspaceId, qint64 customerId, WorkspaceRole role);
    // False when the account was not a member.
    Result<bool> removeMember(qint64 workspaceId, qint64 customerId);
    // Recounts workspaces.member_count from the member rows.
    Result<void> recount(qint64 workspaceId);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
