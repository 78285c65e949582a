#include "ApiRoutes.h"
#include "MachineService.h"
#include "Router.h"
#include "ServerContext.h"

#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerMachineRoutes(Router &router, const ServerContext &context)
{
    // Machines are the global inventory: admin only by the matrix (seed 001 §5.4 机器管理（全局）);
    // customers see their machines through /api/customer/machines.
    auto service = std::make_shared<MachineService>(context.pool);

    router.add(HttpMethod::Get, u"/api/admin/machines"_s, Permission::read(Module::Machines),
               [service](RequestContext &ctx) {
                   auto request = PageRequest::fromQuery(ctx.request().query,
                                                         MachineRepository::sortableFields(),
                                                         MachineRepository::filterableFields());
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service->list(*request);
                   // A machine is about 900 bytes of JSON.
                   return page ? ctx.okWritten(*page, 1024 + page->list.size() * 1024)
                               : ctx.fail(page.error());
               });

    router.add(HttpMethod::Post, u"/api/admin/machines"_s, Permission::write(Module::Machines),
               [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto created = service->create(*body, *ctx.principal(), clientInfoOf(ctx));
                   return created ? ctx.ok(created->toJson(), 201) : ctx.fail(created.error());
               });

    router.add(HttpMethod::Post, u"/api/admin/machines/:id/maintenance"_s,
               Permission::write(Module::Machines), [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto machine = service->setMaintenance(ctx.pathParam(u"id"_s), *body,
                                                          *ctx.principal(), clientInfoOf(ctx));
                   return machine ? ctx.ok(machine->toJson()) : ctx.fail(machine.error());
               });

    router.add(HttpMethod::Get, u"/api/admin/machines/:id"_s, Permission::read(Module::Machines),
               [service](RequestContext &ctx) {
                   auto machine = service->detail(ctx.pathParam(u"id"_s));
                   return machine ? ctx.ok(machine->toJson()) : ctx.fail(machine.error());
               });

    router.add(HttpMethod::Put, u"/api/admin/machines/:id"_s, Permission::write(Module::Machines),
               [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto machine = service->update(ctx.pathParam(u"id"_s), *body, *ctx.principal(),
                                                  clientInfoOf(ctx));
                   return machine ? ctx.ok(machine->toJson()) : ctx.fail(machine.error());
               });

    router.add(HttpMethod::Delete, u"/api/admin/machines/:id"_s,
               Permission::write(Module::Machines), [service](RequestContext &ctx) {
                   const QString id = ctx.pathParam(u"id"_s);
                   auto done = service->remove(id, *ctx.principal(), clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"id"_s, id}, {u"deleted"_s, true}})
                               : ctx.fail(done.error());
               });
}

} // namespace remotegpu
