#include "Customer.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

#include <QHash>
#include <QJsonValue>
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
    v.required(u"username"_s, username).identifier(u"username"_s, username, 64);
    if (!username.isEmpty() &&
        (Validator::characterCount(username) < 3 || !username.front().isLetterOrNumber())) {
        v.add(
            u"username"_s,
            u"username must be 3-64 letters, digits, '.', '_' or '-', starting with a letter or digit"_s);
    }
    v.requiredMaxLength(u"email"_s, email, 128)
        .email(u"email"_s, email)
        .maxLength(u"displayName"_s, displayName, 128)
        .maxLength(u"fullName"_s, fullName, 256)
        .maxLength(u"avatarUrl"_s, avatarUrl, 512);
    if (!avatarUrl.isEmpty() && !avatarUrl.startsWith(u"https://"_s) &&
        !avatarUrl.startsWith(u"http://"_s)) {
        v.add(u"avatarUrl"_s,
              u"avatarUrl must be an http(s) URL such as https://example.com/me.png"_s);
    }
    v.maxLength(u"phone"_s, phone, 32)
        .maxLength(u"company"_s, company, 256)
        .maxLength(u"accountType"_s, accountType, 32);
    if (accountType != u"individual"_s && accountType != u"enterprise"_s)
        v.add(u"accountType"_s, u"accountType must be individual or enterprise"_s);
    v.finite(u"balance"_s, balance).maxLength(u"currency"_s, currency, 10);
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

QList<FieldError> Customer::validate(const QStringList &fields) const
{
    QList<FieldError> errors = validate();
    errors.removeIf([&](const FieldError &e) { return !fields.contains(e.field); });
    return errors;
}

const QStringList &Customer::textFields()
{
    static const QStringList fields = {u"username"_s, u"email"_s,      u"displayName"_s,
                                       u"fullName"_s, u"avatarUrl"_s,  u"phone"_s,
                                       u"company"_s,  u"accountType"_s};
    return fields;
}

QList<FieldError> Customer::applyTextFields(const QJsonObject &body, const QStringList &keys)
{
    static const QHash<QString, QString Customer::*> members = {
        {u"username"_s, &Customer::username},       {u"email"_s, &Customer::email},
        {u"displayName"_s, &Customer::displayName}, {u"fullName"_s, &Customer::fullName},
        {u"avatarUrl"_s, &Customer::avatarUrl},     {u"phone"_s, &Customer::phone},
        {u"company"_s, &Customer::company},         {u"accountType"_s, &Customer::accountType}};
    QList<FieldError> errors;
    QStringList readable;
    for (const QString &key : keys) {
        QString Customer::*member = members.value(key);
        Q_ASSERT_X(member, "Customer::applyTextFields", "not one of textFields()");
        const QJsonValue value = body.value(key);
        if (!member)
            continue;
        if (value.isString()) {
            this->*member = value.toString().trimmed();
        } else if (value.isNull()) {
            (this->*member).clear();
        } else if (!value.isUndefined()) {
            errors.append({key, key % u" must be a string"_s});
            continue;
        }
        readable.append(key);
    }
    errors.append(validate(readable));
    return errors;
}

} // namespace remotegpu
