#pragma once

#include "AuditEntry.h"

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
};

} // namespace remotegpu
