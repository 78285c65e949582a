#include "ApiRoutes.h"
#include "Router.h"
#include "WebhookService.h"
#include "WholeList.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Type checks only, in field order; whether the webhook is valid is the service's question.
WebhookChange webhookChange(const QJsonObject &body)
{
    WebhookChange change;
    const auto text = [&](const QString &key, std::optional<QString> &out) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            change.fieldErrors.append({key, u"%1 must be a string"_s.arg(key)});
        else
            out = v.toString().trimmed();
    };
    text(u"name"_s, change.name);
    text(u"url"_s, change.url);
    if (const QJsonValue v = body.value(u"events"_s); !v.isUndefined()) {
        if (!v.isArray())
            change.fieldErrors.append({u"events"_s, u"events must be a list of event names"_s});
        QStringList events;
        for (const QJsonValue &e : v.toArray()) {
            if (!events.contains(e.toString()))
                events.append(e.toString());
        }
        change.events = events;
    }
    if (const QJsonValue v = body.value(u"enabled"_s); !v.isUndefined()) {
        if (!v.isBool())
            change.fieldErrors.append({u"enabled"_s, u"enabled must be true or false"_s});
        else
            change.enabled = v.toBool();
    }
    return change;
}

// One set of routes under `prefix`. Under /api/admin the settings-and-audit row of the matrix
// applies and the caller must be an administrator (an owner may read that module's other
// routes, not these); under /api/customer the monitoring-and-alerts row does (owner W, member R:
// members list webhooks and their deliveries, and are refused every change).
void registerUnder(Router &router, WebhookService &service, const QString &prefix, Module module,
                   bool adminOnly)
{
    const auto guarded = [adminOnly](auto handler) {
        return [adminOnly, handler](RequestContext &ctx) {
            if (adminOnly && !ctx.principal()->isAdmin())
                return ctx.fail(Error::forbidden(
                    u"The admin webhook routes are for administrators; tenants use "
                    "/api/customer/webhooks"_s));
            return handler(ctx);
        };
    };
    const QString item = prefix + u"/:id"_s;

    router.add(HttpMethod::Get, prefix, Permission::read(module),
               guarded([&service](RequestContext &ctx) {
                   auto hooks = service.list(*ctx.principal());
                   return hooks ? ctx.ok(wholeList(*hooks)) : ctx.fail(hooks.error());
               }));
    router.add(HttpMethod::Post, prefix, Permission::write(module),
               guarded([&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto hook =
                       service.create(*ctx.principal(), webhookChange(*body), clientInfoOf(ctx));
                   return hook ? ctx.ok(hook->toJson(), 201) : ctx.fail(hook.error());
               }));
    router.add(
        HttpMethod::Put, item, Permission::write(module), guarded([&service](RequestContext &ctx) {
            auto id = pathId(ctx, u"id"_s, u"webhook"_s);
            if (!id)
                return ctx.fail(id.error());
            auto body = ctx.jsonObject();
            if (!body)
                return ctx.fail(body.error());
            auto hook =
                service.update(*ctx.principal(), *id, webhookChange(*body), clientInfoOf(ctx));
            return hook ? ctx.ok(hook->toJson()) : ctx.fail(hook.error());
        }));
    router.add(HttpMethod::Delete, item, Permission::write(module),
               guarded([&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"webhook"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto done = service.remove(*ctx.principal(), *id, clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"id"_s, *id}, {u"deleted"_s, true}})
                               : ctx.fail(done.error());
               }));
    router.add(HttpMethod::Post, item + u"/rotate-secret"_s, Permission::write(module),
               guarded([&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"webhook"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto hook = service.rotateSecret(*ctx.principal(), *id, clientInfoOf(ctx));
                   return hook ? ctx.ok(hook->toJson()) : ctx.fail(hook.error());
               }));
    router.add(HttpMethod::Post, item + u"/test"_s, Permission::write(module),
               guarded([&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"webhook"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto eventId = service.sendTest(*ctx.principal(), *id);
                   return eventId ? ctx.ok(QJsonObject{{u"eventId"_s, *eventId},
                                                       {u"eventType"_s, Webhook::testEventType()}},
                                           202)
                                  : ctx.fail(eventId.error());
               }));
    router.add(HttpMethod::Get, item + u"/deliveries"_s, Permission::read(module),
               guarded([&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"webhook"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto request = PageRequest::fromQuery(ctx.request().query, {}, {});
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service.attempts(*ctx.principal(), *id, *request);
                   return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
               }));
}

} // namespace

void registerWebhookRoutes(Router &router, WebhookService &webhooks)
{
    registerUnder(router, webhooks, u"/api/admin/webhooks"_s, Module::SettingsAudit, true);
    registerUnder(router, webhooks, u"/api/customer/webhooks"_s, Module::Monitoring, false);
}

} // namespace remotegpu
