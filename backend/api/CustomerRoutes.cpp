#include "ApiRoutes.h"
#include "AuthService.h"
#include "CustomerAdminRepository.h"
#include "CustomerService.h"
#include "JsonWriter.h"
#include "Router.h"
#include "ServerContext.h"
#include "WorkspaceRepository.h"

#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

// In CustomerSettingsRoutes.cpp: settings, notifications, profile and SSH keys.
void registerCustomerSettingsRoutes(Router &router, const ServerContext &context);

namespace {

// A path id that is not a positive number names nothing: the same 404 as an absent row.
Result<qint64> pathId(const RequestContext &ctx, const QString &name, const QString &what)
{
    bool ok = false;
    const qint64 id = ctx.pathParam(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::notFound(u"%1 %2 not found"_s.arg(what, ctx.pathParam(name).left(32)));
    return id;
}

} // namespace

void registerCustomerRoutes(Router &router, const ServerContext &context)
{
    auto service = std::make_shared<CustomerService>(
        context.pool, context.clock, [&auth = context.auth](qint64 id) { auth.forgetAccount(id); });

    // Accounts (seed 001 §5.2 客户管理; §5.4: admin M, owner W on its own tenant, member R).
    router.add(
        HttpMethod::Get, u"/api/admin/customers"_s, Permission::read(Module::Customers),
        [service](RequestContext &ctx) {
            auto request = PageRequest::fromQuery(ctx.request().query,
                                                  CustomerAdminRepository::sortableFields(),
                                                  CustomerAdminRepository::filterableFields());
            if (!request)
                return ctx.fail(request.error());
            // The filters may also come as plain query items (?q=alice&role=customer_member).
            for (const QString &field : CustomerAdminRepository::filterableFields()) {
                if (ctx.request().query.hasQueryItem(field) && !request->filters.contains(field))
                    request->filters.insert(
                        field, ctx.request().query.queryItemValue(field, QUrl::FullyDecoded));
            }
            auto page = service->list(*ctx.principal(), *request);
            return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
        });

    router.add(HttpMethod::Post, u"/api/admin/customers"_s, Permission::write(Module::Customers),
               [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto created = service->create(*ctx.principal(), *body, clientInfoOf(ctx));
                   if (!created)
                       return ctx.fail(created.error());
                   QJsonObject json = created->customer.toJson();
                   // Shown once: the server keeps only its hash.
                   if (!created->initialPassword.isEmpty())
                       json.insert(u"initialPassword"_s, created->initialPassword);
                   return ctx.ok(json, 201);
               });

    router.add(HttpMethod::Post, u"/api/admin/customers/:id/disable"_s,
               Permission::write(Module::Customers), [service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto c = service->setEnabled(*ctx.principal(), *id, false, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });

    router.add(HttpMethod::Post, u"/api/admin/customers/:id/enable"_s,
               Permission::write(Module::Customers), [service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto c = service->setEnabled(*ctx.principal(), *id, true, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });

    router.add(HttpMethod::Get, u"/api/admin/customers/:id"_s, Permission::read(Module::Customers),
               [service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto detail = service->detail(*ctx.principal(), *id);
                   return detail ? ctx.ok(*detail) : ctx.fail(detail.error());
               });

    router.add(HttpMethod::Put, u"/api/admin/customers/:id"_s, Permission::write(Module::Customers),
               [service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto c = service->update(*ctx.principal(), *id, *body, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });

    router.add(HttpMethod::Delete, u"/api/admin/customers/:id"_s,
               Permission::write(Module::Customers), [service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto done = service->remove(*ctx.principal(), *id, clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"id"_s, *id}, {u"deleted"_s, true}})
                               : ctx.fail(done.error());
               });

    // Teams inside a tenant: owners (and admins) manage, members read.
    router.add(HttpMethod::Get, u"/api/customer/workspaces"_s, Permission::read(Module::Customers),
               [service](RequestContext &ctx) {
                   auto request = PageRequest::fromQuery(ctx.request().query,
                                                         WorkspaceRepository::sortableFields(),
                                                         WorkspaceRepository::filterableFields());
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service->workspaces(*ctx.principal(), *request);
                   return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
               });

    router.add(HttpMethod::Post, u"/api/customer/workspaces"_s,
               Permission::write(Module::Customers), [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto ws = service->createWorkspace(*ctx.principal(), *body, clientInfoOf(ctx));
                   return ws ? ctx.ok(ws->toJson(), 201) : ctx.fail(ws.error());
               });

    router.add(HttpMethod::Get, u"/api/customer/workspaces/:id"_s,
               Permission::read(Module::Customers), [service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Workspace"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto ws = service->workspace(*ctx.principal(), *id);
                   return ws ? ctx.ok(*ws) : ctx.fail(ws.error());
               });

    router.add(HttpMethod::Post, u"/api/customer/workspaces/:id/members"_s,
               Permission::write(Module::Customers), [service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Workspace"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto member =
                       service->addWorkspaceMember(*ctx.principal(), *id, *body, clientInfoOf(ctx));
                   return member ? ctx.ok(member->toJson(), 201) : ctx.fail(member.error());
               });

    router.add(HttpMethod::Delete, u"/api/customer/workspaces/:id/members/:customerId"_s,
               Permission::write(Module::Customers), [service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Workspace"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto customerId = pathId(ctx, u"customerId"_s, u"Customer"_s);
                   if (!customerId)
                       return ctx.fail(customerId.error());
                   auto done = service->removeWorkspaceMember(*ctx.principal(), *id, *customerId,
                                                              clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"workspaceId"_s, *id},
                                                    {u"customerId"_s, *customerId},
                                                    {u"removed"_s, true}})
                               : ctx.fail(done.error());
               });

    registerCustomerSettingsRoutes(router, context);
}

} // namespace remotegpu
