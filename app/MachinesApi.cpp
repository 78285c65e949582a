#include "MachinesApi.h"

#include "CustomerApi.h"
#include "JsonReader.h"
#include "JsonWriter.h"

#include <QJsonArray>
#include <QUrl>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QString machinePath(const QString &id)
{
    return u"/api/admin/machines/"_s + QString::fromUtf8(QUrl::toPercentEncoding(id));
}

} // namespace

Result<MachineDeleted> MachineDeleted::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MachineDeleted d;
    d.id = r.string(u"id"_s);
    d.deleted = r.boolean(u"deleted"_s);
    return r.finish(std::move(d));
}

QJsonObject MachinesApi::writeBody(const Machine &machine)
{
    const QJsonObject all = machine.toJson();
    static const QStringList editable = {
        u"id"_s,        u"name"_s,          u"hostname"_s,       u"ipAddress"_s,   u"publicIp"_s,
        u"sshHost"_s,   u"sshPort"_s,       u"winrmPort"_s,      u"agentPort"_s,   u"osType"_s,
        u"osVersion"_s, u"arch"_s,          u"deploymentMode"_s, u"k8sNodeName"_s, u"region"_s,
        u"totalCpu"_s,  u"totalMemoryGb"_s, u"totalDiskGb"_s,    u"totalGpu"_s,    u"labels"_s,
        u"tags"_s,
    };
    QJsonObject body;
    for (const QString &key : editable) {
        const QJsonValue v = all.value(key);
        if (!v.isUndefined() && !v.isNull())
            body.insert(key, v);
    }
    QJsonArray gpus;
    for (const Gpu &gpu : machine.gpus) {
        QJsonObject g{{u"index"_s, gpu.index},
                      {u"name"_s, gpu.name},
                      {u"memoryTotalMb"_s, gpu.memoryTotalMb}};
        if (!gpu.uuid.isEmpty())
            g.insert(u"uuid"_s, gpu.uuid);
        if (!gpu.brand.isEmpty())
            g.insert(u"brand"_s, gpu.brand);
        if (!gpu.architecture.isEmpty())
            g.insert(u"architecture"_s, gpu.architecture);
        gpus.append(g);
    }
    body.insert(u"gpus"_s, gpus);
    return body;
}

void MachinesApi::list(const PageRequest &request, QObject *context,
                       Reply<Page<MachineListItem>> reply)
{
    api::page<MachineListItem>(m_client, u"/api/admin/machines"_s, request, context,
                               std::move(reply));
}

void MachinesApi::detail(const QString &id, QObject *context, Reply<MachineDetail> reply)
{
    api::get<MachineDetail>(m_client, machinePath(id), {}, context, std::move(reply));
}

void MachinesApi::create(const Machine &machine, QObject *context, Reply<MachineDetail> reply)
{
    api::post<MachineDetail>(m_client, u"/api/admin/machines"_s, writeBody(machine), context,
                             std::move(reply));
}

void MachinesApi::update(const Machine &machine, QObject *context, Reply<MachineDetail> reply)
{
    QJsonObject body = writeBody(machine);
    body.remove(u"id"_s);
    api::put<MachineDetail>(m_client, machinePath(machine.id), body, context, std::move(reply));
}

void MachinesApi::remove(const QString &id, QObject *context, Reply<MachineDeleted> reply)
{
    api::remove<MachineDeleted>(m_client, machinePath(id), context, std::move(reply));
}

void MachinesApi::setMaintenance(const QString &id, bool enabled, const QString &reason,
                                 QObject *context, Reply<MachineDetail> reply)
{
    QJsonObject body{{u"enabled"_s, enabled}};
    if (!reason.trimmed().isEmpty())
        body.insert(u"reason"_s, reason.trimmed());
    api::post<MachineDetail>(m_client, machinePath(id) + u"/maintenance"_s, body, context,
                             std::move(reply));
}

void MachinesApi::allocations(const QString &hostId, int pageSize, QObject *context,
                              Reply<Page<Allocation>> reply)
{
    PageRequest request;
    request.pageSize = pageSize;
    request.sortBy = u"startTime"_s;
    request.order = SortOrder::Desc;
    request.filters = QJsonObject{{u"hostId"_s, hostId}};
    api::page<Allocation>(m_client, u"/api/admin/allocations"_s, request, context,
                          std::move(reply));
}

void MachinesApi::tenants(QObject *context, Reply<Page<Customer>> reply)
{
    PageRequest request;
    request.pageSize = PageRequest::MaxPageSize;
    request.sortBy = u"username"_s;
    request.filters = QJsonObject{{u"role"_s, u"customer_owner"_s}};
    api::page<Customer>(m_client, u"/api/admin/customers"_s, request, context, std::move(reply));
}

void MachinesApi::monitoring(const QString &id, const QDateTime &from, const QDateTime &to,
                             QObject *context, Reply<MachineMonitoring> reply)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, from.toUTC().toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, to.toUTC().toString(Qt::ISODate));
    api::get<MachineMonitoring>(m_client, machinePath(id) + u"/monitoring"_s, query, context,
                                std::move(reply));
}

void MachinesApi::statusHistory(const QString &id, int limit, QObject *context,
                                Reply<QList<HostStatusChange>> reply)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    m_client.get(machinePath(id) + u"/status-history"_s, query, context,
                 [reply = std::move(reply)](Result<QJsonValue> answer) {
                     if (!answer) {
                         reply(std::move(answer).error());
                         return;
                     }
                     JsonReader r(answer->toObject());
                     QList<HostStatusChange> changes = r.objectList<HostStatusChange>(u"list"_s);
                     reply(r.finish(std::move(changes)));
                 });
}

void MachinesApi::realtime(const QStringList &hostIds, QObject *context, Reply<FleetRealtime> reply)
{
    QUrlQuery query;
    if (!hostIds.isEmpty())
        query.addQueryItem(u"hosts"_s, hostIds.join(u','));
    api::get<FleetRealtime>(m_client, u"/api/admin/monitoring/realtime"_s, query, context,
                            std::move(reply));
}

void MachinesApi::processes(const QString &id, QObject *context, Reply<MachineProcessReport> reply)
{
    CustomerApi(&m_client).processes(id, context, std::move(reply));
}

} // namespace remotegpu
