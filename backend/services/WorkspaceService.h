#pragma once

#include "ClientInfo.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"
#include "Workspace.h"
#include "WorkspaceMember.h"

#include <QList>

#include <optional>

namespace remotegpu {

class DatabasePool;
class WorkspaceRepository;

// Teams inside a tenant: owners (and admins) manage them, members read. Another tenant's
// workspace reads as absent (404). Every change is audited in the same transaction.
class WorkspaceService
{
public:
    explicit WorkspaceService(DatabasePool &pool)
        : m_pool(pool)
    {}

    struct Detail
    {
        Workspace workspace;
        QList<WorkspaceMember> members;
    };

    // A new workspace: its name, description and type as given (type defaulting to team),
    // and its owner's id when given as a positive number (required from administrators;
    // everyone else owns what they create). `fieldErrors` are what the request had wrong; the
    // service adds a missing owner's.
    struct CreateRequest
    {
        Workspace draft;
        std::optional<qint64> ownerId;
        QList<FieldError> fieldErrors;
    };

    // An account to add, in a role other than owner.
    struct AddMemberRequest
    {
        qint64 customerId = 0;
        WorkspaceRole role = WorkspaceRole::Member;
    };

    Result<Page<Workspace>> list(const Principal &principal, const PageRequest &request);
    Result<Detail> detail(const Principal &principal, qint64 id);
    Result<Workspace> create(const Principal &principal, const CreateRequest &request,
                             const ClientInfo &client);
    Result<WorkspaceMember> addMember(const Principal &principal, qint64 workspaceId,
                                      const AddMemberRequest &request, const ClientInfo &client);
    Result<void> removeMember(const Principal &principal, qint64 workspaceId, qint64 customerId,
                              const ClientInfo &client);

private:
    // The workspace if the principal's tenant may see it, else 404.
    static Result<Workspace> visible(WorkspaceRepository &repo, const Principal &principal,
                                     qint64 id);

    DatabasePool &m_pool;
};

} // namespace remotegpu
