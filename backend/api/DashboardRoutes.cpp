#include "ApiRoutes.h"
#include "Router.h"
#include "ServerContext.h"
#include "StatisticsService.h"

#include <functional>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

// In CustomerMachineRoutes.cpp: the customer-side machine views, registered from here so this
// area has one entry point in Server.
void registerCustomerMachineRoutes(Router &router, const ServerContext &context);

namespace {

// JSON envelope by default; with ?format=csv the report as a download (text/csv, UTF-8 BOM).
ApiResponse answerReport(RequestContext &ctx,
                         const std::function<Result<StatisticsService::Report>(bool csv)> &make)
{
    auto csv = StatisticsService::wantsCsv(ctx.request().query);
    if (!csv)
        return ctx.fail(csv.error());
    auto report = make(*csv);
    if (!report)
        return ctx.fail(report.error());
    if (!*csv)
        return ctx.ok(report->json);
    ApiResponse r =
        ApiResponse::raw(200, QByteArrayLiteral("text/csv; charset=utf-8"), report->csv);
    r.headers.append({QByteArrayLiteral("Content-Disposition"),
                      "attachment; filename=\"" + report->fileName.toLatin1() + '"'});
    return r;
}

} // namespace

void registerDashboardRoutes(Router &router, const ServerContext &context)
{
    StatisticsService service(context.pool, context.clock);
    // Admin only (seed 001 §5.4: 管理员仪表盘/统计 M - -); the router refuses other roles with 403.
    router.add(HttpMethod::Get, u"/api/admin/dashboard/stats"_s,
               Permission::read(Module::AdminDashboard), [service](RequestContext &ctx) {
                   return answerReport(ctx, [&](bool csv) { return service.adminStats(csv); });
               });
    router.add(HttpMethod::Get, u"/api/admin/dashboard/gpu-trend"_s,
               Permission::read(Module::AdminDashboard), [service](RequestContext &ctx) {
                   return answerReport(
                       ctx, [&](bool csv) { return service.gpuTrend(ctx.request().query, csv); });
               });
    router.add(HttpMethod::Get, u"/api/admin/statistics/resources"_s,
               Permission::read(Module::AdminDashboard), [service](RequestContext &ctx) {
                   return answerReport(ctx, [&](bool csv) {
                       return service.resourceStatistics(ctx.request().query, csv);
                   });
               });
    router.add(HttpMethod::Get, u"/api/admin/statistics/customers"_s,
               Permission::read(Module::AdminDashboard), [service](RequestContext &ctx) {
                   return answerReport(ctx, [&](bool csv) {
                       return service.customerStatistics(ctx.request().query, csv);
                   });
               });

    registerCustomerMachineRoutes(router, context);
}

} // namespace remotegpu
