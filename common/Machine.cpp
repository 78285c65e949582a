#include "Machine.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"
#include "JsonWriter.h"
#include "RandomNumbers.h"
#include "Validator.h"

#include <QJsonDocument>
#include <QSet>

#include <initializer_list>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void Machine::writeFields(JsonStreamWriter &w) const
{
    w.nullable("id"_L1, id);
    w.field("name"_L1, name);
    w.nullable("hostname"_L1, hostname);
    w.field("ipAddress"_L1, ipAddress);
    w.nullable("publicIp"_L1, publicIp);
    w.nullable("sshHost"_L1, sshHost);
    w.field("sshPort"_L1, sshPort);
    w.optional("winrmPort"_L1, winrmPort);
    w.field("agentPort"_L1, agentPort);
    w.field("osType"_L1, osType);
    w.nullable("osVersion"_L1, osVersion);
    w.field("arch"_L1, arch);
    w.field("deploymentMode"_L1, deploymentMode);
    w.nullable("k8sNodeName"_L1, k8sNodeName);
    w.nullable("region"_L1, region);
    w.enumValue("status"_L1, status);
    w.field("healthStatus"_L1, healthStatus);
    w.field("totalCpu"_L1, totalCpu);
    w.field("totalMemoryGb"_L1, totalMemoryGb);
    w.field("totalDiskGb"_L1, totalDiskGb);
    w.field("totalGpu"_L1, totalGpu);
    w.field("labels"_L1, labels);
    w.field("tags"_L1, tags);
    w.timestamp("lastHeartbeat"_L1, lastHeartbeat);
    w.timestamp("registeredAt"_L1, registeredAt);
    w.timestamp("createdAt"_L1, createdAt);
    w.timestamp("updatedAt"_L1, updatedAt);
    w.enumValue("allocationState"_L1, allocationState);
    w.optional("tenantId"_L1, tenantId);
    w.nullable("tenantName"_L1, tenantName);
    w.nullable("allocationId"_L1, allocationId);
    w.timestamp("allocationEndTime"_L1, allocationEndTime);
    w.nullable("agentVersion"_L1, agentVersion);
    w.nullable("offlineReason"_L1, offlineReason);
    w.timestamp("statusChangedAt"_L1, statusChangedAt);
    w.timestamp("flappingSince"_L1, flappingSince);
    w.optional("agentIntervalSeconds"_L1, agentIntervalSeconds);
    w.field("agentBufferedDropped"_L1, agentBufferedDropped);
    w.field("unhealthyGpus"_L1, unhealthyGpus);
    w.key("gpus"_L1);
    w.beginArray();
    for (const auto &item : gpus)
        item.writeJson(w);
    w.endArray();
}

void Machine::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    writeFields(w);
    w.endObject();
}

QJsonObject Machine::toJson() const
{
    // One spelling of the fields: the stream writer's (list pages are written with it directly).
    JsonStreamWriter w;
    writeJson(w);
    return QJsonDocument::fromJson(w.bytes()).object();
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
    m.agentVersion = r.string(u"agentVersion"_s);
    m.offlineReason = r.string(u"offlineReason"_s);
    m.statusChangedAt = r.timestamp(u"statusChangedAt"_s);
    m.flappingSince = r.timestamp(u"flappingSince"_s);
    m.agentIntervalSeconds = r.optionalInteger(u"agentIntervalSeconds"_s);
    m.agentBufferedDropped = r.int64(u"agentBufferedDropped"_s);
    m.unhealthyGpus = r.integer(u"unhealthyGpus"_s);
    m.gpus = r.objectList<Gpu>(u"gpus"_s);
    return r.finish(std::move(m));
}

namespace {

// `value` must be one of `allowed` (an empty one is left to the required check before it).
void oneOf(Validator &v, const QString &field, const QString &value,
           std::initializer_list<QStringView> allowed, const QString &list)
{
    if (value.trimmed().isEmpty())
        return;
    for (QStringView a : allowed) {
        if (value == a)
            return;
    }
    v.add(field, u"%1 must be %2, not \"%3\""_s.arg(field, list, value.left(40)));
}

} // namespace

