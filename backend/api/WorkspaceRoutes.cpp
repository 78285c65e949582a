#include "ApiRoutes.h"
#include "JsonWriter.h"
#include "ListFields.h"
#include "Router.h"
#include "WorkspaceService.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerWorkspaceRoutes(Router &router, WorkspaceService &service)
{
    // Teams inside a tenant: owners (and admins) manage, members read.
    router.add(HttpMethod::Get, u"/api/customer/workspaces"_s, Permission::read(Module::Customers),
               [&service](RequestContext &ctx) {
                   auto request = PageRequest::fromQuery(ctx.request().query,
                                                         ListFields::workspaces().sortable,
                                                         ListFields::workspaces().filterable);
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service.list(*ctx.principal(), *request);
                   return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
               });

    router.add(HttpMethod::Post, u"/api/customer/workspaces"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto ws = service.create(*ctx.principal(), *body, clientInfoOf(ctx));
                   return ws ? ctx.ok(ws->toJson(), 201) : ctx.fail(ws.error());
               });

    router.add(HttpMethod::Get, u"/api/customer/workspaces/:id"_s,
               Permission::read(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Workspace"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto ws = service.detail(*ctx.principal(), *id);
                   if (!ws)
                       return ctx.fail(ws.error());
                   QJsonObject json = ws->workspace.toJson();
                   json.insert(u"members"_s, json::objects(ws->members));
                   return ctx.ok(json);
               });

    router.add(HttpMethod::Post, u"/api/customer/workspaces/:id/members"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Workspace"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto member = service.addMember(*ctx.principal(), *id, *body, clientInfoOf(ctx));
                   return member ? ctx.ok(member->toJson(), 201) : ctx.fail(member.error());
               });

    router.add(HttpMethod::Delete, u"/api/customer/workspaces/:id/members/:customerId"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Workspace"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto customerId = pathId(ctx, u"customerId"_s, u"Customer"_s);
                   if (!customerId)
                       return ctx.fail(customerId.error());
                   auto done =
                       service.removeMember(*ctx.principal(), *id, *customerId, clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"workspaceId"_s, *id},
                                                    {u"customerId"_s, *customerId},
                                                    {u"removed"_s, true}})
                               : ctx.fail(done.error());
               });
}

} // namespace remotegpu
