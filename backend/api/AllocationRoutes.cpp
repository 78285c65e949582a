#include "AllocationRepository.h"
#include "AllocationService.h"
#include "ApiRoutes.h"
#include "Clock.h"
#include "DatabasePool.h"
#include "JsonReader.h"
#include "JsonWriter.h"
#include "QueryParameters.h"
#include "RateLimiter.h"
#include "Router.h"
#include "ServerContext.h"

#include <QJsonArray>

#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Bulk extend touches many rows in one transaction: a few per minute per account is plenty.
constexpr int BulkExtendLimit = 10;
constexpr int BulkExtendWindowSeconds = 60;

// A time query parameter (see timeParameter); invalid QDateTime when absent or empty.
Result<QDateTime> queryTime(const RequestContext &ctx, const QString &name)
{
    const QString text = ctx.request().query.queryItemValue(name, QUrl::FullyDecoded);
    if (text.isEmpty())
        return QDateTime();
    return timeParameter(name, text);
}

Result<AllocationService::CreateRequest> parseCreate(const QJsonObject &body)
{
    JsonReader r(body);
    AllocationService::CreateRequest req;
    req.hostId = r.string(u"hostId"_s);
    req.tenantId = r.int64(u"tenantId"_s);
    req.startTime = r.timestamp(u"startTime"_s);
    req.endTime = r.timestamp(u"endTime"_s);
    req.remark = r.string(u"remark"_s);
    return r.finish(std::move(req));
}

// The reclaim routes take an optional body: {"reason": "…"}.
Result<QString> optionalReason(const RequestContext &ctx)
{
    if (ctx.request().body.trimmed().isEmpty())
        return QString();
    auto body = ctx.jsonObject();
    if (!body)
        return body.error();
    JsonReader r(*body);
    return r.finish(r.string(u"reason"_s));
}

ApiResponse answer(RequestContext &ctx, const Result<Allocation> &a, int status = 200)
{
    return a ? ctx.ok(a->toJson(), status) : ctx.fail(a.error());
}

} // namespace

