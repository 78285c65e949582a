#include "ApiRoutes.h"
#include "AuditService.h"
#include "ListFields.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerAuditRoutes(Router &router, AuditService &service)
{
    // Admins read every tenant's trail; a customer owner only its own tenant's (seed 001 §5.4:
    // 系统设置与审计 — Owner R, "仅查看本租户审计"). Members are refused by the matrix.
    router.add(HttpMethod::Get, u"/api/admin/audits"_s, Permission::read(Module::SettingsAudit),
               [&service](RequestContext &ctx) {
                   auto request =
                       PageRequest::fromQuery(ctx.request().query, ListFields::audits().sortable,
                                              ListFields::audits().filterable);
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service.list(*request, *ctx.principal());
                   return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
               });
}

} // namespace remotegpu
