#include "CustomerDetail.h"

#include "JsonReader.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject CustomerDetail::toJson() const
{
    QJsonObject json = customer.toJson();
    json.insert(u"statistics"_s, statistics.toJson());
    return json;
}

Result<CustomerDetail> CustomerDetail::fromJson(const QJsonObject &json)
{
    auto customer = Customer::fromJson(json);
    if (!customer)
        return std::move(customer).error();
    auto statistics = CustomerStatistics::fromJson(json.value(u"statistics"_s).toObject());
    if (!statistics)
        return std::move(statistics).error();
    return CustomerDetail{std::move(customer).value(), std::move(statistics).value()};
}

} // namespace remotegpu
