#include "DashboardStats.h"

#include "JsonReader.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject DashboardStats::toJson() const
{
    return QJsonObject{
        {u"machines"_s, QJsonObject{{u"total"_s, machines},
                                    {u"online"_s, online},
                                    {u"offline"_s, offline},
                                    {u"maintenance"_s, maintenance},
                                    {u"allocated"_s, allocatedMachines},
                                    {u"unallocated"_s, unallocatedMachines()},
                                    {u"expiring"_s, expiringSoon}}},
        {u"gpus"_s,
         QJsonObject{{u"total"_s, gpus}, {u"allocated"_s, allocatedGpus}, {u"idle"_s, idleGpus()}}},
        {u"activeAllocations"_s, activeAllocations},
        {u"expiringSoon"_s, expiringSoon},
        {u"activeAlerts"_s, activeAlerts},
        {u"tenants"_s, tenants},
        {u"tenantsWithMachines"_s, tenantsWithMachines},
        {u"expiringWindowDays"_s, expiringWindowDays},
    };
}

Result<DashboardStats> DashboardStats::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    DashboardStats s;
    JsonReader m(r.jsonObject(u"machines"_s), u"machines."_s);
    s.machines = m.int64(u"total"_s);
    s.online = m.int64(u"online"_s);
    s.offline = m.int64(u"offline"_s);
    s.maintenance = m.int64(u"maintenance"_s);
    s.allocatedMachines = m.int64(u"allocated"_s);
    JsonReader g(r.jsonObject(u"gpus"_s), u"gpus."_s);
    s.gpus = g.int64(u"total"_s);
    s.allocatedGpus = g.int64(u"allocated"_s);
    s.activeAllocations = r.int64(u"activeAllocations"_s);
    s.expiringSoon = r.int64(u"expiringSoon"_s);
    s.activeAlerts = r.int64(u"activeAlerts"_s);
    s.tenants = r.int64(u"tenants"_s);
    s.tenantsWithMachines = r.int64(u"tenantsWithMachines"_s);
    s.expiringWindowDays = r.integer(u"expiringWindowDays"_s);
    for (const JsonReader *sub : {&m, &g})
        for (const auto &e : sub->errors())
            r.addError(e.field, e.message);
    return r.finish(s);
}

} // namespace remotegpu
