#include "AlertRuleService.h"
#include "AlertService.h"
#include "ApiRoutes.h"
#include "JsonReader.h"
#include "JsonWriter.h"
#include "ListFields.h"
#include "Router.h"
#include "WholeList.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The /api/admin/ alert paths answer administrators only; customers use the /api/customer/
// counterparts, which the services limit to the caller's tenant. `handler` behind that gate when
// `adminOnly`.
template<typename Handler>
auto gated(bool adminOnly, Handler handler)
{
    return [adminOnly, handler = std::move(handler)](RequestContext &ctx) {
        if (adminOnly && !ctx.principal()->isAdmin())
            return ctx.fail(
                Error::forbidden(u"This is an administrator path: customers use "
                                 u"/api/customer/alerts and /api/customer/alert-rules"_s));
        return handler(ctx);
    };
}

// Reads the fields in AlertRule::fromJson's order, so the type errors come in the same order as
// on create. The fields a rule only shows (id, ruleKey, names, timestamps) are checked for type
// and otherwise ignored: a client may send back the rule it read.
AlertRuleChange alertRuleChange(const QJsonObject &body)
{
    static const QStringList knownFields = AlertRule{}.toJson().keys();
    const AlertRule fresh;
    AlertRuleChange change;
    JsonReader r(body);
    r.int64(u"id"_s);
    r.string(u"ruleKey"_s);
    if (body.contains(u"scope"_s)) {
        const QString scope = r.string(u"scope"_s);
        if (scope.isEmpty())
            change.scope = fresh.scope;
        else if (auto named = AlertRule::scopeFromName(scope))
            change.scope = *named;
        else
            r.addError(u"scope"_s, u"scope must be one of: all, tenant, host"_s);
    }
    if (body.contains(u"tenantId"_s))
        change.tenantId = r.optionalInt64(u"tenantId"_s);
    r.string(u"tenantName"_s);
    if (body.contains(u"hostId"_s))
        change.hostId = r.string(u"hostId"_s);
    r.string(u"hostName"_s);
    if (body.contains(u"name"_s))
        change.name = r.string(u"name"_s);
    if (body.contains(u"description"_s))
        change.description = r.string(u"description"_s);
    if (body.contains(u"metricType"_s))
        change.metricType = r.string(u"metricType"_s);
    if (body.contains(u"threshold"_s))
        change.threshold = r.number(u"threshold"_s, fresh.threshold);
    if (body.contains(u"comparison"_s))
        change.comparison = r.enumValue(u"comparison"_s, fresh.comparison);
    if (body.contains(u"duration"_s))
        change.duration = r.integer(u"duration"_s, fresh.duration);
    if (body.contains(u"severity"_s))
        change.severity = r.enumValue(u"severity"_s, fresh.severity);
    if (body.contains(u"enabled"_s))
        change.enabled = r.boolean(u"enabled"_s, fresh.enabled);
    r.optionalInt64(u"createdBy"_s);
    r.timestamp(u"createdAt"_s);
    r.timestamp(u"updatedAt"_s);
    for (const QString &key : body.keys()) {
        if (!knownFields.contains(key))
            change.unknownFields.append(key);
    }
    change.fieldErrors = r.errors();
    return change;
}

void addAlertLists(Router &router, AlertService &service, const QString &path, bool adminOnly)
{
    router.add(HttpMethod::Get, path, Permission::read(Module::Monitoring),
               gated(adminOnly, [&service](RequestContext &ctx) {
                   auto request =
                       PageRequest::fromQuery(ctx.request().query, Alert::listFields().sortable,
                                              Alert::listFields().filterable);
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service.list(*request, *ctx.principal());
                   return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
               }));
    router.add(HttpMethod::Post, path + u"/:id/ack"_s, Permission::write(Module::Monitoring),
               gated(adminOnly, [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Alert"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto alert = service.acknowledge(*ctx.principal(), *id, clientInfoOf(ctx));
                   return alert ? ctx.ok(alert->toJson()) : ctx.fail(alert.error());
               }));
}

void addRuleRoutes(Router &router, AlertRuleService &service, const QString &path, bool adminOnly)
{
    router.add(HttpMethod::Get, path, Permission::read(Module::Monitoring),
               gated(adminOnly, [&service](RequestContext &ctx) {
                   auto rules = service.list(*ctx.principal());
                   return rules ? ctx.ok(wholeList(*rules)) : ctx.fail(rules.error());
               }));
    router.add(HttpMethod::Post, path, Permission::write(Module::Monitoring),
               gated(adminOnly, [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto written = AlertRule::fromJson(*body);
                   if (!written)
                       return ctx.fail(written.error());
                   auto rule = service.create(*ctx.principal(), *written, clientInfoOf(ctx));
                   return rule ? ctx.ok(rule->toJson(), 201) : ctx.fail(rule.error());
               }));
    router.add(HttpMethod::Put, path + u"/:id"_s, Permission::write(Module::Monitoring),
               gated(adminOnly, [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Alert rule"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto rule = service.update(*ctx.principal(), *id, alertRuleChange(*body),
                                              clientInfoOf(ctx));
                   return rule ? ctx.ok(rule->toJson()) : ctx.fail(rule.error());
               }));
    router.add(HttpMethod::Delete, path + u"/:id"_s, Permission::write(Module::Monitoring),
               gated(adminOnly, [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Alert rule"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto done = service.remove(*ctx.principal(), *id, clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"id"_s, *id}, {u"deleted"_s, true}})
                               : ctx.fail(done.error());
               }));
}

} // namespace

void registerAlertRoutes(Router &router, AlertService &alerts, AlertRuleService &rules)
{
    // Monitoring and alerts (监控与告警: Admin M, Owner W, Member R): customers see their
    // tenant's. The dashboard's short list stays open to every role.
    router.add(HttpMethod::Get, u"/api/admin/alerts/active"_s, Permission::read(Module::Monitoring),
               [&alerts](RequestContext &ctx) {
                   auto active = alerts.active(*ctx.principal());
                   return active ? ctx.ok(json::objects(*active)) : ctx.fail(active.error());
               });
    addAlertLists(router, alerts, u"/api/admin/alerts"_s, true);
    router.add(HttpMethod::Post, u"/api/admin/alerts/:id/resolve"_s,
               Permission::write(Module::Monitoring), gated(true, [&alerts](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Alert"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   // The body is optional: {"note": "..."}.
                   QJsonObject body;
                   if (!ctx.request().body.isEmpty()) {
                       auto sent = ctx.jsonObject();
                       if (!sent)
                           return ctx.fail(sent.error());
                       body = *sent;
                   }
                   const QJsonValue note = body.value(u"note"_s);
                   if (!note.isUndefined() && !note.isNull() && !note.isString())
                       return ctx.fail(Error::invalidFields({{u"note"_s, u"note must be text"_s}}));
                   auto alert =
                       alerts.resolve(*ctx.principal(), *id, note.toString(), clientInfoOf(ctx));
                   return alert ? ctx.ok(alert->toJson()) : ctx.fail(alert.error());
               }));
    addAlertLists(router, alerts, u"/api/customer/alerts"_s, false);
    addRuleRoutes(router, rules, u"/api/admin/alert-rules"_s, true);
    addRuleRoutes(router, rules, u"/api/customer/alert-rules"_s, false);
}

} // namespace remotegpu
