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

Result<Customer> ProfileService::updateProfile(const Principal &principal,
                                               const ProfileChange &change,
                                               const ClientInfo &client)
{
    if (change.changed.contains(u"company"_s) && principal.role != Role::CustomerOwner)
        return Error::forbidden(u"Only the tenant's owner can change the company name"_s);
    if (!change.fieldErrors.isEmpty())
        return Error::invalidFields(change.fieldErrors);
    const QVariantMap columns = CustomerService::columnsOf(change.fields, change.changed);
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
