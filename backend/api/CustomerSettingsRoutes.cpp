#include "ApiRoutes.h"
#include "JsonWriter.h"
#include "NotificationRepository.h"
#include "Router.h"
#include "ServerContext.h"
#include "SettingsService.h"

#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerCustomerSettingsRoutes(Router &router, const ServerContext &context);

namespace {

Result<qint64> pathId(const RequestContext &ctx, const QString &what)
{
    bool ok = false;
    const qint64 id = ctx.pathParam(u"id"_s).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::notFound(u"%1 %2 not found"_s.arg(what, ctx.pathParam(u"id"_s).left(32)));
    return id;
}

// A whole list in the list envelope: these lists are short and unpaged.
template<typename T>
QJsonObject wholeList(const QList<T> &items)
{
    return QJsonObject{{u"list"_s, json::objects(items)},
                       {u"total"_s, items.size()},
                       {u"page"_s, 1},
                       {u"pageSize"_s, items.size()}};
}

} // namespace

void registerCustomerSettingsRoutes(Router &router, const ServerContext &context)
{
    auto service = std::make_shared<SettingsService>(context.pool);

    // Platform settings (§5.4 系统设置与审计: admin M, owner R — public ones only, member -).
    router.add(HttpMethod::Get, u"/api/admin/settings"_s, Permission::read(Module::SettingsAudit),
               [service](RequestContext &ctx) {
                   auto list = service->settings(*ctx.principal());
                   return list ? ctx.ok(wholeList(*list)) : ctx.fail(list.error());
               });
    router.add(HttpMethod::Put, u"/api/admin/settings"_s, Permission::write(Module::SettingsAudit),
               [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto list = service->updateSettings(*ctx.principal(), *body, clientInfoOf(ctx));
                   return list ? ctx.ok(wholeList(*list)) : ctx.fail(list.error());
               });

    // Notifications: everyone, own only.
    router.add(HttpMethod::Get, u"/api/customer/notifications"_s,
               Permission::read(Module::Notifications), [service](RequestContext &ctx) {
                   auto request = PageRequest::fromQuery(
                       ctx.request().query, NotificationRepository::sortableFields(),
                       NotificationRepository::filterableFields());
                   if (!request)
                       return ctx.fail(request.error());
                   if (ctx.request().query.hasQueryItem(u"isRead"_s) &&
                       !request->filters.contains(u"isRead"_s))
                       request->filters.insert(u"isRead"_s,
                                               ctx.request().query.queryItemValue(u"isRead"_s));
                   auto page = service->notifications(*ctx.principal(), *request);
                   if (!page)
                       return ctx.fail(page.error());
                   auto unread = service->unreadNotifications(*ctx.principal());
                   if (!unread)
                       return ctx.fail(unread.error());
                   QJsonObject json = page->toJson();
                   json.insert(u"unreadCount"_s, *unread);
                   return ctx.ok(json);
               });
    router.add(HttpMethod::Post, u"/api/customer/notifications/read-all"_s,
               Permission::write(Module::Notifications), [service](RequestContext &ctx) {
                   auto n = service->markAllNotificationsRead(*ctx.principal());
                   return n ? ctx.ok(QJsonObject{{u"updated"_s, *n}}) : ctx.fail(n.error());
               });
    router.add(HttpMethod::Post, u"/api/customer/notifications/:id/read"_s,
               Permission::write(Module::Notifications), [service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"Notification"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto done = service->markNotificationRead(*ctx.principal(), *id);
                   return done ? ctx.ok(QJsonObject{{u"id"_s, *id}, {u"isRead"_s, true}})
                               : ctx.fail(done.error());
               });

    // One's own profile, preferences and SSH keys (§5.4 认证与个人资料: everyone).
    router.add(HttpMethod::Get, u"/api/customer/settings/profile"_s,
               Permission::read(Module::Profile), [service](RequestContext &ctx) {
                   auto c = service->profile(*ctx.principal());
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });
    router.add(HttpMethod::Put, u"/api/customer/settings/profile"_s,
               Permission::write(Module::Profile), [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto c = service->updateProfile(*ctx.principal(), *body, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/settings/notifications"_s,
               Permission::read(Module::Profile), [service](RequestContext &ctx) {
                   auto s = service->notificationSettings(*ctx.principal());
                   return s ? ctx.ok(*s) : ctx.fail(s.error());
               });
    router.add(HttpMethod::Put, u"/api/customer/settings/notifications"_s,
               Permission::write(Module::Profile), [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto s = service->updateNotificationSettings(*ctx.principal(), *body);
                   return s ? ctx.ok(*s) : ctx.fail(s.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/settings/ssh-keys"_s,
               Permission::read(Module::Profile), [service](RequestContext &ctx) {
                   auto keys = service->sshKeys(*ctx.principal());
                   return keys ? ctx.ok(wholeList(*keys)) : ctx.fail(keys.error());
               });
    router.add(HttpMethod::Post, u"/api/customer/settings/ssh-keys"_s,
               Permission::write(Module::Profile), [service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto key = service->addSshKey(*ctx.principal(), *body, clientInfoOf(ctx));
                   return key ? ctx.ok(key->toJson(), 201) : ctx.fail(key.error());
               });
    router.add(HttpMethod::Delete, u"/api/customer/settings/ssh-keys/:id"_s,
               Permission::write(Module::Profile), [service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"SSH key"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto done = service->removeSshKey(*ctx.principal(), *id, clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"id"_s, *id}, {u"deleted"_s, true}})
                               : ctx.fail(done.error());
               });
}

} // namespace remotegpu
