#pragma once

#include "AuditEntry.h"
#include "Principal.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace remotegpu {

// Where a request came from, for the audit trail and the rate limits.
struct ClientInfo
{
    QString ip;
    QString userAgent;
    QString traceId;
    QString method;
    QString path;

    // An audit entry with the request's origin filled in; the caller adds actor, target, detail.
    AuditEntry audit(const QString &action, AuditResult result) const;
    // An action by `actor` on one resource; an actor id of 0 (the system) stays unset. The
    // caller adds tenant, status code and detail, which differ by resource.
    AuditEntry auditBy(const Principal &actor, const QString &action, const QString &resourceType,
                       const QString &resourceId, AuditResult result = AuditResult::Success) const;
    // A successful action by `actor` on a resource of `tenant` (unset: platform-wide), with
    // what it changed in `detail`.
    AuditEntry auditBy(const Principal &actor, const QString &action, const QString &resourceType,
                       const QString &resourceId, std::optional<qint64> tenant,
                       QJsonObject detail) const;
};

// The tenant an actor's own audit rows belong to: none for an administrator.
inline std::optional<qint64> auditTenantOf(const Principal &actor)
{
    return actor.scopeTenant() != 0 ? std::optional<qint64>(actor.scopeTenant()) : std::nullopt;
}

} // namespace remotegpu
