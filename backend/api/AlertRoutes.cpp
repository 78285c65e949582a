#include "AlertService.h"
#include "ApiRoutes.h"
#include "JsonWriter.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerAlertRoutes(Router &router, AlertService &service)
{
    // Monitoring and alerts (监控与告警: Admin M, Owner W, Member R): customers see their tenant's.
    router.add(HttpMethod::Get, u"/api/admin/alerts/active"_s, Permission::read(Module::Monitoring),
               [&service](RequestContext &ctx) {
                   auto alerts = service.active(*ctx.principal());
                   return alerts ? ctx.ok(json::objects(*alerts)) : ctx.fail(alerts.error());
               });
}

} // namespace remotegpu
