#include "ApiRoutes.h"
#include "ClientInfo.h"
#include "RequestContext.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

ClientInfo clientInfoOf(const RequestContext &ctx)
{
    return ClientInfo{ctx.clientAddress().toString(), ctx.userAgent(), ctx.traceId(),
                      methodName(ctx.request().method), ctx.request().path.left(512)};
}

Result<qint64> pathId(const RequestContext &ctx, const QString &name, const QString &what)
{
    bool ok = false;
    const qint64 id = ctx.pathParam(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::notFound(u"%1 %2 not found"_s.arg(what, ctx.pathParam(name).left(32)));
    return id;
}

} // namespace remotegpu
