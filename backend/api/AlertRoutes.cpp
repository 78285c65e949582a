#include "AlertRuleService.h"
#include "AlertService.h"
#include "ApiRoutes.h"
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

// A rule's body is read by AlertRule::fromJson alone, as on create (the same type checks in the
// same order); the change takes the fields the body gives. The fields a rule only shows (id,
// ruleKey, names, timestamps) are type-checked there and otherwise ignored: a client may send
// back the rule it read.
AlertRuleChange alertRuleChange(const QJsonObject &body)
{
    static const QStringList knownFields = AlertRule{}.toJson().keys();
    AlertRuleChange change;
    for (const QString &key : body.keys()) {
        if (!knownFields.contains(key))
            change.unknownFields.append(key);
    }
    auto read = AlertRule::fromJson(body);
    if (!read) {
        change.fieldErrors = read.error().fieldErrors;
        return change;
    }
    const auto given = [&body](const QString &key) { return body.contains(key); };
    if (given(u"scope"_s))
        change.scope = read->scope;
    if (given(u"tenantId"_s))
        change.tenantId = read->tenantId;
    if (given(u"hostId"_s))
        change.hostId = read->hostId;
    if (given(u"name"_s))
        change.name = read->name;
    if (given(u"description"_s))
        change.description = read->description;
    if (given(u"metricType"_s))
        change.metricType = read->metricType;
    if (given(u"threshold"_s))
        change.threshold = read->threshold;
    if (given(u"comparison"_s))
        change.comparison = read->comparison;
    if (given(u"duration"_s))
        change.duration = read->duration;
    if (given(u"severity"_s))
        change.severity = read->severity;
    if (given(u"enabled"_s))
        change.enabled = read->enabled;
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
