#include "CustomerMachine.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QString CustomerMachine::sshCommand() const
{
    // Where to connect: the SSH name if there is one, else the public address.
    const QString host = !sshHost.isEmpty() ? sshHost : publicIp;
    if (host.isEmpty())
        return {};
    QString command = u"ssh "_s;
    if (sshPort && *sshPort != 22)
        command += u"-p %1 "_s.arg(*sshPort);
    command += sshUsername.isEmpty() ? host : QString(sshUsername + u'@' + host);
    return command;
}

QJsonObject CustomerMachine::toJson() const
{
    const QString command = sshCommand();
    QJsonObject o{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"region"_s, json::nullable(region)},
        {u"gpuModel"_s, json::nullable(gpuModel)},
        {u"gpuCount"_s, gpuCount},
        {u"publicIp"_s, json::nullable(publicIp)},
        {u"sshHost"_s, json::nullable(sshHost)},
        {u"sshPort"_s, json::optional(sshPort)},
        {u"sshUsername"_s, json::nullable(sshUsername)},
        {u"sshCommand"_s, command.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(command)},
        {u"status"_s, status},
        {u"healthStatus"_s, healthStatus},
        {u"osType"_s, osType},
        {u"osVersion"_s, json::nullable(osVersion)},
        {u"totalCpu"_s, totalCpu},
        {u"totalMemoryGb"_s, totalMemoryGb},
        {u"tenantId"_s, tenantId},
        {u"allocation"_s, QJsonObject{{u"id"_s, allocationId},
                                      {u"startTime"_s, json::timestamp(allocationStart)},
                                      {u"endTime"_s, json::timestamp(allocationEnd)},
                                      {u"expiring"_s, expiring}}},
        {u"latestGpuUtilization"_s, json::optional(latestGpuUtilization)},
        {u"latestMetricsAt"_s, json::timestamp(latestMetricsAt)},
    };
    if (!gpus.isEmpty())
        o.insert(u"gpus"_s, json::objects(gpus));
    return o;
}

Result<CustomerMachine> CustomerMachine::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CustomerMachine m;
    m.id = r.string(u"id"_s);
    m.name = r.string(u"name"_s);
    m.region = r.string(u"region"_s);
    m.gpuModel = r.string(u"gpuModel"_s);
    m.gpuCount = r.integer(u"gpuCount"_s);
    m.publicIp = r.string(u"publicIp"_s);
    m.sshHost = r.string(u"sshHost"_s);
    m.sshPort = r.optionalInteger(u"sshPort"_s);
    m.sshUsername = r.string(u"sshUsername"_s);
    m.status = r.string(u"status"_s);
    m.healthStatus = r.string(u"healthStatus"_s);
    m.osType = r.string(u"osType"_s);
    m.osVersion = r.string(u"osVersion"_s);
    m.totalCpu = r.integer(u"totalCpu"_s);
    m.totalMemoryGb = r.int64(u"totalMemoryGb"_s);
    m.tenantId = r.int64(u"tenantId"_s);
    JsonReader a(r.jsonObject(u"allocation"_s), u"allocation."_s);
    m.allocationId = a.string(u"id"_s);
    m.allocationStart = a.timestamp(u"startTime"_s);
    m.allocationEnd = a.timestamp(u"endTime"_s);
    m.expiring = a.boolean(u"expiring"_s);
    for (const FieldError &e : a.errors())
        r.addError(e.field, e.message);
    m.latestGpuUtilization = r.optionalNumber(u"latestGpuUtilization"_s);
    m.latestMetricsAt = r.timestamp(u"latestMetricsAt"_s);
    if (json.contains(u"gpus"_s))
        m.gpus = r.objectList<CustomerGpu>(u"gpus"_s);
    return r.finish(std::move(m));
}

} // namespace remotegpu
