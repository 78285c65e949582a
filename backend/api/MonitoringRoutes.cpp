#include "ApiRoutes.h"
#include "MetricHistoryPlan.h"
#include "MonitoringService.h"
#include "PrometheusExport.h"
#include "QueryParameters.h"
#include "Router.h"
#include "WholeList.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

Result<MonitoringService::RealtimeQuery> realtimeQuery(const QUrlQuery &query)
{
    MonitoringService::RealtimeQuery out;
    out.hostIds = commaList(query.queryItemValue(u"hosts"_s, QUrl::FullyDecoded));
    if (query.hasQueryItem(u"tenant"_s)) {
        bool ok = false;
        const qint64 tenant = query.queryItemValue(u"tenant"_s, QUrl::FullyDecoded).toLongLong(&ok);
        if (!ok || tenant <= 0)
            return Error::badRequest(u"tenant must be a tenant id (a number)"_s,
                                     {{u"tenant"_s, u"tenant must be a tenant id (a number)"_s}});
        out.tenantId = tenant;
    }
    out.statuses = commaList(query.queryItemValue(u"status"_s, QUrl::FullyDecoded));
    for (const QString &status : std::as_const(out.statuses)) {
        if (status != u"online" && status != u"offline" && status != u"maintenance") {
            const QString message = u"status must be online, offline or maintenance (comma "
                                    "separated), not \"%1\""_s.arg(status.left(40));
            return Error::badRequest(message, {{u"status"_s, message}});
        }
    }
    return out;
}

Result<int> gpuIndexOf(const RequestContext &ctx)
{
    bool ok = false;
    const int index = ctx.pathParam(u"index"_s).toInt(&ok);
    if (!ok || index < 0)
        return Error::notFound(u"GPU %1 not found"_s.arg(ctx.pathParam(u"index"_s).left(16)));
    return index;
}

} // namespace

// The monitoring read side. Admin only (the global machine inventory, seed 001 §5.4); a
// customer reads its own machines' history through /api/customer/machines/:id/monitoring.
// /metrics/fleet is public to the router and guarded by its own bearer token, because
// Prometheus scrapes with a static token, not a signed-in account.
void registerMonitoringRoutes(Router &router, MonitoringService &service)
{
    const Permission admin = Permission::read(Module::Machines);

    router.add(HttpMethod::Get, u"/api/admin/monitoring/realtime"_s, admin,
               [&service](RequestContext &ctx) {
                   auto query = realtimeQuery(ctx.request().query);
                   if (!query)
                       return ctx.fail(query.error());
                   auto fleet = service.realtime(*query);
                   // A host with 8 GPUs is about 1.5 KB.
                   return fleet ? ctx.okWritten(*fleet, 1024 + fleet->hosts.size() * 1600)
                                : ctx.fail(fleet.error());
               });

    router.add(HttpMethod::Get, u"/api/admin/machines/:id/monitoring"_s, admin,
               [&service](RequestContext &ctx) {
                   auto plan =
                       MetricHistoryPlan::fromQuery(ctx.request().query, service.clock().now());
                   if (!plan)
                       return ctx.fail(plan.error());
                   auto history = service.machineHistory(ctx.pathParam(u"id"_s), *plan);
                   return history ? ctx.okWritten(*history, qsizetype(64) * 1024)
                                  : ctx.fail(history.error());
               });

    router.add(HttpMethod::Get, u"/api/admin/machines/:id/gpus/:index/monitoring"_s, admin,
               [&service](RequestContext &ctx) {
                   auto index = gpuIndexOf(ctx);
                   if (!index)
                       return ctx.fail(index.error());
                   auto plan =
                       MetricHistoryPlan::fromQuery(ctx.request().query, service.clock().now());
                   if (!plan)
                       return ctx.fail(plan.error());
                   auto history = service.gpuHistory(ctx.pathParam(u"id"_s), *index, *plan);
                   return history ? ctx.okWritten(*history, qsizetype(32) * 1024)
                                  : ctx.fail(history.error());
               });

    router.add(HttpMethod::Get, u"/api/admin/machines/:id/status-history"_s, admin,
               [&service](RequestContext &ctx) {
                   auto limit = integerParameter(ctx.request().query, u"limit"_s,
                                                 MonitoringService::DefaultStatusHistory, 1,
                                                 MonitoringService::MaxStatusHistory);
                   if (!limit)
                       return ctx.fail(limit.error());
                   auto changes = service.statusHistory(ctx.pathParam(u"id"_s), *limit);
                   return changes ? ctx.ok(wholeList(*changes)) : ctx.fail(changes.error());
               });

    router.add(HttpMethod::Get, u"/metrics/fleet"_s, Permission::publicRoute(),
               [&service](RequestContext &ctx) {
                   auto text = service.fleetMetrics(ctx.request().header("Authorization"));
                   if (!text) {
                       ApiResponse refused = ctx.fail(text.error());
                       if (text.error().kind == ErrorKind::Unauthorized)
                           refused.headers.append(
                               qMakePair(QByteArrayLiteral("WWW-Authenticate"),
                                         QByteArrayLiteral("Bearer realm=\"metrics\"")));
                       return refused;
                   }
                   return ApiResponse::raw(200, PrometheusExport::ContentType.toByteArray(), *text);
               });
}

} // namespace remotegpu
