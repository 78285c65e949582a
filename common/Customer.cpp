#include "Customer.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

#include <QUuid>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

std::optional<qint64> Customer::effectiveTenantId() const
{
    switch (role) {
    case Role::Admin:
        return std::nullopt;
    case Role::CustomerOwner:
        return tenantId ? tenantId : std::optional<qint64>(id);
    case Role::CustomerMember:
        return tenantId;
    }
    return std::nullopt;
}

QJsonObject Customer::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"uuid"_s, json::nullable(uuid)},
        {u"username"_s, username},
        {u"email"_s, email},
        {u"displayName"_s, json::nullable(displayName)},
        {u"fullName"_s, json::nullable(fullName)},
        {u"avatarUrl"_s, json::nullable(avatarUrl)},
        {u"phone"_s, json::nullable(phone)},
        {u"company"_s, json::nullable(company)},
        {u"role"_s, json::enumValue(role)},
        {u"userType"_s, json::enumValue(userType)},
        {u"accountType"_s, accountType},
        {u"status"_s, json::enumValue(status)},
        {u"emailVerified"_s, emailVerified},
        {u"phoneVerified"_s, phoneVerified},
        {u"balance"_s, balance},
        {u"currency"_s, currency},
        {u"tenantId"_s, json::optional(tenantId)},
        {u"lastLoginAt"_s, json::timestamp(lastLoginAt)},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
    };
}

Result<Customer> Customer::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Customer c;
    c.id = r.int64(u"id"_s);
    c.uuid = r.string(u"uuid"_s);
    c.username = r.string(u"username"_s);
    c.email = r.string(u"email"_s);
    c.displayName = r.string(u"displayName"_s);
    c.fullName = r.string(u"fullName"_s);
    c.avatarUrl = r.string(u"avatarUrl"_s);
    c.phone = r.string(u"phone"_s);
    c.company = r.string(u"company"_s);
    c.role = r.enumValue(u"role"_s, c.role);
    c.userType = r.enumValue(u"userType"_s, c.userType);
    if (r.has(u"accountType"_s))
        c.accountType = r.string(u"accountType"_s);
    c.status = r.enumValue(u"status"_s, c.status);
    c.emailVerified = r.boolean(u"emailVerified"_s);
    c.phoneVerified = r.boolean(u"phoneVerified"_s);
    c.balance = r.number(u"balance"_s);
    if (r.has(u"currency"_s))
        c.currency = r.string(u"currency"_s);
    c.tenantId = r.optionalInt64(u"tenantId"_s);
    c.lastLoginAt = r.timestamp(u"lastLoginAt"_s);
    c.createdAt = r.timestamp(u"createdAt"_s);
    c.updatedAt = r.timestamp(u"updatedAt"_s);
    return r.finish(std::move(c));
}

QList<FieldError> Customer::validate() const
{
    Validator v;
    v.required(u"username"_s, username)
        .identifier(u"username"_s, username, 64)
        .requiredMaxLength(u"email"_s, email, 128)
        .email(u"email"_s, email)
        .maxLength(u"displayName"_s, displayName, 128)
        .maxLength(u"fullName"_s, fullName, 256)
        .maxLength(u"avatarUrl"_s, avatarUrl, 512)
        .maxLength(u"phone"_s, phone, 32)
        .maxLength(u"company"_s, company, 256)
        .maxLength(u"accountType"_s, accountType, 32)
        .finite(u"balance"_s, balance)
        .maxLength(u"currency"_s, currency, 10);
    if (!uuid.isEmpty() && QUuid::fromString(uuid).isNull())
        v.add(u"uuid"_s, u"uuid must be a UUID such as 123e4567-e89b-12d3-a456-426614174000"_s);
    switch (role) {
    case Role::Admin:
        if (tenantId)
            v.add(u"tenantId"_s,
                  u"tenantId must be empty for an admin, who belongs to no tenant"_s);
        break;
    case Role::CustomerOwner:
        if (tenantId && *tenantId != id) {
            v.add(u"tenantId"_s,
                  u"tenantId must be empty for a customer_owner: the owner is its own tenant"_s);
        }
        break;
    case Role::CustomerMember:
        if (!tenantId || *tenantId <= 0) {
            v.add(
                u"tenantId"_s,
                u"tenantId is required for a customer_member: the id of the owner whose tenant it joins"_s);
        } else if (*tenantId == id) {
            v.add(u"tenantId"_s, u"tenantId must be the owner's id, not the member's own"_s);
        }
        break;
    }
    return v.errors();
}

} // namespace remotegpu
