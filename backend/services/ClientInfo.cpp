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

AuditEntry ClientInfo::auditBy(const Principal &actor, const QString &action,
                               const QString &resourceType, const QString &resourceId,
                               std::optional<qint64> tenant, QJsonObject detail) const
{
    AuditEntry e = auditBy(actor, action, resourceType, resourceId);
    e.tenantId = tenant;
    e.detail = std::move(detail);
    return e;
}

} // namespace remotegpu
