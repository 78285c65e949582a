#pragma once

#include "Enums.h"
#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// A customer's membership of a workspace (table `workspace_members`).
struct WorkspaceMember
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    qint64 customerId = 0;
    std::optional<qint64> tenantId;
    WorkspaceRole role = WorkspaceRole::Member;
    QString status = QStringLiteral("active");
    QDateTime joinedAt;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<WorkspaceMember> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const WorkspaceMember &, const WorkspaceMember &) = default;
};

} // namespace remotegpu
