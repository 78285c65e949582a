#include "MachineDetail.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject MachineDetail::toJson() const
{
    QJsonObject json = item.toJson();
    json.insert(u"allocation"_s,
                allocation ? QJsonValue(allocation->toJson()) : QJsonValue(QJsonValue::Null));
    json.insert(u"latestHostMetrics"_s, latestHostMetrics ? QJsonValue(latestHostMetrics->toJson())
                                                          : QJsonValue(QJsonValue::Null));
    json.insert(u"latestGpuMetrics"_s, json::objects(latestGpuMetrics));
    return json;
}

namespace {

// A nested object that may be null: nullopt when absent or null, its errors named "key.field".
template<typename T>
std::optional<T> nestedObject(const QJsonObject &json, const QString &key,
                              QList<FieldError> &errors)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        errors.append({key, key + u" must be an object"_s});
        return std::nullopt;
    }
    Result<T> value = T::fromJson(v.toObject());
    if (!value.ok()) {
        for (const FieldError &e : value.error().fieldErrors)
            errors.append({key + u'.' + e.field, key + u'.' + e.message});
        return std::nullopt;
    }
    return std::move(value).value();
}

} // namespace

Result<MachineDetail> MachineDetail::fromJson(const QJsonObject &json)
{
    QList<FieldError> errors;
    MachineDetail d;
    if (Result<MachineListItem> item = MachineListItem::fromJson(json); item.ok())
        d.item = std::move(item).value();
    else
        errors.append(item.error().fieldErrors);
    d.allocation = nestedObject<CurrentAllocation>(json, u"allocation"_s, errors);
    d.latestHostMetrics = nestedObject<HostMetricSample>(json, u"latestHostMetrics"_s, errors);
    JsonReader r(json);
    d.latestGpuMetrics = r.objectList<GpuMetricSample>(u"latestGpuMetrics"_s);
    errors.append(r.errors());
    if (!errors.isEmpty())
        return Error::invalidFields(errors);
    return d;
}

} // namespace remotegpu
