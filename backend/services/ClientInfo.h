#pragma once

#include "AuditEntry.h"
#include "Principal.h"

#include <QString>

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
};

} // namespace remotegpu
