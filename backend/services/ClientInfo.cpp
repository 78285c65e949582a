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

} // namespace remotegpu
