#include "ApiRoutes.h"
#include "ListFields.h"
#include "NotificationService.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerNotificationRoutes(Router &router, NotificationService &service)
{
    // Notifications: everyone, own only.
    router.add(HttpMethod::Get, u"/api/customer/notifications"_s,
               Permission::read(Module::Notifications), [&service](RequestContext &ctx) {
                   auto request = PageRequest::fromQuery(ctx.request().query,
                                                         ListFields::notifications().sortable,
                                                         ListFields::notifications().filterable);
                   if (!request)
                       return ctx.fail(request.error());
                   if (ctx.request().query.hasQueryItem(u"isRead"_s) &&
                       !request->filters.contains(u"isRead"_s))
                       request->filters.insert(u"isRead"_s,
                                               ctx.request().query.queryItemValue(u"isRead"_s));
                   auto page = service.list(*ctx.principal(), *request);
                   if (!page)
                       return ctx.fail(page.error());
                   auto unread = service.unreadCount(*ctx.principal());
                   if (!unread)
                       return ctx.fail(unread.error());
                   QJsonObject json = page->toJson();
                   json.insert(u"unreadCount"_s, *unread);
                   return ctx.ok(json);
               });
    router.add(HttpMethod::Post, u"/api/customer/notifications/read-all"_s,
               Permission::write(Module::Notifications), [&service](RequestContext &ctx) {
                   auto n = service.markAllRead(*ctx.principal());
                   return n ? ctx.ok(QJsonObject{{u"updated"_s, *n}}) : ctx.fail(n.error());
               });
    router.add(HttpMethod::Post, u"/api/customer/notifications/:id/read"_s,
               Permission::write(Module::Notifications), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Notification"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto done = service.markRead(*ctx.principal(), *id);
                   return done ? ctx.ok(QJsonObject{{u"id"_s, *id}, {u"isRead"_s, true}})
                               : ctx.fail(done.error());
               });
}

} // namespace remotegpu
