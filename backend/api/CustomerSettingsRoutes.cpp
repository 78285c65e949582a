#include "ApiRoutes.h"
#include "NotificationService.h"
#include "ProfileService.h"
#include "Router.h"
#include "SshKeyService.h"
#include "WholeList.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The settings a PUT changes: each a known setting given as true or false.
Result<NotificationPreferences::Change> parsePreferencesChange(const QJsonObject &body)
{
    const QStringList &known = NotificationPreferences::names();
    QList<FieldError> errors;
    NotificationPreferences::Change change;
    const QHash<QString, std::optional<bool> *> settings = {
        {u"alerts"_s, &change.alerts},
        {u"email"_s, &change.email},
        {u"expiryReminders"_s, &change.expiryReminders},
        {u"taskUpdates"_s, &change.taskUpdates}};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append({it.key(), u"unknown notification setting %1 (known: %2)"_s.arg(
                                         it.key(), known.join(u", "_s))});
        else if (!it.value().isBool())
            errors.append({it.key(), u"%1 must be true or false"_s.arg(it.key())});
        else
            *settings.value(it.key()) = it.value().toBool();
    }
    if (!errors.isEmpty())
        return Error::invalidFields(errors);
    return change;
}

// What PUT /api/customer/settings/profile asks to change; the service reports `fieldErrors`
// after its own refusal of a company change by a non-owner.
ProfileService::ProfileChange parseProfileChange(const QJsonObject &body)
{
    static const QStringList editable = {u"displayName"_s, u"fullName"_s, u"phone"_s,
                                         u"avatarUrl"_s, u"company"_s};
    static const QStringList elsewhere = {u"email"_s,    u"role"_s,   u"tenantId"_s,
                                          u"username"_s, u"status"_s, u"password"_s};
    ProfileService::ProfileChange change;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        if (elsewhere.contains(key))
            change.fieldErrors.append(
                {key,
                 key == u"password"_s
                     ? u"password is changed through the password reset, not the profile"_s
                     : u"%1 cannot be changed in your profile; ask an administrator"_s.arg(key)});
        else if (!editable.contains(key))
            change.fieldErrors.append({key, u"unknown field %1"_s.arg(key)});
        else
            change.changed.append(key);
    }
    change.fieldErrors.append(change.fields.applyTextFields(body, change.changed));
    return change;
}

} // namespace

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
                   auto c = profiles.updateProfile(*ctx.principal(), parseProfileChange(*body),
                                                   clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });
    router.add(HttpMethod::Get, u"/api/customer/settings/notifications"_s,
               Permission::read(Module::Profile), [&notifications](RequestContext &ctx) {
                   auto s = notifications.preferences(*ctx.principal());
                   return s ? ctx.ok(s->toJson()) : ctx.fail(s.error());
               });
    router.add(HttpMethod::Put, u"/api/customer/settings/notifications"_s,
               Permission::write(Module::Profile), [&notifications](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto change = parsePreferencesChange(*body);
                   if (!change)
                       return ctx.fail(change.error());
                   auto s = notifications.updatePreferences(*ctx.principal(), *change);
                   return s ? ctx.ok(s->toJson()) : ctx.fail(s.error());
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
