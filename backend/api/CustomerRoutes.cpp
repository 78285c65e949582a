#include "ApiRoutes.h"
#include "CustomerService.h"
#include "ListFields.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerCustomerRoutes(Router &router, CustomerService &service)
{
    // Accounts (seed 001 §5.2 客户管理; §5.4: admin M, owner W on its own tenant, member R).
    router.add(
        HttpMethod::Get, u"/api/admin/customers"_s, Permission::read(Module::Customers),
        [&service](RequestContext &ctx) {
            auto request =
                PageRequest::fromQuery(ctx.request().query, ListFields::customers().sortable,
                                       ListFields::customers().filterable);
            if (!request)
                return ctx.fail(request.error());
            // The filters may also come as plain query items (?q=alice&role=customer_member).
            for (const QString &field : ListFields::customers().filterable) {
                if (ctx.request().query.hasQueryItem(field) && !request->filters.contains(field))
                    request->filters.insert(
                        field, ctx.request().query.queryItemValue(field, QUrl::FullyDecoded));
            }
            auto page = service.list(*ctx.principal(), *request);
            return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
        });

    router.add(HttpMethod::Post, u"/api/admin/customers"_s, Permission::write(Module::Customers),
               [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto created = service.create(*ctx.principal(), *body, clientInfoOf(ctx));
                   if (!created)
                       return ctx.fail(created.error());
                   QJsonObject json = created->customer.toJson();
                   // Shown once: the server keeps only its hash.
                   if (!created->initialPassword.isEmpty())
                       json.insert(u"initialPassword"_s, created->initialPassword);
                   return ctx.ok(json, 201);
               });

    router.add(HttpMethod::Post, u"/api/admin/customers/:id/disable"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto c = service.setEnabled(*ctx.principal(), *id, false, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });

    router.add(HttpMethod::Post, u"/api/admin/customers/:id/enable"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto c = service.setEnabled(*ctx.principal(), *id, true, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });

    router.add(HttpMethod::Get, u"/api/admin/customers/:id"_s, Permission::read(Module::Customers),
               [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto detail = service.detail(*ctx.principal(), *id);
                   return detail ? ctx.ok(detail->toJson()) : ctx.fail(detail.error());
               });

    router.add(HttpMethod::Put, u"/api/admin/customers/:id"_s, Permission::write(Module::Customers),
               [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto c = service.update(*ctx.principal(), *id, *body, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });

    router.add(HttpMethod::Delete, u"/api/admin/customers/:id"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto done = service.remove(*ctx.principal(), *id, clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"id"_s, *id}, {u"deleted"_s, true}})
                               : ctx.fail(done.error());
               });
}

} // namespace remotegpu
