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

// One audited action (table `audit_logs`): who, when, on what, with which result, from where,
// under which trace id.
struct AuditEntry
{
    qint64 id = 0;
    std::optional<qint64> tenantId; // the actor's tenant; null for admins and failed logins
    std::optional<qint64> actorId;  // audit_logs.customer_id; null when nobody was identified
    QString username;
    QString action; // "<resource>.<verb>", e.g. "allocation.create", "auth.login"
    QString resourceType;
    QString resourceId;
    // The target's name as it is now (read-only: the server looks it up for the list; empty when
    // the target is gone or has no name).
    QString targetName;
    AuditResult result = AuditResult::Success;
    QJsonObject detail;
    QString ipAddress;
    QString userAgent;
    QString requestMethod;
    QString requestPath;
    std::optional<int> statusCode;
    QString errorMessage;
    QString traceId;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<AuditEntry> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace remotegpu
