#include "ApiRoutes.h"
#include "ListFields.h"
#include "MachineService.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

Result<MachineService::MachineInput> machineInput(const QJsonObject &body)
{
    auto machine = Machine::fromJson(body);
    if (!machine)
        return machine.error();
    return MachineService::MachineInput{std::move(machine).value(), body.contains(u"totalGpu"_s),
                                        body.contains(u"gpus"_s)};
}

} // namespace

void registerMachineRoutes(Router &router, MachineService &service)
{
    // Machines are the global inventory: admin only by the matrix (seed 001 §5.4 机器管理（全局）);
    // customers see their machines through /api/customer/machines.

    router.add(HttpMethod::Get, u"/api/admin/machines"_s, Permission::read(Module::Machines),
               [&service](RequestContext &ctx) {
                   auto request =
                       PageRequest::fromQuery(ctx.request().query, ListFields::machines().sortable,
                                              ListFields::machines().filterable);
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service.list(*request);
                   // A machine is about 900 bytes of JSON.
                   return page ? ctx.okWritten(*page, 1024 + page->list.size() * 1024)
                               : ctx.fail(page.error());
               });

    router.add(HttpMethod::Post, u"/api/admin/machines"_s, Permission::write(Module::Machines),
               [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto input = machineInput(*body);
                   if (!input)
                       return ctx.fail(input.error());
                   auto created = service.create(*input, *ctx.principal(), clientInfoOf(ctx));
                   return created ? ctx.ok(created->toJson(), 201) : ctx.fail(created.error());
               });

    router.add(HttpMethod::Post, u"/api/admin/machines/:id/maintenance"_s,
               Permission::write(Module::Machines), [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   const QJsonValue enabled = body->value(u"enabled"_s);
                   if (!enabled.isBool())
                       return ctx.fail(
                           Error::badRequest(u"enabled must be true or false"_s,
                                             {{u"enabled"_s, u"enabled must be true or false"_s}}));
                   const QJsonValue reason = body->value(u"reason"_s);
                   if (!reason.isUndefined() && !reason.isNull() && !reason.isString())
                       return ctx.fail(Error::badRequest(
                           u"reason must be text"_s, {{u"reason"_s, u"reason must be text"_s}}));
                   auto machine = service.setMaintenance(ctx.pathParam(u"id"_s), enabled.toBool(),
                                                         reason.toString(), *ctx.principal(),
                                                         clientInfoOf(ctx));
                   return machine ? ctx.ok(machine->toJson()) : ctx.fail(machine.error());
               });

    router.add(HttpMethod::Get, u"/api/admin/machines/:id"_s, Permission::read(Module::Machines),
               [&service](RequestContext &ctx) {
                   auto machine = service.detail(ctx.pathParam(u"id"_s));
                   return machine ? ctx.ok(machine->toJson()) : ctx.fail(machine.error());
               });

    router.add(HttpMethod::Put, u"/api/admin/machines/:id"_s, Permission::write(Module::Machines),
               [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto input = machineInput(*body);
                   if (!input)
                       return ctx.fail(input.error());
                   auto machine = service.update(ctx.pathParam(u"id"_s), *input, *ctx.principal(),
                                                 clientInfoOf(ctx));
                   return machine ? ctx.ok(machine->toJson()) : ctx.fail(machine.error());
               });

    router.add(HttpMethod::Delete, u"/api/admin/machines/:id"_s,
               Permission::write(Module::Machines), [&service](RequestContext &ctx) {
                   const QString id = ctx.pathParam(u"id"_s);
                   auto done = service.remove(id, *ctx.principal(), clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"id"_s, id}, {u"deleted"_s, true}})
                               : ctx.fail(done.error());
               });
}

} // namespace remotegpu
