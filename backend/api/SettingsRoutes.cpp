#include "ApiRoutes.h"
#include "Router.h"
#include "SettingsService.h"
#include "WholeList.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerSettingsRoutes(Router &router, SettingsService &service)
{
    // Platform settings (§5.4 系统设置与审计: admin M, owner R — public ones only, member -).
    router.add(HttpMethod::Get, u"/api/admin/settings"_s, Permission::read(Module::SettingsAudit),
               [&service](RequestContext &ctx) {
                   auto list = service.settings(*ctx.principal());
                   return list ? ctx.ok(wholeList(*list)) : ctx.fail(list.error());
               });
    router.add(HttpMethod::Put, u"/api/admin/settings"_s, Permission::write(Module::SettingsAudit),
               [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   QList<SettingsService::Change> changes;
                   for (auto it = body->begin(); it != body->end(); ++it)
                       changes.append({it.key(), it.value()});
                   auto list = service.updateSettings(*ctx.principal(), changes, clientInfoOf(ctx));
                   return list ? ctx.ok(wholeList(*list)) : ctx.fail(list.error());
               });
}

} // namespace remotegpu
