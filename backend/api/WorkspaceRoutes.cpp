#include "ApiRoutes.h"
#include "JsonWriter.h"
#include "ListFields.h"
#include "Router.h"
#include "WorkspaceService.h"

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The text fields read here (a string, trimmed, or absent) and checked by Workspace::validate;
// the owner when given as a positive id. The service decides whether the owner was needed.
WorkspaceService::CreateRequest parseCreate(const QJsonObject &body)
{
    WorkspaceService::CreateRequest request;
    QList<FieldError> &errors = request.fieldErrors;
    const auto textOf = [&](const QString &key, const QString &absent) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined() || v.isNull())
            return absent;
        if (!v.isString()) {
            errors.append({key, u"%1 must be a string"_s.arg(key)});
            return absent;
        }
        return v.toString().trimmed();
    };
    Workspace &draft = request.draft;
    draft.name = textOf(u"name"_s, {});
    draft.description = textOf(u"description"_s, {});
    draft.type = textOf(u"type"_s, u"team"_s);
    for (const FieldError &e : draft.validate()) {
        const bool reported = std::any_of(errors.cbegin(), errors.cend(),
                                          [&](const FieldError &r) { return r.field == e.field; });
        if (!reported)
            errors.append(e);
    }
    const QJsonValue o = body.value(u"ownerId"_s);
    if (o.isDouble() && o.toInteger() > 0)
        request.ownerId = o.toInteger();
    return request;
}

Result<WorkspaceService::AddMemberRequest> parseAddMember(const QJsonObject &body)
{
    const QJsonValue c = body.value(u"customerId"_s);
    if (!c.isDouble() || c.toInteger() <= 0)
        return Error::badRequest(u"customerId is required: the account to add"_s,
                                 {{u"customerId"_s, u"required"_s}});
    WorkspaceService::AddMemberRequest request;
    request.customerId = c.toInteger();
    if (body.contains(u"role"_s)) {
        const auto r = fromString<WorkspaceRole>(body.value(u"role"_s).toString());
        if (!r || *r == WorkspaceRole::Owner)
            return Error::badRequest(u"role must be member or admin"_s,
                                     {{u"role"_s, u"must be member or admin"_s}});
        request.role = *r;
    }
    return request;
}

} // namespace

void registerWorkspaceRoutes(Router &router, WorkspaceService &service)
{
    // Teams inside a tenant: owners (and admins) manage, members read.
    router.add(HttpMethod::Get, u"/api/customer/workspaces"_s, Permission::read(Module::Customers),
               [&service](RequestContext &ctx) {
                   auto request = PageRequest::fromQuery(ctx.request().query,
                                                         ListFields::workspaces().sortable,
                                                         ListFields::workspaces().filterable);
                   if (!request)
                       return ctx.fail(request.error());
                   auto page = service.list(*ctx.principal(), *request);
                   return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
               });

    router.add(HttpMethod::Post, u"/api/customer/workspaces"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto ws =
                       service.create(*ctx.principal(), parseCreate(*body), clientInfoOf(ctx));
                   return ws ? ctx.ok(ws->toJson(), 201) : ctx.fail(ws.error());
               });

    router.add(HttpMethod::Get, u"/api/customer/workspaces/:id"_s,
               Permission::read(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Workspace"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto ws = service.detail(*ctx.principal(), *id);
                   if (!ws)
                       return ctx.fail(ws.error());
                   QJsonObject json = ws->workspace.toJson();
                   json.insert(u"members"_s, json::objects(ws->members));
                   return ctx.ok(json);
               });

    router.add(HttpMethod::Post, u"/api/customer/workspaces/:id/members"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Workspace"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto request = parseAddMember(*body);
                   if (!request)
                       return ctx.fail(request.error());
                   auto member =
                       service.addMember(*ctx.principal(), *id, *request, clientInfoOf(ctx));
                   return member ? ctx.ok(member->toJson(), 201) : ctx.fail(member.error());
               });

    router.add(HttpMethod::Delete, u"/api/customer/workspaces/:id/members/:customerId"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Workspace"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto customerId = pathId(ctx, u"customerId"_s, u"Customer"_s);
                   if (!customerId)
                       return ctx.fail(customerId.error());
                   auto done =
                       service.removeMember(*ctx.principal(), *id, *customerId, clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"workspaceId"_s, *id},
                                                    {u"customerId"_s, *customerId},
                                                    {u"removed"_s, true}})
                               : ctx.fail(done.error());
               });
}

} // namespace remotegpu
