#include "ProfileService.h"

#include "AuditRepository.h"
#include "CustomerAdminRepository.h"
#include "CustomerService.h"
#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<Customer> ProfileService::profile(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto account = CustomerAdminRepository(*session).find(principal.id, 0);
    if (!account)
        return account.error();
    if (!*account)
        return Error::notFound(u"Your account no longer exists"_s);
    return (*account)->customer;
}

Result<Customer> ProfileService::updateProfile(const Principal &principal, const QJsonObject &body,
                                               const ClientInfo &client)
{
    static const QStringList editable = {u"displayName"_s, u"fullName"_s, u"phone"_s,
                                         u"avatarUrl"_s, u"company"_s};
    static const QStringList elsewhere = {u"email"_s,    u"role"_s,   u"tenantId"_s,
                                          u"username"_s, u"status"_s, u"password"_s};
    QList<FieldError> errors;
    QStringList changed;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        if (elsewhere.contains(key)) {
            errors.append(
                {key,
                 key == u"password"_s
                     ? u"password is changed through the password reset, not the profile"_s
                     : u"%1 cannot be changed in your profile; ask an administrator"_s.arg(key)});
            continue;
        }
        if (!editable.contains(key)) {
            errors.append({key, u"unknown field %1"_s.arg(key)});
            continue;
        }
        if (key == u"company"_s && principal.role != Role::CustomerOwner)
            return Error::forbidden(u"Only the tenant's owner can change the company name"_s);
        changed.append(key);
    }
    Customer requested;
    errors.append(requested.applyTextFields(body, changed));
    if (!errors.isEmpty())
        return Error::invalidFields(errors);
    const QVariantMap columns = CustomerService::columnsOf(requested, changed);
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    CustomerAdminRepository customers(*session);
    if (auto r = customers.update(principal.id, columns); !r)
        return r.error();
    QJsonObject fields;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    if (auto r = AuditRepository(*session).insert(client.auditBy(
            principal, u"profile.update"_s, u"customer"_s, QString::number(principal.id),
            auditTenantOf(principal), QJsonObject{{u"fields"_s, fields}}));
        !r)
        return r.error();
    auto after = customers.find(principal.id, 0);
    if (!after)
        return after.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    if (!*after)
        return Error::notFound(u"Your account no longer exists"_s);
    return (*after)->customer;
}

} // namespace remotegpu
