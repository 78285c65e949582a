#pragma once

#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// A team space inside a tenant (table `workspaces`).
struct Workspace
{
    qint64 id = 0;
    QString uuid;
    qint64 ownerId = 0; // set by the server from the session, so not required in a request
    std::optional<qint64> tenantId;
    QString name;
    QString description;
    QString type = QStringLiteral("personal"); // personal | team
    int memberCount = 1;
    QString status = QStringLiteral("active");
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Workspace> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const Workspace &, const Workspace &) = default;
};

} // namespace remotegpu