QList<FieldError> Machine::validate() const
{
    Validator v;
    v.identifier(u"id"_s, id, 64)
        .requiredMaxLength(u"name"_s, name, 128)
        .maxLength(u"hostname"_s, hostname, 256);
    if (!hostname.isEmpty() && !Validator::isHostname(hostname))
        v.add(u"hostname"_s, u"hostname must be a host name such as gpu-01.example.com"_s);
    // An address that passes the check is at most 45 characters: VARCHAR(64) needs no own check.
    v.required(u"ipAddress"_s, ipAddress)
        .ipAddress(u"ipAddress"_s, ipAddress)
        .ipAddress(u"publicIp"_s, publicIp)
        .maxLength(u"sshHost"_s, sshHost, 256)
        .hostOrAddress(u"sshHost"_s, sshHost)
        .port(u"sshPort"_s, sshPort)
        .port(u"winrmPort"_s, winrmPort)
        .port(u"agentPort"_s, agentPort)
        .requiredMaxLength(u"osType"_s, osType, 20);
    // The same sets as the CHECK constraints on hosts (sql/0003_hosts_gpus.sql).
    oneOf(v, u"osType"_s, osType, {u"linux", u"windows"}, u"linux or windows"_s);
    v.maxLength(u"osVersion"_s, osVersion, 64)
        .requiredMaxLength(u"arch"_s, arch, 20)
        .requiredMaxLength(u"deploymentMode"_s, deploymentMode, 20);
    oneOf(v, u"deploymentMode"_s, deploymentMode, {u"traditional", u"kubernetes", u"docker"},
          u"traditional, kubernetes or docker"_s);
    v.maxLength(u"k8sNodeName"_s, k8sNodeName, 128)
        .maxLength(u"region"_s, region, 64)
        .between(u"totalCpu"_s, totalCpu, 1, kMaxTotalCpu)
        .between(u"totalMemoryGb"_s, totalMemoryGb, 1, kMaxSizeGb)
        .between(u"totalDiskGb"_s, totalDiskGb, 0, kMaxSizeGb)
        .atLeast(u"totalGpu"_s, totalGpu, 0);
    if (totalGpu > kMaxGpus)
        v.add(u"totalGpu"_s, u"totalGpu must be at most %1"_s.arg(kMaxGpus));
    // Arrays are bounded before their items are looked at: 100,000 GPUs are one error, not
    // 100,000 (nor a minute of inserts).
    if (tags.size() > kMaxTags)
        v.add(u"tags"_s,
              u"tags lists %1 tags; a machine has at most %2"_s.arg(tags.size()).arg(kMaxTags));
    if (gpus.size() > kMaxGpus) {
        v.add(u"gpus"_s,
              u"gpus lists %1 GPUs; a machine has at most %2"_s.arg(gpus.size()).arg(kMaxGpus));
        return v.errors();
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(tags.size(), kMaxTags); ++i)
        v.maxLength(u"tags["_s % QString::number(i) % u"]"_s, tags.at(i), 64);
    QSet<int> indexes;
    for (qsizetype i = 0; i < gpus.size(); ++i) {
        const QString prefix = u"gpus["_s % QString::number(i) % u"]."_s;
        for (const FieldError &e : gpus.at(i).validate())
            v.append({{prefix % e.field, prefix % e.message}});
        const int index = gpus.at(i).index;
        if (indexes.contains(index))
            v.add(prefix % u"index"_s, u"GPU index %1 is listed twice"_s.arg(index));
        indexes.insert(index);
    }
    return v.errors();
}

QString Machine::generateId()
{
    return u"node-"_s + QString::number(random::number(), 16).rightJustified(8, u'0');
}

} // namespace remotegpu
