#pragma once

#include "ClientInfo.h"
#include "Customer.h"
#include "Principal.h"
#include "Result.h"

#include <QJsonObject>

namespace remotegpu {

class DatabasePool;

// One's own account as one may edit it: display name, contact fields, the company (owners).
class ProfileService
{
public:
    explicit ProfileService(DatabasePool &pool)
        : m_pool(pool)
    {}

    Result<Customer> profile(const Principal &principal);
    Result<Customer> updateProfile(const Principal &principal, const QJsonObject &body,
                                   const ClientInfo &client);

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
