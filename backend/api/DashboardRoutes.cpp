#include "ApiRoutes.h"
#include "DashboardService.h"
#include "QueryParameters.h"
#include "ReportAnswer.h"
#include "ReportSerializer.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerDashboardRoutes(Router &router, DashboardService &service)
{
    // Admin only (seed 001 §5.4: 管理员仪表盘/统计 M - -); the router refuses other roles with 403.
    // JSON by default; with ?format=csv the report as a download.
    router.add(HttpMethod::Get, u"/api/admin/dashboard/stats"_s,
               Permission::read(Module::AdminDashboard), [&service](RequestContext &ctx) {
                   auto csv = ReportAnswer::wantsCsv(ctx.request().query);
                   if (!csv)
                       return ctx.fail(csv.error());
                   auto stats = service.adminStats();
                   if (!stats)
                       return ctx.fail(stats.error());
                   return ReportAnswer::answer(
                       ctx, *csv, stats->toJson(),
                       [&] { return ReportSerializer::adminStatsCsv(*stats); },
                       u"dashboard-stats.csv"_s);
               });
    router.add(
        HttpMethod::Get, u"/api/admin/dashboard/gpu-trend"_s,
        Permission::read(Module::AdminDashboard), [&service](RequestContext &ctx) {
            const QUrlQuery &query = ctx.request().query;
            auto asked = ReportAnswer::request(query);
            if (!asked)
                return ctx.fail(asked.error());
            auto step = integerParameter(query, u"step"_s, DashboardService::DefaultTrendStepSecs,
                                         DashboardService::MinTrendStepSecs,
                                         DashboardService::MaxTrendStepSecs, u"seconds");
            if (!step)
                return ctx.fail(step.error());
            auto trend = service.gpuTrend(asked->range, *step);
            if (!trend)
                return ctx.fail(trend.error());
            return ReportAnswer::answer(
                ctx, asked->csv, trend->toJson(),
                [&] { return ReportSerializer::gpuTrendCsv(*trend); },
                u"gpu-trend-"_s + ReportSerializer::fileStamp(trend->from, trend->to) + u".csv"_s);
        });

    // The customer side's cards (分配管理: Owner R, Member R): their own tenant's figures, every
    // tenant's for an admin.
    router.add(HttpMethod::Get, u"/api/customer/dashboard/stats"_s,
               Permission::read(Module::Allocations), [&service](RequestContext &ctx) {
                   auto stats = service.customerStats(*ctx.principal());
                   return stats ? ctx.ok(stats->toJson()) : ctx.fail(stats.error());
               });
}

} // namespace remotegpu
