#include "ApiRoutes.h"
#include "CustomerMachineService.h"
#include "ListFields.h"
#include "MetricHistoryPlan.h"
#include "QueryParameters.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

// "My machines" (seed 001 §5.3.1–5.3.2). Owners and members read their own tenant's machines
// (分配管理: Owner R, Member R); an admin calling them sees every tenant (scopeTenant() 0).
// Another tenant's machine id answers 404, never 403.
void registerCustomerMachineRoutes(Router &router, CustomerMachineService &service)
{
    const Permission read = Permission::read(Module::Allocations);
    // Literal segments before /machines/:id, so "summary" is not taken for an id.
    router.add(HttpMethod::Get, u"/api/customer/machines/summary"_s, read,
               [&service](RequestContext &ctx) {
                   auto summary = service.summary(*ctx.principal());
                   return summary ? ctx.ok(summary->toJson()) : ctx.fail(summary.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/machines"_s, read, [&service](RequestContext &ctx) {
        auto request =
            PageRequest::fromQuery(ctx.request().query, ListFields::customerMachines().sortable,
                                   ListFields::customerMachines().filterable);
        if (!request)
            return ctx.fail(request.error());
        auto page = service.list(*ctx.principal(), *request);
        return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
    });
    router.add(HttpMethod::Get, u"/api/customer/machines/:id/monitoring"_s, read,
               [&service](RequestContext &ctx) {
                   // from/to/step as on the admin route; `minutes` (the last N minutes, at
                   // most a day) still reads as before.
                   auto plan =
                       MetricHistoryPlan::fromQuery(ctx.request().query, service.clock().now());
                   if (!plan)
                       return ctx.fail(plan.error());
                   auto data = service.monitoring(*ctx.principal(), ctx.pathParam(u"id"_s), *plan);
                   return data ? ctx.okWritten(*data) : ctx.fail(data.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/machines/:id/processes"_s, read,
               [&service](RequestContext &ctx) {
                   auto snapshot = service.processes(*ctx.principal(), ctx.pathParam(u"id"_s));
                   return snapshot ? ctx.ok(snapshot->toJson()) : ctx.fail(snapshot.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/machines/:id/tasks"_s, read,
               [&service](RequestContext &ctx) {
                   auto request = PageRequest::fromQuery(ctx.request().query, {}, {u"status"_s});
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service.tasks(*ctx.principal(), ctx.pathParam(u"id"_s), *request);
                   return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/machines/:id"_s, read,
               [&service](RequestContext &ctx) {
                   auto machine = service.machine(*ctx.principal(), ctx.pathParam(u"id"_s));
                   return machine ? ctx.ok(machine->toJson()) : ctx.fail(machine.error());
               });
}

} // namespace remotegpu
