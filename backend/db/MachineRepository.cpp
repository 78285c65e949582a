#include "MachineRepository.h"

#include "ListFields.h"

#include "JsonStreamWriter.h"

#include "JsonWriter.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The current allocation of host h, from held_allocations (0020), at the database's now(): the
// list's rows are placed relative to it (see Clock). The host ids are compared under "C" like the
// column of the covering btree idx_allocations_active_host (0017): once the function is inlined
// this is one index-only probe already in the LIMIT 1 order, and the exclusion constraint's GiST,
// several times slower over text ids, cannot serve it whatever the statistics say.
const QString kAllocationJoin =
    u" LEFT JOIN LATERAL (SELECT a.id, a.tenant_id, a.start_time, a.end_time, a.expiring, "
    "'active'::varchar AS status FROM held_allocations(now()) a "
    "WHERE a.host_id = h.id COLLATE \"C\" ORDER BY a.start_time DESC LIMIT 1) a ON true"_s;

const QString kAllocationState = u"CASE WHEN a.id IS NULL THEN 'unallocated' "
                                 "WHEN a.expiring THEN 'expiring' ELSE 'allocated' END"_s;

const QString kTenantName = u"tenant_display_name(t.company, t.display_name, t.username)"_s;

// A GPU counts as unhealthy when ingest marked it so from the agent's latched report (an XID, an
// uncorrectable ECC error, a row-remap failure).
const QString kUnhealthyGpuCount =
    u"(SELECT count(*) FROM gpus ug WHERE ug.host_id = h.id AND ug.health_status = 'unhealthy')"_s;

// Columns 0-26 are the host, 27-34 its allocation and GPU model (see rowToItem and
// currentAllocationOf), 35-41 its agent's liveness, 42-45 its current GPU load.
const QString kColumns =
    u"SELECT h.id, h.name, h.hostname, h.ip_address, h.public_ip, h.ssh_host, h.ssh_port, "
    "h.winrm_port, h.agent_port, h.os_type, h.os_version, h.arch, h.deployment_mode, "
    "h.k8s_node_name, h.region, h.status, h.health_status, h.total_cpu, h.total_memory_gb, "
    "h.total_disk_gb, h.total_gpu, h.labels::text, array_to_json(h.tags)::text, "_s +
    sql::epochMs(u"h.last_heartbeat"_s) + u", "_s + sql::epochMs(u"h.registered_at"_s) + u", "_s +
    sql::epochMs(u"h.created_at"_s) + u", "_s + sql::epochMs(u"h.updated_at"_s) +
    u", a.id, a.tenant_id, "_s + kTenantName + u", "_s + sql::epochMs(u"a.start_time"_s) + u", "_s +
    sql::epochMs(u"a.end_time"_s) + u", "_s + kAllocationState + u", gm.name, a.status"_s +
    u", h.agent_version, h.offline_reason, "_s + sql::epochMs(u"h.status_changed_at"_s) + u", "_s +
    sql::epochMs(u"h.flapping_since"_s) +
    u", h.agent_interval_seconds, h.agent_buffered_dropped, "_s + kUnhealthyGpuCount +
    u", ml.gpu_avg_utilization, ml.gpu_avg_temperature, ml.gpu_avg_power, "_s +
    sql::epochMs(u"ml.collected_at"_s);

// What a row shows besides the host: its allocation, tenant, GPU model (first GPU's name, one
// probe of gpus_host_id_index_key) and the figures of its newest heartbeat, which an offline
// host does not have: what it last reported is not its load now.
const QString kDetailJoins =
    kAllocationJoin +
    u" LEFT JOIN customers t ON t.id = a.tenant_id"
    " LEFT JOIN LATERAL (SELECT g.name FROM gpus g WHERE g.host_id = h.id "
    "ORDER BY g.index LIMIT 1) gm ON true"
    " LEFT JOIN host_metrics_latest ml ON ml.host_id = h.id AND h.status <> 'offline'"_s;

const QString kSelect = kColumns + u" FROM hosts h"_s + kDetailJoins;

