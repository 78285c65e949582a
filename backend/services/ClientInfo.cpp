#include "ClientInfo.h"

namespace remotegpu {

AuditEntry ClientInfo::audit(const QString &action, AuditResult result) const
{
    AuditEntry e;
    e.action = action;
    e.result = result;
    e.ipAddress = ip;
    e.userAgent = userAgent;
    e.traceId = traceId;
    e.requestMethod = method;
    e.requestPath = path;
    return e;
}

AuditEntry ClientInfo::auditBy(const Principal &actor, const QString &action,
                               const QString &resourceType, const QString &resourceId,
                               AuditResult result) const
{
    AuditEntry e = audit(action, result);
    if (actor.id > 0)
        e.actorId = actor.id;
    e.username = actor.username;
    e.resourceType = resourceType;
    e.resourceId = resourceId;
    return e;
}

} // namespace remotegpu
