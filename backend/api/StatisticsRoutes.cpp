#include "ApiRoutes.h"
#include "ReportAnswer.h"
#include "ReportSerializer.h"
#include "Router.h"
#include "StatisticsService.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerStatisticsRoutes(Router &router, StatisticsService &service)
{
    // Admin only, like the dashboard. JSON by default; with ?format=csv the report as a download.
    router.add(HttpMethod::Get, u"/api/admin/statistics/resources"_s,
               Permission::read(Module::AdminDashboard), [&service](RequestContext &ctx) {
                   auto asked = ReportAnswer::request(ctx.request().query);
                   if (!asked)
                       return ctx.fail(asked.error());
                   auto report = service.resourceStatistics(asked->range);
                   if (!report)
                       return ctx.fail(report.error());
                   return ReportAnswer::answer(
                       ctx, asked->csv, ReportSerializer::resourcesJson(*report),
                       [&] { return ReportSerializer::resourcesCsv(*report); },
                       u"resource-statistics-"_s +
                           ReportSerializer::fileStamp(report->range.from, report->range.to) +
                           u".csv"_s);
               });
    router.add(HttpMethod::Get, u"/api/admin/statistics/customers"_s,
               Permission::read(Module::AdminDashboard), [&service](RequestContext &ctx) {
                   auto asked = ReportAnswer::request(ctx.request().query);
                   if (!asked)
                       return ctx.fail(asked.error());
                   auto report = service.customerStatistics(asked->range);
                   if (!report)
                       return ctx.fail(report.error());
                   return ReportAnswer::answer(
                       ctx, asked->csv, report->toJson(),
                       [&] { return ReportSerializer::tenantsCsv(*report); },
                       u"customer-statistics-"_s +
                           ReportSerializer::fileStamp(report->from, report->to) + u".csv"_s);
               });
}

} // namespace remotegpu
