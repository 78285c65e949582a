#include "CustomerStatistics.h"

#include "JsonReader.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

qint64 CustomerStatistics::totalTasks() const
{
    qint64 total = 0;
    for (qint64 n : tasks)
        total += n;
    return total;
}

QJsonObject CustomerStatistics::toJson() const
{
    QJsonObject t;
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it)
        t.insert(it.key(), it.value());
    t.insert(u"total"_s, totalTasks());
    return QJsonObject{{u"scope"_s, scope},
                       {u"machinesHeld"_s, machinesHeld},
                       {u"gpuHoursThisMonth"_s, gpuHoursThisMonth},
                       {u"tasks"_s, t},
                       {u"storageUsedBytes"_s, storageUsedBytes}};
}

Result<CustomerStatistics> CustomerStatistics::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CustomerStatistics s;
    if (r.has(u"scope"_s))
        s.scope = r.string(u"scope"_s);
    s.machinesHeld = r.int64(u"machinesHeld"_s);
    s.gpuHoursThisMonth = r.number(u"gpuHoursThisMonth"_s);
    const QJsonObject t = r.jsonObject(u"tasks"_s);
    for (auto it = t.begin(); it != t.end(); ++it) {
        if (it.key() == u"total"_s)
            continue;
        if (!it.value().isDouble())
            r.addError(u"tasks."_s + it.key(), u"tasks."_s + it.key() + u" must be a number"_s);
        else
            s.tasks.insert(it.key(), it.value().toInteger());
    }
    s.storageUsedBytes = r.int64(u"storageUsedBytes"_s);
    return r.finish(std::move(s));
}

} // namespace remotegpu
