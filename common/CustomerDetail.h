#pragma once

#include "Customer.h"
#include "CustomerStatistics.h"
#include "Result.h"

#include <QJsonObject>

namespace remotegpu {

// GET /api/admin/customers/:id: the account's fields with its usage under "statistics".
struct CustomerDetail
{
    Customer customer;
    CustomerStatistics statistics;

    QJsonObject toJson() const;
    static Result<CustomerDetail> fromJson(const QJsonObject &json);

    friend bool operator==(const CustomerDetail &, const CustomerDetail &) = default;
};

} // namespace remotegpu
