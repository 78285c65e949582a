#include "ApiRoutes.h"
#include "NotificationService.h"
#include "ProfileService.h"
#include "Router.h"
#include "SshKeyService.h"
#include "WholeList.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerCustomerSettingsRoutes(Router &router, ProfileService &profiles,
                                    NotificationService &notifications, SshKeyService &sshKeys)
{
    // One's own profile, preferences and SSH keys (§5.4 认证与个人资料: everyone).
    router.add(HttpMethod::Get, u"/api/customer/settings/profile"_s,
               Permission::read(Module::Profile), [&profiles](RequestContext &ctx) {
                   auto c = profiles.profile(*ctx.principal());
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });
    router.add(HttpMethod::Put, u"/api/customer/settings/profile"_s,
               Permission::write(Module::Profile), [&profiles](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto c = profiles.updateProfile(*ctx.principal(), *body, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/settings/notifications"_s,
               Permission::read(Module::Profile), [&notifications](RequestContext &ctx) {
                   auto s = notifications.preferences(*ctx.principal());
                   return s ? ctx.ok(*s) : ctx.fail(s.error());
               });
    router.add(HttpMethod::Put, u"/api/customer/settings/notifications"_s,
               Permission::write(Module::Profile), [&notifications](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto s = notifications.updatePreferences(*ctx.principal(), *body);
                   return s ? ctx.ok(*s) : ctx.fail(s.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/settings/ssh-keys"_s,
               Permission::read(Module::Profile), [&sshKeys](RequestContext &ctx) {
                   auto keys = sshKeys.list(*ctx.principal());
                   return keys ? ctx.ok(wholeList(*keys)) : ctx.fail(keys.error());
               });
    router.add(HttpMethod::Post, u"/api/customer/settings/ssh-keys"_s,
               Permission::write(Module::Profile), [&sshKeys](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   const SshKeyService::NewKey request{body->value(u"publicKey"_s),
                                                       body->value(u"name"_s)};
                   auto key = sshKeys.add(*ctx.principal(), request, clientInfoOf(ctx));
                   return key ? ctx.ok(key->toJson(), 201) : ctx.fail(key.error());
               });
    router.add(HttpMethod::Delete, u"/api/customer/settings/ssh-keys/:id"_s,
               Permission::write(Module::Profile), [&sshKeys](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"SSH key"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto done = sshKeys.remove(*ctx.principal(), *id, clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"id"_s, *id}, {u"deleted"_s, true}})
                               : ctx.fail(done.error());
               });
}

} // namespace remotegpu
