#include "ApiRoutes.h"
#include "Router.h"
#include "ServerContext.h"
#include "StatisticsService.h"
#include "WorkbenchService.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerCustomerMachineRoutes(Router &router, const ServerContext &context);

// The customer workbench and "my machines" (seed 001 §5.3.1–5.3.2). Owners and members read
// their own tenant's machines (分配管理: Owner R, Member R); an admin calling them sees every
// tenant (scopeTenant() 0). Another tenant's machine id answers 404, never 403.
void registerCustomerMachineRoutes(Router &router, const ServerContext &context)
{
    StatisticsService service(context.pool, context.clock);
    const Permission read = Permission::read(Module::Allocations);
    router.add(HttpMethod::Get, u"/api/customer/dashboard/stats"_s, read,
               [service](RequestContext &ctx) {
                   auto stats = service.customerStats(*ctx.principal());
                   return stats ? ctx.ok(*stats) : ctx.fail(stats.error());
               });
    // Literal segments before /machines/:id, so "summary" is not taken for an id.
    router.add(HttpMethod::Get, u"/api/customer/machines/summary"_s, read,
               [service](RequestContext &ctx) {
                   auto summary = service.customerMachineSummary(*ctx.principal());
                   return summary ? ctx.ok(*summary) : ctx.fail(summary.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/machines"_s, read, [service](RequestContext &ctx) {
        auto page = service.customerMachines(*ctx.principal(), ctx.request().query);
        return page ? ctx.ok(*page) : ctx.fail(page.error());
    });
    WorkbenchService workbench(context.pool, context.clock);
    router.add(HttpMethod::Get, u"/api/customer/machines/:id/monitoring"_s, read,
               [workbench](RequestContext &ctx) {
                   auto data = workbench.machineMonitoring(*ctx.principal(), ctx.pathParam(u"id"_s),
                                                           ctx.request().query);
                   return data ? ctx.ok(*data) : ctx.fail(data.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/machines/:id/processes"_s, read,
               [workbench](RequestContext &ctx) {
                   auto data = workbench.machineProcesses(*ctx.principal(), ctx.pathParam(u"id"_s));
                   return data ? ctx.ok(*data) : ctx.fail(data.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/machines/:id/tasks"_s, read,
               [workbench](RequestContext &ctx) {
                   auto data = workbench.machineTasks(*ctx.principal(), ctx.pathParam(u"id"_s),
                                                      ctx.request().query);
                   return data ? ctx.ok(*data) : ctx.fail(data.error());
               });
    // Tasks module (任务管理: Owner W, Member W — reading is within that).
    router.add(HttpMethod::Get, u"/api/customer/tasks/recent"_s, Permission::read(Module::Tasks),
               [workbench](RequestContext &ctx) {
                   auto data = workbench.recentTasks(*ctx.principal());
                   return data ? ctx.ok(*data) : ctx.fail(data.error());
               });
    // Monitoring and alerts (监控与告警: Admin M, Owner W, Member R): customers see their tenant's.
    router.add(HttpMethod::Get, u"/api/admin/alerts/active"_s, Permission::read(Module::Monitoring),
               [workbench](RequestContext &ctx) {
                   auto data = workbench.activeAlerts(*ctx.principal());
                   return data ? ctx.ok(*data) : ctx.fail(data.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/machines/:id"_s, read,
               [service](RequestContext &ctx) {
                   auto machine = service.customerMachine(*ctx.principal(), ctx.pathParam(u"id"_s));
                   return machine ? ctx.ok(*machine) : ctx.fail(machine.error());
               });
}

} // namespace remotegpu
