#include "ApiRoutes.h"
#include "CustomerService.h"
#include "ListFields.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// A role the request names is checked here; whether the caller may create it, and what the
// other fields lack, the service decides.
Result<CustomerService::CreateRequest> parseCreate(const QJsonObject &body)
{
    CustomerService::CreateRequest request;
    // null means "not given" here: a new account's defaults apply.
    QJsonObject given = body;
    for (const QString &key : Customer::textFields()) {
        if (given.value(key).isNull())
            given.remove(key);
    }
    request.fieldErrors = request.fields.applyTextFields(given, Customer::textFields());
    request.accountTypeGiven = given.contains(u"accountType"_s);
    if (body.contains(u"role"_s)) {
        const auto role = fromString<Role>(body.value(u"role"_s).toString());
        if (!role)
            return Error::badRequest(u"role must be customer_owner or customer_member"_s,
                                     {{u"role"_s, u"must be customer_owner or customer_member"_s}});
        request.role = *role;
    }
    const QJsonValue tenant = body.value(u"tenantId"_s);
    if (tenant.isDouble() && tenant.toInteger() > 0)
        request.tenantId = tenant.toInteger();
    const QJsonValue password = body.value(u"password"_s);
    if (password.isString())
        request.password = password.toString();
    else if (!password.isUndefined() && !password.isNull())
        request.passwordError = FieldError{u"password"_s, u"password must be a string"_s};
    return request;
}

// Only the editable text fields; the others are named as the reason of the 400.
Result<CustomerService::UpdateRequest> parseUpdate(const QJsonObject &body)
{
    static const QStringList fixed = {u"username"_s, u"role"_s,     u"tenantId"_s,
                                      u"status"_s,   u"password"_s, u"id"_s};
    static const QStringList known = {u"email"_s,   u"displayName"_s, u"fullName"_s,   u"phone"_s,
                                      u"company"_s, u"avatarUrl"_s,   u"accountType"_s};
    QList<FieldError> errors;
    CustomerService::UpdateRequest request;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (fixed.contains(it.key()))
            errors.append(
                {it.key(),
                 u"%1 cannot be changed here (status: use disable/enable)"_s.arg(it.key())});
        else if (!known.contains(it.key()))
            errors.append({it.key(), u"unknown field %1"_s.arg(it.key())});
        else
            request.changed.append(it.key());
    }
    errors.append(request.fields.applyTextFields(body, request.changed));
    if (!errors.isEmpty())
        return Error::invalidFields(errors);
    return request;
}

} // namespace

void registerCustomerRoutes(Router &router, CustomerService &service)
{
    // Accounts (seed 001 §5.2 客户管理; §5.4: admin M, owner W on its own tenant, member R).
    router.add(
        HttpMethod::Get, u"/api/admin/customers"_s, Permission::read(Module::Customers),
        [&service](RequestContext &ctx) {
            auto request =
                PageRequest::fromQuery(ctx.request().query, ListFields::customers().sortable,
                                       ListFields::customers().filterable);
            if (!request)
                return ctx.fail(request.error());
            // The filters may also come as plain query items (?q=alice&role=customer_member).
            for (const QString &field : ListFields::customers().filterable) {
                if (ctx.request().query.hasQueryItem(field) && !request->filters.contains(field))
                    request->filters.insert(
                        field, ctx.request().query.queryItemValue(field, QUrl::FullyDecoded));
            }
            auto page = service.list(*ctx.principal(), *request);
            return page ? ctx.ok(page->toJson()) : ctx.fail(page.error());
        });

    router.add(HttpMethod::Post, u"/api/admin/customers"_s, Permission::write(Module::Customers),
               [&service](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto request = parseCreate(*body);
                   if (!request)
                       return ctx.fail(request.error());
                   auto created = service.create(*ctx.principal(), *request, clientInfoOf(ctx));
                   if (!created)
                       return ctx.fail(created.error());
                   QJsonObject json = created->customer.toJson();
                   // Shown once: the server keeps only its hash.
                   if (!created->initialPassword.isEmpty())
                       json.insert(u"initialPassword"_s, created->initialPassword);
                   return ctx.ok(json, 201);
               });

    router.add(HttpMethod::Post, u"/api/admin/customers/:id/disable"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto c = service.setEnabled(*ctx.principal(), *id, false, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });

    router.add(HttpMethod::Post, u"/api/admin/customers/:id/enable"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto c = service.setEnabled(*ctx.principal(), *id, true, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });

    router.add(HttpMethod::Get, u"/api/admin/customers/:id"_s, Permission::read(Module::Customers),
               [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto detail = service.detail(*ctx.principal(), *id);
                   return detail ? ctx.ok(detail->toJson()) : ctx.fail(detail.error());
               });

    router.add(HttpMethod::Put, u"/api/admin/customers/:id"_s, Permission::write(Module::Customers),
               [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto request = parseUpdate(*body);
                   if (!request)
                       return ctx.fail(request.error());
                   auto c = service.update(*ctx.principal(), *id, *request, clientInfoOf(ctx));
                   return c ? ctx.ok(c->toJson()) : ctx.fail(c.error());
               });

    router.add(HttpMethod::Delete, u"/api/admin/customers/:id"_s,
               Permission::write(Module::Customers), [&service](RequestContext &ctx) {
                   auto id = pathId(ctx, u"id"_s, u"Customer"_s);
                   if (!id)
                       return ctx.fail(id.error());
                   auto done = service.remove(*ctx.principal(), *id, clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"id"_s, *id}, {u"deleted"_s, true}})
                               : ctx.fail(done.error());
               });
}

} // namespace remotegpu
