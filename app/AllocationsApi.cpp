#include "AllocationsApi.h"

#include "ApiClient.h"
#include "JsonReader.h"
#include "JsonWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QUrl>

#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject createBody(const AllocationsApi::CreateRequest &r, bool withHost)
{
    QJsonObject body{{u"tenantId"_s, r.tenantId}, {u"endTime"_s, json::timestamp(r.endTime)}};
    if (withHost)
        body.insert(u"hostId"_s, r.hostId);
    if (r.startTime.isValid())
        body.insert(u"startTime"_s, json::timestamp(r.startTime));
    if (!r.remark.isEmpty())
        body.insert(u"remark"_s, r.remark);
    return body;
}

QString idPath(const QString &prefix, const QString &id, const QString &action = {})
{
    QString path = prefix + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (!action.isEmpty())
        path += u'/' + action;
    return path;
}

// Pages through a list route until every row is in; one request at a time.
template<typename T>
void allPages(ApiClient *client, const QString &path, PageRequest request, QObject *context,
              Reply<QList<T>> reply, std::shared_ptr<QList<T>> gathered = {})
{
    if (!gathered)
        gathered = std::make_shared<QList<T>>();
    api::page<T>(*client, path, request, context,
                 [client, path, request, context, reply, gathered](Result<Page<T>> page) mutable {
                     if (!page.ok()) {
                         reply(page.error());
                         return;
                     }
                     gathered->append(page->list);
                     if (page->list.isEmpty() || gathered->size() >= page->total ||
                         request.page >= 50) {
                         reply(*gathered);
                         return;
                     }
                     ++request.page;
                     allPages<T>(client, path, request, context, reply, gathered);
                 });
}

Error noClient()
{
    return Error::unavailable(QObject::tr("Not connected to a server"));
}

} // namespace

Result<MachineRef> MachineRef::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MachineRef m;
    m.id = r.string(u"id"_s);
    m.name = r.string(u"name"_s);
    m.gpuModel = r.string(u"gpuModel"_s);
    return r.finish(std::move(m));
}

