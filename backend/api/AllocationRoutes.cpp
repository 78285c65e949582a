#include "AllocationService.h"
#include "ApiRoutes.h"
#include "BulkExtendResult.h"
#include "JsonReader.h"
#include "JsonWriter.h"
#include "ListFields.h"
#include "QueryParameters.h"
#include "Router.h"

#include <QJsonArray>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

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

void registerAllocationRoutes(Router &router, AllocationService &service)
{
    // Admins see every tenant's allocations; an owner or member only its own tenant's.
    router.add(HttpMethod::Get, u"/api/admin/allocations"_s, Permission::read(Module::Allocations),
               [&service](RequestContext &ctx) {
                   auto request = PageRequest::fromQuery(ctx.request().query,
                                                         ListFields::allocations().sortable,
                                                         ListFields::allocations().filterable);
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service.list(*request, ctx.principal()->scopeTenant());
                   if (!page)
                       return ctx.fail(page.error());
                   return ctx.ok(page->toJson());
               });

    // Literal segments before /allocations/:id. The latest 10: every tenant's for admins, the
    // caller's own tenant's otherwise.
    router.add(HttpMethod::Get, u"/api/admin/allocations/recent"_s,
               Permission::read(Module::Allocations), [&service](RequestContext &ctx) {
                   auto list = service.recent(ctx.principal()->scopeTenant());
                   return list ? ctx.ok(json::objects(*list)) : ctx.fail(list.error());
               });

    router.add(HttpMethod::Get, u"/api/admin/allocations/free-windows"_s,
               Permission::read(Module::Allocations), [&service](RequestContext &ctx) {
                   auto from = queryTime(ctx, u"from"_s);
                   if (!from)
                       return ctx.fail(from.error());
                   auto to = queryTime(ctx, u"to"_s);
                   if (!to)
                       return ctx.fail(to.error());
                   const QUrlQuery &q = ctx.request().query;
                   auto windows =
                       service.freeWindows(q.queryItemValue(u"hostId"_s, QUrl::FullyDecoded),
                                           q.queryItemValue(u"gpuModel"_s, QUrl::FullyDecoded),
                                           *from, *to, ctx.principal()->scopeTenant());
                   return windows ? ctx.ok(windows->toJson()) : ctx.fail(windows.error());
               });

    router.add(HttpMethod::Post, u"/api/admin/allocations/bulk-extend"_s,
               Permission::write(Module::Allocations), [&service](RequestContext &ctx) {
                   if (auto r = service.admitBulkExtend(*ctx.principal()); !r)
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
                   auto list = service.bulkExtend(req, *ctx.principal(), clientInfoOf(ctx));
                   if (!list)
                       return ctx.fail(list.error());
                   return ctx.ok(BulkExtendResult{*list, list->size()}.toJson());
               });

    router.add(HttpMethod::Post, u"/api/admin/allocations"_s,
               Permission::write(Module::Allocations), [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto req = parseCreate(*body);
                   if (!req)
                       return ctx.fail(req.error());
                   return answer(ctx, service.create(*req, *ctx.principal(), clientInfoOf(ctx)),
                                 201);
               });

    router.add(HttpMethod::Get, u"/api/admin/allocations/:id"_s,
               Permission::read(Module::Allocations), [&service](RequestContext &ctx) {
                   return answer(
                       ctx, service.get(ctx.pathParam(u"id"_s), ctx.principal()->scopeTenant()));
               });

    router.add(HttpMethod::Post, u"/api/admin/allocations/:id/extend"_s,
               Permission::write(Module::Allocations), [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   JsonReader r(*body);
                   const QDateTime end = r.timestamp(u"endTime"_s);
                   if (!r.ok())
                       return ctx.fail(r.error());
                   return answer(ctx, service.extend(ctx.pathParam(u"id"_s), end, *ctx.principal(),
                                                     clientInfoOf(ctx)));
               });

    router.add(HttpMethod::Post, u"/api/admin/allocations/:id/reclaim"_s,
               Permission::write(Module::Allocations), [&service](RequestContext &ctx) {
                   auto reason = optionalReason(ctx);
                   if (!reason)
                       return ctx.fail(reason.error());
                   return answer(ctx, service.reclaim(ctx.pathParam(u"id"_s), *reason,
                                                      *ctx.principal(), clientInfoOf(ctx)));
               });

    router.add(HttpMethod::Post, u"/api/admin/machines/:id/allocate"_s,
               Permission::write(Module::Allocations), [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto req = parseCreate(*body);
                   if (!req)
                       return ctx.fail(req.error());
                   req->hostId = ctx.pathParam(u"id"_s);
                   req->hostFromPath = true;
                   return answer(ctx, service.create(*req, *ctx.principal(), clientInfoOf(ctx)),
                                 201);
               });

    router.add(HttpMethod::Post, u"/api/admin/machines/:id/reclaim"_s,
               Permission::write(Module::Allocations), [&service](RequestContext &ctx) {
                   auto reason = optionalReason(ctx);
                   if (!reason)
                       return ctx.fail(reason.error());
                   return answer(ctx, service.reclaimHost(ctx.pathParam(u"id"_s), *reason,
                                                          *ctx.principal(), clientInfoOf(ctx)));
               });
}

} // namespace remotegpu
