#include "Machine.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject Machine::toJson() const
{
    return QJsonObject{
        {u"id"_s, json::nullable(id)},
        {u"name"_s, name},
        {u"hostname"_s, json::nullable(hostname)},
        {u"ipAddress"_s, ipAddress},
        {u"publicIp"_s, json::nullable(publicIp)},
        {u"sshHost"_s, json::nullable(sshHost)},
        {u"sshPort"_s, sshPort},
        {u"winrmPort"_s, json::optional(winrmPort)},
        {u"agentPort"_s, agentPort},
        {u"osType"_s, osType},
        {u"osVersion"_s, json::nullable(osVersion)},
        {u"arch"_s, arch},
        {u"deploymentMode"_s, deploymentMode},
        {u"k8sNodeName"_s, json::nullable(k8sNodeName)},
        {u"region"_s, json::nullable(region)},
        {u"status"_s, json::enumValue(status)},
        {u"healthStatus"_s, healthStatus},
        {u"totalCpu"_s, totalCpu},
        {u"totalMemoryGb"_s, totalMemoryGb},
        {u"totalDiskGb"_s, totalDiskGb},
        {u"totalGpu"_s, totalGpu},
        {u"labels"_s, labels},
        {u"tags"_s, json::strings(tags)},
        {u"lastHeartbeat"_s, json::timestamp(lastHeartbeat)},
        {u"registeredAt"_s, json::timestamp(registeredAt)},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
        {u"allocationState"_s, json::enumValue(allocationState)},
        {u"tenantId"_s, json::optional(tenantId)},
        {u"tenantName"_s, json::nullable(tenantName)},
        {u"allocationId"_s, json::nullable(allocationId)},
        {u"allocationEndTime"_s, json::timestamp(allocationEndTime)},
        {u"gpus"_s, json::objects(gpus)},
    };
}

Result<Machine> Machine::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Machine m;
    m.id = r.string(u"id"_s);
    m.name = r.string(u"name"_s);
    m.hostname = r.string(u"hostname"_s);
    m.ipAddress = r.string(u"ipAddress"_s);
    m.publicIp = r.string(u"publicIp"_s);
    m.sshHost = r.string(u"sshHost"_s);
    m.sshPort = r.integer(u"sshPort"_s, m.sshPort);
    m.winrmPort = r.optionalInteger(u"winrmPort"_s);
    m.agentPort = r.integer(u"agentPort"_s, m.agentPort);
    if (r.has(u"osType"_s))
        m.osType = r.string(u"osType"_s);
    m.osVersion = r.string(u"osVersion"_s);
    if (r.has(u"arch"_s))
        m.arch = r.string(u"arch"_s);
    if (r.has(u"deploymentMode"_s))
        m.deploymentMode = r.string(u"deploymentMode"_s);
    m.k8sNodeName = r.string(u"k8sNodeName"_s);
    m.region = r.string(u"region"_s);
    m.status = r.enumValue(u"status"_s, m.status);
    if (r.has(u"healthStatus"_s))
        m.healthStatus = r.string(u"healthStatus"_s);
    m.totalCpu = r.integer(u"totalCpu"_s);
    m.totalMemoryGb = r.int64(u"totalMemoryGb"_s);
    m.totalDiskGb = r.int64(u"totalDiskGb"_s);
    m.totalGpu = r.integer(u"totalGpu"_s);
    m.labels = r.jsonObject(u"labels"_s);
    m.tags = r.stringList(u"tags"_s);
    m.lastHeartbeat = r.timestamp(u"lastHeartbeat"_s);
    m.registeredAt = r.timestamp(u"registeredAt"_s);
    m.createdAt = r.timestamp(u"createdAt"_s);
    m.updatedAt = r.timestamp(u"updatedAt"_s);
    if (r.has(u"allocationState"_s))
        m.allocationState = r.enumValue(u"allocationState"_s, m.allocationState);
    else if (json.value(u"status"_s).toString() == u"allocated")
        m.allocationState = AllocationState::Allocated;
    m.tenantId = r.optionalInt64(u"tenantId"_s);
    m.tenantName = r.string(u"tenantName"_s);
    m.allocationId = r.string(u"allocationId"_s);
    m.allocationEndTime = r.timestamp(u"allocationEndTime"_s);
    m.gpus = r.objectList<Gpu>(u"gpus"_s);
    return r.finish(std::move(m));
}

QList<FieldError> Machine::validate() const
{
    Validator v;
    v.identifier(u"id"_s, id, 64)
        .requiredMaxLength(u"name"_s, name, 128)
        .maxLength(u"hostname"_s, hostname, 256)
        .required(u"ipAddress"_s, ipAddress)
        .ipAddress(u"ipAddress"_s, ipAddress)
        .ipAddress(u"publicIp"_s, publicIp)
        .maxLength(u"sshHost"_s, sshHost, 256)
        .hostOrAddress(u"sshHost"_s, sshHost)
        .port(u"sshPort"_s, sshPort)
        .port(u"winrmPort"_s, winrmPort)
        .port(u"agentPort"_s, agentPort)
        .requiredMaxLength(u"osType"_s, osType, 20)
        .maxLength(u"osVersion"_s, osVersion, 64)
        .requiredMaxLength(u"arch"_s, arch, 20)
        .requiredMaxLength(u"deploymentMode"_s, deploymentMode, 20)
        .maxLength(u"k8sNodeName"_s, k8sNodeName, 128)
        .maxLength(u"region"_s, region, 64)
        .atLeast(u"totalCpu"_s, totalCpu, 0)
        .atLeast(u"totalMemoryGb"_s, totalMemoryGb, 0)
        .atLeast(u"totalDiskGb"_s, totalDiskGb, 0)
        .atLeast(u"totalGpu"_s, totalGpu, 0);
    for (qsizetype i = 0; i < tags.size(); ++i)
        v.maxLength(u"tags["_s % QString::number(i) % u"]"_s, tags.at(i), 64);
    for (qsizetype i = 0; i < gpus.size(); ++i) {
        const QString prefix = u"gpus["_s % QString::number(i) % u"]."_s;
        for (const FieldError &e : gpus.at(i).validate())
            v.append({{prefix % e.field, prefix % e.message}});
    }
    return v.errors();
}

} // namespace remotegpu