QString AllocationsApi::timeParameter(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void AllocationsApi::list(const PageRequest &request, QObject *context,
                          Reply<Page<Allocation>> reply) const
{
    if (!m_client)
        return reply(noClient());
    api::page<Allocation>(*m_client, u"/api/admin/allocations"_s, request, context,
                          std::move(reply));
}

void AllocationsApi::get(const QString &id, QObject *context, Reply<Allocation> reply) const
{
    if (!m_client)
        return reply(noClient());
    api::get<Allocation>(*m_client, idPath(u"/api/admin/allocations/"_s, id), {}, context,
                         std::move(reply));
}

void AllocationsApi::recent(QObject *context, Reply<QList<Allocation>> reply) const
{
    if (!m_client)
        return reply(noClient());
    api::get<QJsonValue>(*m_client, u"/api/admin/allocations/recent"_s, {}, context,
                         [reply = std::move(reply)](Result<QJsonValue> answer) {
                             if (!answer.ok())
                                 return reply(answer.error());
                             JsonReader r(QJsonObject{{u"list"_s, *answer}});
                             auto list = r.objectList<Allocation>(u"list"_s);
                             reply(r.finish(std::move(list)));
                         });
}

void AllocationsApi::overlapping(const QDateTime &from, const QDateTime &to, QObject *context,
                                 Reply<QList<Allocation>> reply) const
{
    if (!m_client)
        return reply(noClient());
    PageRequest request;
    request.pageSize = PageRequest::MaxPageSize;
    request.sortBy = u"startTime"_s;
    request.filters = QJsonObject{{u"from"_s, timeParameter(from)}, {u"to"_s, timeParameter(to)}};
    allPages<Allocation>(m_client, u"/api/admin/allocations"_s, request, context, std::move(reply));
}

void AllocationsApi::create(const CreateRequest &request, QObject *context,
                            Reply<Allocation> reply) const
{
    if (!m_client)
        return reply(noClient());
    api::post<Allocation>(*m_client, u"/api/admin/allocations"_s, createBody(request, true),
                          context, std::move(reply));
}

void AllocationsApi::allocateMachine(const CreateRequest &request, QObject *context,
                                     Reply<Allocation> reply) const
{
    if (!m_client)
        return reply(noClient());
    api::post<Allocation>(*m_client,
                          idPath(u"/api/admin/machines/"_s, request.hostId, u"allocate"_s),
                          createBody(request, false), context, std::move(reply));
}

void AllocationsApi::extend(const QString &id, const QDateTime &newEnd, QObject *context,
                            Reply<Allocation> reply) const
{
    if (!m_client)
        return reply(noClient());
    api::post<Allocation>(*m_client, idPath(u"/api/admin/allocations/"_s, id, u"extend"_s),
                          QJsonObject{{u"endTime"_s, json::timestamp(newEnd)}}, context,
                          std::move(reply));
}

void AllocationsApi::reclaim(const QString &id, const QString &reason, QObject *context,
                             Reply<Allocation> reply) const
{
    if (!m_client)
        return reply(noClient());
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    api::post<Allocation>(*m_client, idPath(u"/api/admin/allocations/"_s, id, u"reclaim"_s), body,
                          context, std::move(reply));
}

void AllocationsApi::bulkExtendByDays(const QStringList &ids, int days, QObject *context,
                                      Reply<BulkExtendResult> reply) const
{
    if (!m_client)
        return reply(noClient());
    api::post<BulkExtendResult>(
        *m_client, u"/api/admin/allocations/bulk-extend"_s,
        QJsonObject{{u"ids"_s, json::strings(ids)}, {u"extendDays"_s, days}}, context,
        std::move(reply));
}

void AllocationsApi::bulkExtendTo(const QStringList &ids, const QDateTime &end, QObject *context,
                                  Reply<BulkExtendResult> reply) const
{
    if (!m_client)
        return reply(noClient());
    api::post<BulkExtendResult>(
        *m_client, u"/api/admin/allocations/bulk-extend"_s,
        QJsonObject{{u"ids"_s, json::strings(ids)}, {u"endTime"_s, json::timestamp(end)}}, context,
        std::move(reply));
}

void AllocationsApi::freeWindowsOfHost(const QString &hostId, const QDateTime &from,
                                       const QDateTime &to, QObject *context,
                                       Reply<FreeWindows> reply) const
{
    freeWindows(u"hostId"_s, hostId, from, to, context, std::move(reply));
}

void AllocationsApi::freeWindowsOfModel(const QString &gpuModel, const QDateTime &from,
                                        const QDateTime &to, QObject *context,
                                        Reply<FreeWindows> reply) const
{
    freeWindows(u"gpuModel"_s, gpuModel, from, to, context, std::move(reply));
}

void AllocationsApi::freeWindows(const QString &field, const QString &value, const QDateTime &from,
                                 const QDateTime &to, QObject *context,
                                 Reply<FreeWindows> reply) const
{
    if (!m_client)
        return reply(noClient());
    QUrlQuery q;
    q.addQueryItem(field, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    q.addQueryItem(u"from"_s, timeParameter(from));
    q.addQueryItem(u"to"_s, timeParameter(to));
    api::get<FreeWindows>(*m_client, u"/api/admin/allocations/free-windows"_s, q, context,
                          std::move(reply));
}

void AllocationsApi::freeWindowsOfFleet(const QDateTime &from, const QDateTime &to,
                                        QObject *context, Reply<FreeWindows> reply) const
{
    if (!m_client)
        return reply(noClient());
    const AllocationsApi self = *this;
    machines(context, [self, from, to, context, reply](Result<QList<MachineRef>> machines) {
        if (!machines.ok())
            return reply(machines.error());
        struct Gather
        {
            QList<MachineRef> order;
            QHash<QString, HostFreeWindows> byHost;
            int pending = 0;
            bool failed = false;
        };
        auto g = std::make_shared<Gather>();
        g->order = *machines;
        QStringList models;
        QStringList loneHosts;
        for (const MachineRef &m : std::as_const(g->order)) {
            if (m.gpuModel.isEmpty())
                loneHosts << m.id;
            else if (!models.contains(m.gpuModel))
                models << m.gpuModel;
        }
        g->pending = int(models.size() + loneHosts.size());
        auto finishOne = [g, from, to, reply](Result<FreeWindows> part) {
            if (g->failed)
                return;
            if (!part.ok()) {
                g->failed = true;
                return reply(part.error());
            }
            for (const HostFreeWindows &h : std::as_const(part->hosts))
                g->byHost.insert(h.hostId, h);
            if (--g->pending > 0)
                return;
            FreeWindows all{from, to, {}};
            for (const MachineRef &m : std::as_const(g->order)) {
                auto it = g->byHost.constFind(m.id);
                if (it != g->byHost.cend())
                    all.hosts.append(*it);
            }
            reply(all);
        };
        if (g->pending == 0)
            return reply(FreeWindows{from, to, {}});
        for (const QString &model : std::as_const(models))
            self.freeWindowsOfModel(model, from, to, context, finishOne);
        for (const QString &host : std::as_const(loneHosts))
            self.freeWindowsOfHost(host, from, to, context, finishOne);
    });
}

void AllocationsApi::owners(QObject *context, Reply<QList<Customer>> reply) const
{
    if (!m_client)
        return reply(noClient());
    PageRequest request;
    request.pageSize = PageRequest::MaxPageSize;
    request.sortBy = u"username"_s;
    request.filters = QJsonObject{{u"role"_s, u"customer_owner"_s}, {u"status"_s, u"active"_s}};
    allPages<Customer>(m_client, u"/api/admin/customers"_s, request, context, std::move(reply));
}

void AllocationsApi::machines(QObject *context, Reply<QList<MachineRef>> reply) const
{
    if (!m_client)
        return reply(noClient());
    PageRequest request;
    request.pageSize = PageRequest::MaxPageSize;
    request.sortBy = u"name"_s;
    allPages<MachineRef>(m_client, u"/api/admin/machines"_s, request, context, std::move(reply));
}

} // namespace remotegpu