// A QSqlQuery's current row, read with PgRows::Row's calls, so that one rowToItem serves the
// list (pipelined, from libpq) and single-machine reads (QPSQL).
class QueryRow
{
public:
    explicit QueryRow(const QSqlQuery &query)
        : m_query(query)
    {}
    bool isNull(int column) const { return m_query.isNull(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    QDateTime utcFromEpochMs(int column) const
    {
        return sql::utcFromEpochMs(m_query.value(column));
    }

private:
    const QSqlQuery &m_query;
};

// `labels::text` / `array_to_json(tags)::text`: most machines have neither, and skipping the
// parse of "{}" and "[]" matters on a page of 50.
QJsonObject jsonObjectText(const QString &text)
{
    if (text.size() <= 2)
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList jsonStringsText(const QString &text)
{
    QStringList out;
    if (text.size() <= 2)
        return out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

template<typename Row>
MachineListItem rowToItem(const Row &r)
{
    MachineListItem item;
    Machine &m = item.machine;
    m.id = r.text(0);
    m.name = r.text(1);
    m.hostname = r.text(2);
    m.ipAddress = r.text(3);
    m.publicIp = r.text(4);
    m.sshHost = r.text(5);
    m.sshPort = r.isNull(6) ? 22 : int(r.int64(6));
    if (!r.isNull(7))
        m.winrmPort = int(r.int64(7));
    m.agentPort = r.isNull(8) ? 8080 : int(r.int64(8));
    m.osType = r.text(9);
    m.osVersion = r.text(10);
    m.arch = r.text(11);
    m.deploymentMode = r.text(12);
    m.k8sNodeName = r.text(13);
    m.region = r.text(14);
    m.status = fromString<MachineStatus>(r.text(15)).value_or(MachineStatus::Offline);
    m.healthStatus = r.text(16);
    m.totalCpu = int(r.int64(17));
    m.totalMemoryGb = r.int64(18);
    m.totalDiskGb = r.int64(19);
    m.totalGpu = int(r.int64(20));
    m.labels = jsonObjectText(r.text(21));
    m.tags = jsonStringsText(r.text(22));
    m.lastHeartbeat = r.utcFromEpochMs(23);
    m.registeredAt = r.utcFromEpochMs(24);
    m.createdAt = r.utcFromEpochMs(25);
    m.updatedAt = r.utcFromEpochMs(26);
    m.allocationId = r.text(27);
    if (!r.isNull(28))
        m.tenantId = r.int64(28);
    m.tenantName = r.text(29);
    m.allocationEndTime = r.utcFromEpochMs(31);
    m.allocationState =
        fromString<AllocationState>(r.text(32)).value_or(AllocationState::Unallocated);
    item.gpuModel = r.text(33);
    m.agentVersion = r.text(35);
    m.offlineReason = r.text(36);
    m.statusChangedAt = r.utcFromEpochMs(37);
    m.flappingSince = r.utcFromEpochMs(38);
    if (!r.isNull(39))
        m.agentIntervalSeconds = int(r.int64(39));
    m.agentBufferedDropped = r.isNull(40) ? 0 : r.int64(40);
    m.unhealthyGpus = int(r.int64(41));
    auto figure = [&r](int column) {
        return r.isNull(column) ? std::nullopt : std::optional<double>(r.text(column).toDouble());
    };
    item.gpuAvgUtilization = figure(42);
    item.gpuAvgTemperature = figure(43);
    item.gpuAvgPower = figure(44);
    item.metricsAt = r.utcFromEpochMs(45);
    return item;
}

// The row's current allocation (columns 27-31 and 34), when it has one (column 27 not null).
template<typename Row>
CurrentAllocation currentAllocationOf(const Row &r)
{
    CurrentAllocation a;
    a.id = r.text(27);
    a.tenantId = r.int64(28);
    a.tenantName = r.text(29);
    a.startTime = r.utcFromEpochMs(30);
    a.endTime = r.utcFromEpochMs(31);
    a.status = r.text(34);
    return a;
}

Error filterError(const QString &field, const QString &message)
{
    return Error::badRequest(u"filters.%1 %2"_s.arg(field, message),
                             {{u"filters."_s + field, message}});
}

struct ListWhere
{
    QString where; // " WHERE …" or empty
    QVariantList binds;
    bool needsAllocation = false; // the WHERE reads the allocation lateral (alias a)
};

Result<ListWhere> buildWhere(const PageRequest &request)
{
    ListWhere out;
    sql::WhereClause where;
    if (request.hasFilter(u"status"_s)) {
        QStringList values;
        for (const QString &v : request.filterStrings(u"status"_s)) {
            if (!fromString<MachineStatus>(v))
                return filterError(u"status"_s, u"must be online, offline or maintenance"_s);
            values << v;
        }
        // `online` also matches a V2.1 row stored as `allocated` (MachineStatus's aliases).
        where.addIn(ListFields::machines().column(u"status"_s),
                    sql::storedSpellings<MachineStatus>(values));
    }
    if (request.hasFilter(u"allocationState"_s)) {
        const QStringList values = request.filterStrings(u"allocationState"_s);
        for (const QString &v : values)
            if (!fromString<AllocationState>(v))
                return filterError(u"allocationState"_s,
                                   u"must be allocated, unallocated or expiring"_s);
        if (!values.isEmpty()) {
            where.addIn(kAllocationState, values);
            out.needsAllocation = true;
        }
    }
    where.addIn(ListFields::machines().column(u"region"_s), request.filterStrings(u"region"_s));
    const QStringList models = request.filterStrings(u"gpuModel"_s);
    if (!models.isEmpty()) {
        where.add(u"EXISTS (SELECT 1 FROM gpus g WHERE g.host_id = h.id "
                  "AND g.name = ANY(?::text[]))"_s,
                  {sql::textArray(models)});
    }
    for (const QString &field : {u"gpuCountMin"_s, u"gpuCountMax"_s}) {
        if (!request.hasFilter(field))
            continue;
        bool ok = false;
        const int n = request.filterStrings(field).value(0).toInt(&ok);
        if (!ok || n < 0)
            return filterError(field, u"must be a whole number of GPUs, 0 or more"_s);
        where.add(field == u"gpuCountMin"_s ? u"h.total_gpu >= ?"_s : u"h.total_gpu <= ?"_s, {n});
    }
    if (request.hasFilter(u"tenantId"_s)) {
        bool ok = false;
        const qint64 tenant = request.filterStrings(u"tenantId"_s).value(0).toLongLong(&ok);
        if (!ok)
            return filterError(u"tenantId"_s, u"must be a tenant id (a number)"_s);
        where.add(u"a.tenant_id = ?"_s, {tenant});
        out.needsAllocation = true;
    }
    if (request.hasFilter(u"agentProblems"_s)) {
        const QString value = request.filterStrings(u"agentProblems"_s).value(0);
        if (value != u"true" && value != u"false")
            return filterError(u"agentProblems"_s, u"must be true or false"_s);
        // Offline, flapping, or with a GPU ingest marked unhealthy; false: none of these.
        const QString problems = u"(h.status = 'offline' OR h.flapping_since IS NOT NULL OR "
                                 "EXISTS (SELECT 1 FROM gpus pg WHERE pg.host_id = h.id "
                                 "AND pg.health_status = 'unhealthy'))"_s;
        where.add(value == u"true" ? problems : u"NOT "_s + problems, {});
    }
    if (request.hasFilter(u"q"_s)) {
        const QString text = request.filterStrings(u"q"_s).value(0).trimmed();
        if (!text.isEmpty()) {
            const QString pattern = sql::likePattern(text);
            where.add(u"(h.name ILIKE ? OR h.ip_address ILIKE ? OR h.hostname ILIKE ?)"_s,
                      {pattern, pattern, pattern});
        }
    }
    out.where = where.sql();
    out.binds = where.binds();
    return out;
}

} // namespace

const QString &MachineRepository::currentAllocationJoin()
{
    return kAllocationJoin;
}

const QStringList &MachineRepository::sortableFields()
{
    return ListFields::machines().sortable;
}

const QStringList &MachineRepository::filterableFields()
{
    return ListFields::machines().filterable;
}

Result<Page<MachineListItem>> MachineRepository::list(const PageRequest &request)
{
    auto where = buildWhere(request);
    if (!where)
        return where.error();
    const QString sortColumn = ListFields::machines().column(request.sortBy);
    const QString column = sortColumn.isEmpty() ? u"h.name"_s : sortColumn;
    const QString direction = request.order == SortOrder::Desc ? u" DESC"_s : u" ASC"_s;
    const QString order = u" ORDER BY "_s + column + direction + u", h.id"_s + direction;
    const QString hosts =
        u" FROM hosts h"_s + (where->needsAllocation ? kAllocationJoin : QString()) + where->where;
    QVariantList pageBinds = where->binds;
    pageBinds << request.pageSize << request.offset();
    // The count and the page in one round trip. A separate count beat count(*) OVER () on
    // 10,000 hosts (bench/machine_list): the window makes every matching row go through both
    // laterals and the sort before LIMIT, while the count reads only hosts (plus the allocation
    // lateral when a filter needs it) and the page query stops after OFFSET + LIMIT rows of an
    // index scan. In the page, the hosts are chosen first; the detail laterals then run for
    // those pageSize rows only, not for the OFFSET rows skipped before them.
    // Generic plans: each filter shape is its own statement text, so its cached plan fits every
    // value; the default choice re-planned the page on every call (see SqlStatement.h).
    auto results = m_session.execPipelined(
        {
            {u"SELECT count(*)"_s + hosts, where->binds},
            {kColumns + u" FROM (SELECT h.*"_s + hosts + order + u" LIMIT ? OFFSET ?) h"_s +
                 kDetailJoins + order,
             pageBinds},
        },
        PlanChoice::Generic);
    if (!results)
        return results.error();
    const PgRows &count = (*results)[0];
    const PgRows &page = (*results)[1];
    const qint64 total = count.size() == 1 ? count.int64(0, 0) : 0;
    QList<MachineListItem> list;
    list.reserve(page.size());
    for (int i = 0; i < page.size(); ++i)
        list.append(rowToItem(page.row(i)));
    return Page<MachineListItem>::of(list, total, request);
}

Result<std::optional<MachineListItem>> MachineRepository::find(const QString &id)
{
    auto q = m_session.exec(kSelect + u" WHERE h.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<MachineListItem>();
    return std::optional<MachineListItem>(rowToItem(QueryRow(**q)));
}

Result<QList<Gpu>> MachineRepository::gpusOf(const QString &hostId)
{
    auto q = m_session.exec(
        u"SELECT id, host_id, index, uuid, name, brand, architecture, memory_total_mb, "
        "cuda_cores, compute_capability, status, health_status, allocated_to, allocated_at, "
        "power_limit, temperature_limit, created_at, updated_at FROM gpus WHERE host_id = ? "
        "ORDER BY index"_s,
        {hostId});
    if (!q)
        return q.error();
    QList<Gpu> gpus;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        Gpu g;
        g.id = r.value(0).toLongLong();
        g.hostId = r.value(1).toString();
        g.index = r.value(2).toInt();
        g.uuid = r.value(3).toString();
        g.name = r.value(4).toString();
        g.brand = r.value(5).toString();
        g.architecture = r.value(6).toString();
        g.memoryTotalMb = r.value(7).toLongLong();
        g.cudaCores = sql::optional<int>(r.value(8));
        g.computeCapability = r.value(9).toString();
        g.status = fromString<GpuStatus>(r.value(10).toString()).value_or(GpuStatus::Available);
        g.healthStatus = r.value(11).toString();
        g.allocatedTo = r.value(12).toString();
        g.allocatedAt = sql::utcTime(r.value(13));
        g.powerLimit = sql::optional<int>(r.value(14));
        g.temperatureLimit = sql::optional<int>(r.value(15));
        g.createdAt = sql::utcTime(r.value(16));
        g.updatedAt = sql::utcTime(r.value(17));
        gpus.append(g);
    }
    return gpus;
}

Result<std::optional<MachineDetail>> MachineRepository::detail(const QString &id)
{
    auto q = m_session.exec(kSelect + u" WHERE h.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<MachineDetail>();
    MachineDetail d;
    const QueryRow row(**q);
    d.item = rowToItem(row);
    if (!row.isNull(27))
        d.allocation = currentAllocationOf(row);
    auto gpus = gpusOf(id);
    if (!gpus)
        return gpus.error();
    d.item.machine.gpus = *gpus;

    auto host = m_session.exec(
        u"SELECT cpu_usage_percent, cpu_load_1m, cpu_load_5m, cpu_load_15m, memory_used, "
        "memory_available, memory_usage_percent, disk_used, disk_available, disk_usage_percent, "
        "disk_io_read_bytes, disk_io_write_bytes, network_rx_bytes, network_tx_bytes, "
        "network_rx_packets, network_tx_packets, gpu_avg_utilization, gpu_avg_memory_used, "
        "gpu_avg_temperature, gpu_avg_power, collected_at FROM host_metrics WHERE host_id = ? "
        "ORDER BY collected_at DESC LIMIT 1"_s,
        {id});
    if (!host)
        return host.error();
    if ((*host)->next()) {
        const QSqlQuery &r = **host;
        HostMetricSample s;
        s.hostId = id;
        s.cpuUsagePercent = sql::optional<double>(r.value(0));
        s.cpuLoad1m = sql::optional<double>(r.value(1));
        s.cpuLoad5m = sql::optional<double>(r.value(2));
        s.cpuLoad15m = sql::optional<double>(r.value(3));
        s.memoryUsed = sql::optional<qint64>(r.value(4));
        s.memoryAvailable = sql::optional<qint64>(r.value(5));
        s.memoryUsagePercent = sql::optional<double>(r.value(6));
        s.diskUsed = sql::optional<qint64>(r.value(7));
        s.diskAvailable = sql::optional<qint64>(r.value(8));
        s.diskUsagePercent = sql::optional<double>(r.value(9));
        s.diskIoReadBytes = sql::optional<qint64>(r.value(10));
        s.diskIoWriteBytes = sql::optional<qint64>(r.value(11));
        s.networkRxBytes = sql::optional<qint64>(r.value(12));
        s.networkTxBytes = sql::optional<qint64>(r.value(13));
        s.networkRxPackets = sql::optional<qint64>(r.value(14));
        s.networkTxPackets = sql::optional<qint64>(r.value(15));
        s.gpuAvgUtilization = sql::optional<double>(r.value(16));
        s.gpuAvgMemoryUsed = sql::optional<qint64>(r.value(17));
        s.gpuAvgTemperature = sql::optional<double>(r.value(18));
        s.gpuAvgPower = sql::optional<double>(r.value(19));
        s.collectedAt = sql::utcTime(r.value(20));
        d.latestHostMetrics = s;
    }

    // One index probe per GPU (idx_gpu_metrics_gpu_collected read backwards) rather than
    // DISTINCT ON over the host's whole retained history.
    auto gpuRows = m_session.exec(
        u"SELECT g.id, g.index, m.utilization_percent, m.memory_used, m.memory_usage_percent, "
        "m.temperature, m.power_draw, m.fan_speed_percent, m.sm_clock, m.memory_clock, "
        "m.process_count, m.collected_at FROM gpus g JOIN LATERAL (SELECT * FROM gpu_metrics x "
        "WHERE x.gpu_id = g.id ORDER BY x.collected_at DESC LIMIT 1) m ON true "
        "WHERE g.host_id = ? ORDER BY g.index"_s,
        {id});
    if (!gpuRows)
        return gpuRows.error();
    while ((*gpuRows)->next()) {
        const QSqlQuery &r = **gpuRows;
        GpuMetricSample s;
        s.gpuId = r.value(0).toLongLong();
        s.hostId = id;
        s.gpuIndex = r.value(1).toInt();
        s.utilizationPercent = sql::optional<double>(r.value(2));
        s.memoryUsed = sql::optional<qint64>(r.value(3));
        s.memoryUsagePercent = sql::optional<double>(r.value(4));
        s.temperature = sql::optional<double>(r.value(5));
        s.powerDraw = sql::optional<double>(r.value(6));
        s.fanSpeedPercent = sql::optional<double>(r.value(7));
        s.smClock = sql::optional<int>(r.value(8));
        s.memoryClock = sql::optional<int>(r.value(9));
        s.processCount = sql::optional<int>(r.value(10));
        s.collectedAt = sql::utcTime(r.value(11));
        d.latestGpuMetrics.append(s);
    }
    return std::optional<MachineDetail>(std::move(d));
}

} // namespace remotegpu