void registerAllocationRoutes(Router &router, const ServerContext &context)
{
    // One service for the server's life; the route lambdas outlive this function.
    auto service = std::make_shared<AllocationService>(context.pool, context.clock);
    RateLimiter &limiter = context.limiter;

    // Admins see every tenant's allocations; an owner or member only its own tenant's.
    router.add(HttpMethod::Get, u"/api/admin/allocations"_s, Permission::read(Module::Allocations),
               [service](RequestContext &ctx) {
                   auto request = PageRequest::fromQuery(ctx.request().query,
                                                         AllocationRepository::sortableFields(),
                                                         AllocationRepository::filterableFields());
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service->list(*request, ctx.principal()->scopeTenant());
                   if (!page)
                       return ctx.fail(page.error());
                   return ctx.ok(page->toJson());
               });

    // Literal segments before /allocations/:id. The latest 10: every tenant's for admins, the
    // caller's own tenant's otherwise.
    router.add(HttpMethod::Get, u"/api/admin/allocations/recent"_s,
               Permission::read(Module::Allocations), [service](RequestContext &ctx) {
                   auto list = service->recent(ctx.principal()->scopeTenant());
                   return list ? ctx.ok(json::objects(*list)) : ctx.fail(list.error());
               });

    router.add(HttpMethod::Get, u"/api/admin/allocations/free-windows"_s,
               Permission::read(Module::Allocations),
               [service, &clock = context.clock](RequestContext &ctx) {
                   auto from = queryTime(ctx, u"from"_s);
                   if (!from)
                       return ctx.fail(from.error());
                   auto to = queryTime(ctx, u"to"_s);
                   if (!to)
                       return ctx.fail(to.error());
                   const QUrlQuery &q = ctx.request().query;
                   const QDateTime start = from->isValid() ? *from : clock.now();
                   const QDateTime end = to->isValid() ? *to : start.addDays(28);
                   auto hosts =
                       service->freeWindows(q.queryItemValue(u"hostId"_s, QUrl::FullyDecoded),
                                            q.queryItemValue(u"gpuModel"_s, QUrl::FullyDecoded),
                                            start, end, ctx.principal()->scopeTenant());
                   if (!hosts)
                       return ctx.fail(hosts.error());
                   QJsonArray list;
                   for (const auto &h : std::as_const(*hosts)) {
                       QJsonArray free;
                       for (const auto &w : h.free)
                           free.append(QJsonObject{{u"start"_s, json::timestamp(w.start)},
                                                   {u"end"_s, json::timestamp(w.end)}});
                       list.append(QJsonObject{{u"hostId"_s, h.hostId},
                                               {u"hostName"_s, json::nullable(h.hostName)},
                                               {u"inMaintenance"_s, h.inMaintenance},
                                               {u"free"_s, free}});
                   }
                   return ctx.ok(QJsonObject{{u"from"_s, json::timestamp(start)},
                                             {u"to"_s, json::timestamp(end)},
                                             {u"hosts"_s, list}});
               });

    router.add(HttpMethod::Post, u"/api/admin/allocations/bulk-extend"_s,
               Permission::write(Module::Allocations), [service, &limiter](RequestContext &ctx) {
                   if (auto r =
                           limiter.hit(u"bulk-extend-account:%1"_s.arg(ctx.principal()->id),
                                       BulkExtendLimit, BulkExtendWindowSeconds, u"Bulk extend"_s);
                       !r)
                       return ctx.fail(r.error());
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   JsonReader r(*body);
                   AllocationService::BulkExtendRequest req;
                   req.ids = r.stringList(u"ids"_s);
                   req.endTime = r.timestamp(u"endTime"_s);
                   req.extendDays = r.optionalInteger(u"extendDays"_s);
                   if (!r.ok())
                       return ctx.fail(r.error());
                   auto list = service->bulkExtend(req, *ctx.principal(), clientInfoOf(ctx));
                   if (!list)
                       return ctx.fail(list.error());
                   return ctx.ok(
                       QJsonObject{{u"list"_s, json::objects(*list)}, {u"total"_s, list->size()}});
               });

    router.add(HttpMethod::Post, u"/api/admin/allocations"_s,
               Permission::write(Module::Allocations), [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto req = parseCreate(*body);
                   if (!req)
                       return ctx.fail(req.error());
                   return answer(ctx, service->create(*req, *ctx.principal(), clientInfoOf(ctx)),
                                 201);
               });

    router.add(HttpMethod::Get, u"/api/admin/allocations/:id"_s,
               Permission::read(Module::Allocations), [service](RequestContext &ctx) {
                   return answer(
                       ctx, service->get(ctx.pathParam(u"id"_s), ctx.principal()->scopeTenant()));
               });

    router.add(HttpMethod::Post, u"/api/admin/allocations/:id/extend"_s,
               Permission::write(Module::Allocations), [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   JsonReader r(*body);
                   const QDateTime end = r.timestamp(u"endTime"_s);
                   if (!r.ok())
                       return ctx.fail(r.error());
                   return answer(ctx, service->extend(ctx.pathParam(u"id"_s), end, *ctx.principal(),
                                                      clientInfoOf(ctx)));
               });

    router.add(HttpMethod::Post, u"/api/admin/allocations/:id/reclaim"_s,
               Permission::write(Module::Allocations), [service](RequestContext &ctx) {
                   auto reason = optionalReason(ctx);
                   if (!reason)
                       return ctx.fail(reason.error());
                   return answer(ctx, service->reclaim(ctx.pathParam(u"id"_s), *reason,
                                                       *ctx.principal(), clientInfoOf(ctx)));
               });

    router.add(HttpMethod::Post, u"/api/admin/machines/:id/allocate"_s,
               Permission::write(Module::Allocations), [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto req = parseCreate(*body);
                   if (!req)
                       return ctx.fail(req.error());
                   req->hostId = ctx.pathParam(u"id"_s);
                   req->hostFromPath = true;
                   return answer(ctx, service->create(*req, *ctx.principal(), clientInfoOf(ctx)),
                                 201);
               });

    router.add(HttpMethod::Post, u"/api/admin/machines/:id/reclaim"_s,
               Permission::write(Module::Allocations), [service](RequestContext &ctx) {
                   auto reason = optionalReason(ctx);
                   if (!reason)
                       return ctx.fail(reason.error());
                   return answer(ctx, service->reclaimHost(ctx.pathParam(u"id"_s), *reason,
                                                           *ctx.principal(), clientInfoOf(ctx)));
               });
}

} // namespace remotegpu
