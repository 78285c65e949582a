#include "ApiRoutes.h"
#include "JsonWriter.h"
#include "Router.h"
#include "TaskService.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerTaskRoutes(Router &router, TaskService &service)
{
    // Tasks module (任务管理: Owner W, Member W — reading is within that).
    router.add(HttpMethod::Get, u"/api/customer/tasks/recent"_s, Permission::read(Module::Tasks),
               [&service](RequestContext &ctx) {
                   auto tasks = service.recent(*ctx.principal());
                   return tasks ? ctx.ok(json::objects(*tasks)) : ctx.fail(tasks.error());
               });
}

} // namespace remotegpu
