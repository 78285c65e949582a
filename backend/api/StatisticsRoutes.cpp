#include "ApiRoutes.h"
#include "CsvWriter.h"
#include "JsonWriter.h"
#include "ReportAnswer.h"
#include "ReportSerializer.h"
#include "Router.h"
#include "StatisticsService.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The allocations of a usage answer, one a line, with the figures of the JSON answer.
QByteArray allocationsCsv(const UsageReport &report)
{
    CsvWriter w;
    w.addRow({u"allocationId"_s, u"tenantId"_s, u"tenantName"_s, u"hostId"_s, u"gpus"_s,
              u"status"_s, u"startTime"_s, u"endTime"_s, u"heldGpuHours"_s, u"busyGpuHours"_s,
              u"unreportedGpuHours"_s, u"busyRatio"_s});
    for (const AllocationUsage &a : report.allocations) {
        QJsonObject figures;
        a.usage.writeTo(figures);
        const QJsonValue ratio = figures.value(u"busyRatio"_s);
        w.addValues({a.allocationId, a.tenantId, a.tenantName, a.hostId, a.gpus, a.status,
                     json::timestamp(a.startTime).toString(), json::timestamp(a.endTime).toString(),
                     figures.value(u"heldGpuHours"_s).toDouble(),
                     figures.value(u"busyGpuHours"_s).toDouble(),
                     figures.value(u"unreportedGpuHours"_s).toDouble(),
                     ratio.isDouble() ? QVariant(ratio.toDouble()) : QVariant()});
    }
    return w.data();
}

// `customerId`: absent, or a tenant id (a whole number); a 400 naming it otherwise.
Result<std::optional<qint64>> tenantParameter(const QUrlQuery &query)
{
    if (!query.hasQueryItem(u"customerId"_s))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = query.queryItemValue(u"customerId"_s).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::badRequest(u"customerId must be a tenant's id"_s,
                                 {{u"customerId"_s, u"not an id"_s}});
    return std::optional<qint64>(id);
}

// A usage report as JSON or, asked for, as a CSV download named `filePrefix` + its range.
ApiResponse usageAnswer(RequestContext &ctx, bool csv, const Result<UsageReport> &report,
                        const QString &filePrefix)
{
    if (!report)
        return ctx.fail(report.error());
    return ReportAnswer::answer(
        ctx, csv, report->toJson(), [&] { return allocationsCsv(*report); },
        filePrefix + ReportSerializer::fileStamp(report->from, report->to) + u".csv"_s);
}

} // namespace

void registerStatisticsRoutes(Router &router, StatisticsService &service)
{
    // Admin only, like the dashboard. JSON by default; with ?format=csv the report as a download.
    router.add(HttpMethod::Get, u"/api/admin/statistics/resources"_s,
               Permission::read(Module::AdminDashboard), [&service](RequestContext &ctx) {
                   auto asked = ReportAnswer::request(ctx.request().query);
                   if (!asked)
                       return ctx.fail(asked.error());
                   auto report = service.resourceStatistics(
                       asked->range, ctx.request().query.queryItemValue(u"sort"_s));
                   if (!report)
                       return ctx.fail(report.error());
                   return ReportAnswer::answer(
                       ctx, asked->csv, ReportSerializer::resourcesJson(*report),
                       [&] { return ReportSerializer::resourcesCsv(*report); },
                       u"resource-statistics-"_s +
                           ReportSerializer::fileStamp(report->range.from, report->range.to) +
                           u".csv"_s);
               });
    // Every tenant, or with ?customerId= that tenant alone (the console's customer panel).
    router.add(HttpMethod::Get, u"/api/admin/statistics/customers"_s,
               Permission::read(Module::AdminDashboard), [&service](RequestContext &ctx) {
                   const QUrlQuery &query = ctx.request().query;
                   auto asked = ReportAnswer::request(query);
                   if (!asked)
                       return ctx.fail(asked.error());
                   auto tenant = tenantParameter(query);
                   if (!tenant)
                       return ctx.fail(tenant.error());
                   auto report = service.customerStatistics(
                       asked->range, query.queryItemValue(u"sort"_s), *tenant);
                   if (!report)
                       return ctx.fail(report.error());
                   return ReportAnswer::answer(
                       ctx, asked->csv, report->toJson(),
                       [&] { return ReportSerializer::tenantsCsv(*report); },
                       u"customer-statistics-"_s +
                           ReportSerializer::fileStamp(report->from, report->to) + u".csv"_s);
               });
    // Allocated versus used per allocation (and per machine), lowest busyRatio first.
    router.add(HttpMethod::Get, u"/api/admin/statistics/allocations"_s,
               Permission::read(Module::AdminDashboard), [&service](RequestContext &ctx) {
                   const QUrlQuery &query = ctx.request().query;
                   auto asked = ReportAnswer::request(query);
                   if (!asked)
                       return ctx.fail(asked.error());
                   auto tenant = tenantParameter(query);
                   if (!tenant)
                       return ctx.fail(tenant.error());
                   return usageAnswer(ctx, asked->csv,
                                      service.usage().report(asked->range, *tenant,
                                                             query.queryItemValue(u"hostId"_s),
                                                             query.queryItemValue(u"sort"_s)),
                                      u"allocation-usage-"_s);
               });
    // The owner's own tenant only (分配管理 R for customers; the service refuses members).
    router.add(HttpMethod::Get, u"/api/customer/statistics/usage"_s,
               Permission::read(Module::Allocations), [&service](RequestContext &ctx) {
                   const QUrlQuery &query = ctx.request().query;
                   auto asked = ReportAnswer::request(query);
                   if (!asked)
                       return ctx.fail(asked.error());
                   return usageAnswer(ctx, asked->csv,
                                      service.usage().tenantReport(*ctx.principal(), asked->range,
                                                                   query.queryItemValue(u"sort"_s)),
                                      u"usage-"_s);
               });
}

} // namespace remotegpu
