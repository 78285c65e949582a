#include "AlertMetric.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

const QList<AlertMetric> &AlertMetric::all()
{
    using K = AlertMetric::Kind;
    static const QList<AlertMetric> metrics{
        {u"cpu_usage_percent"_s, K::Host, u"%"_s, 0.0, 100.0},
        {u"memory_usage_percent"_s, K::Host, u"%"_s, 0.0, 100.0},
        {u"disk_usage_percent"_s, K::Host, u"%"_s, 0.0, 100.0},
        {u"cpu_load_1m"_s, K::Host, {}, 0.0, std::nullopt},
        {u"gpu_utilization_percent"_s, K::Gpu, u"%"_s, 0.0, 100.0},
        {u"gpu_memory_usage_percent"_s, K::Gpu, u"%"_s, 0.0, 100.0},
        // Below zero is no temperature a GPU reports; the wide top leaves room for any sensor.
        {u"gpu_temperature"_s, K::Gpu, u"°C"_s, 0.0, 150.0},
        {u"gpu_power_draw"_s, K::Gpu, u"W"_s, 0.0, std::nullopt},
    };
    return metrics;
}

std::optional<AlertMetric> AlertMetric::find(const QString &key)
{
    for (const AlertMetric &m : all()) {
        if (m.key == key)
            return m;
    }
    return std::nullopt;
}

QStringList AlertMetric::keys()
{
    QStringList out;
    for (const AlertMetric &m : all())
        out.append(m.key);
    return out;
}

} // namespace remotegpu
