#pragma once

#include "ClientInfo.h"
#include "Customer.h"
#include "Principal.h"
#include "Result.h"

#include <QList>
#include <QStringList>

namespace remotegpu {

class DatabasePool;

// One's own account as one may edit it: display name, contact fields, the company (owners).
class ProfileService
{
public:
    explicit ProfileService(DatabasePool &pool)
        : m_pool(pool)
    {}

    // What a profile update asks: the editable text fields named in `changed`, with their new
    // values in `fields`. `fieldErrors` are what the request had wrong (fields not editable
    // here, unknown or invalid values); they are reported after the refusal of a company change
    // by anyone but the tenant's owner, which takes precedence.
    struct ProfileChange
    {
        Customer fields;
        QStringList changed;
        QList<FieldError> fieldErrors;
    };

    Result<Customer> profile(const Principal &principal);
    Result<Customer> updateProfile(const Principal &principal, const ProfileChange &change,
                                   const ClientInfo &client);

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
