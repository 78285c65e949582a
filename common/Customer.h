#pragma once

#include "Enums.h"
#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

// A login account (table `customers`). A tenant is a customer_owner row; its members are
// customer_member rows whose tenantId is the owner's id. There is deliberately no password or
// hash field: the model is what crosses the wire, and a hash must never do so — the server's
// repository reads it separately.
struct Customer
{
    qint64 id = 0;
    QString uuid;
    QString username;
    QString email;
    QString displayName;
    QString fullName;
    QString avatarUrl;
    QString phone;
    QString company;
    Role role = Role::CustomerMember;
    UserType userType = UserType::External;
    QString accountType = QStringLiteral("individual");
    CustomerStatus status = CustomerStatus::Active;
    bool emailVerified = false;
    bool phoneVerified = false;
    double balance = 0.0;
    QString currency = QStringLiteral("CNY");
    // The owner's id for a member; null for an admin and for an owner (its tenant is itself).
    std::optional<qint64> tenantId;
    QDateTime lastLoginAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The tenant this account acts for: its own id for an owner, tenantId for a member,
    // nothing for an admin (who sees all tenants).
    std::optional<qint64> effectiveTenantId() const;

    QJsonObject toJson() const;
    static Result<Customer> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;
    // validate()'s errors on `fields` only: a partial update answers for the fields it sets,
    // not for what an older row may hold in the others.
    QList<FieldError> validate(const QStringList &fields) const;

    // The text fields a request body may set, by their JSON names: username, email,
    // displayName, fullName, avatarUrl, phone, company and accountType.
    static const QStringList &textFields();
    // Sets the fields of `keys` (from textFields()) that `body` carries, a string trimmed and
    // null clearing the field, then checks every field of `keys` as validate() does. A value
    // that is not a string leaves its field as it was and is reported instead; a field gets at
    // most one error.
    QList<FieldError> applyTextFields(const QJsonObject &body, const QStringList &keys);

    friend bool operator==(const Customer &, const Customer &) = default;
};

} // namespace remotegpu
