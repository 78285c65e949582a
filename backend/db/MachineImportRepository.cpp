#include "MachineImportRepository.h"

#include "JsonWriter.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QString stringArray(const QStringList &values)
{
    return sql::jsonText(QJsonArray::fromStringList(values));
}

// One bound text parameter carries every row: QPSQL sends it as a single
// literal, and PostgreSQL unpacks it with jsonb_to_recordset, so the statement
// text never grows with the file.
QString rowsJson(const QList<const MachineCsvRow *> &rows)
{
    QJsonArray array;
    for (const MachineCsvRow *row : rows) {
        const Machine &m = row->machine;
        array.append(QJsonObject{
            {u"id"_s, m.id},
            {u"name"_s, m.name},
            {u"hostname"_s, json::nullable(m.hostname)},
            {u"ip_address"_s, m.ipAddress},
            {u"public_ip"_s, json::nullable(m.publicIp)},
            {u"ssh_host"_s, json::nullable(m.sshHost)},
            {u"ssh_port"_s, m.sshPort},
            {u"ssh_username"_s, json::nullable(row->sshUsername)},
            {u"region"_s, json::nullable(m.region)},
            {u"os_type"_s, m.osType},
            {u"os_version"_s, json::nullable(m.osVersion)},
            {u"total_cpu"_s, m.totalCpu},
            {u"total_memory_gb"_s, m.totalMemoryGb},
            {u"total_disk_gb"_s,
             m.totalDiskGb > 0 ? QJsonValue(m.totalDiskGb) : QJsonValue(QJsonValue::Null)},
            {u"gpu_count"_s, row->gpuCount},
            {u"gpu_model"_s, json::nullable(row->gpuModel)},
            {u"gpu_memory_mb"_s,
             row->gpuMemoryMb > 0 ? QJsonValue(row->gpuMemoryMb) : QJsonValue(QJsonValue::Null)},
            {u"tags"_s, QJsonArray::fromStringList(m.tags)},
            {u"remark"_s, json::nullable(row->remark)},
            {u"labels"_s, m.labels},
        });
    }
    return sql::jsonText(array);
}

const QString kRecord = u"jsonb_to_recordset(?::jsonb) AS r(id text, name text, hostname text, "
                        u"ip_address text, public_ip text, "
                        "ssh_host text, ssh_port int, ssh_username text, region text, os_type "
                        "text, os_version text, total_cpu int, "
                        "total_memory_gb bigint, total_disk_gb bigint, gpu_count int, gpu_model "
                        "text, gpu_memory_mb int, tags text[], "
                        "remark text, labels jsonb)"_s;

} // namespace

Result<void> MachineImportRepository::lockForImport()
{
    // An arbitrary constant key shared by every import ("RGPU" + 1).
    auto q = m_session.exec(u"SELECT pg_advisory_xact_lock(1380405333001)"_s);
    if (!q)
        return q.error();
    return {};
}

Result<QList<MachineImportRepository::Existing>>
MachineImportRepository::findClashing(const QStringList &ids, const QStringList &names,
                                      const QStringList &ipAddresses, const QStringList &sshHosts)
{
    auto q = m_session.exec(
        u"SELECT id, name, ip_address, ssh_host, ssh_port FROM hosts "
        "WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)) "
        "OR name IN (SELECT jsonb_array_elements_text(?::jsonb)) "
        "OR lower(ip_address) IN (SELECT jsonb_array_elements_text(?::jsonb)) "
        "OR lower(ssh_host) IN (SELECT jsonb_array_elements_text(?::jsonb))"_s,
        {stringArray(ids), stringArray(names), stringArray(ipAddresses), stringArray(sshHosts)});
    if (!q)
        return q.error();
    QList<Existing> list;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        list.append(Existing{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                             r.value(3).toString(), r.value(4).isNull() ? 22 : r.value(4).toInt()});
    }
    return list;
}

Result<QHash<QString, MachineImportRepository::TenantAccount>>
MachineImportRepository::findAccounts(const QStringList &usernames)
{
    QHash<QString, TenantAccount> accounts;
    if (usernames.isEmpty())
        return accounts;
    auto q = m_session.exec(u"SELECT username, role, status, deleted_at IS NOT NULL FROM customers "
                            "WHERE username IN (SELECT jsonb_array_elements_text(?::jsonb))"_s,
                            {stringArray(usernames)});
    if (!q)
        return q.error();
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        TenantAccount a{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                        r.value(3).toBool()};
        accounts.insert(a.username, a);
    }
    return accounts;
}

Result<int> MachineImportRepository::insert(const QList<const MachineCsvRow *> &rows)
{
    if (rows.isEmpty())
        return 0;
    // One statement for hosts and GPUs: the GPU insert reads the hosts the CTE
    // inserted, and the foreign keys are checked at the end of the statement.
    auto q =
        m_session.exec(u"WITH r AS (SELECT * FROM "_s + kRecord +
                           u"), h AS (INSERT INTO hosts (id, name, hostname, ip_address, "
                           u"public_ip, ssh_host, ssh_port, ssh_username, "
                           "region, os_type, os_version, total_cpu, total_memory_gb, "
                           "total_disk_gb, total_gpu, tags, remark, labels) "
                           "SELECT id, name, hostname, ip_address, public_ip, ssh_host, "
                           "ssh_port, ssh_username, region, os_type, "
                           "os_version, total_cpu, total_memory_gb, total_disk_gb, gpu_count, "
                           "tags, remark, "
                           "CASE WHEN labels = '{}'::jsonb THEN NULL ELSE labels END FROM r "
                           "RETURNING id), "
                           "g AS (INSERT INTO gpus (host_id, index, name, memory_total_mb) "
                           "SELECT r.id, i, r.gpu_model, r.gpu_memory_mb FROM r JOIN h ON h.id "
                           "= r.id "
                           "CROSS JOIN LATERAL generate_series(0, r.gpu_count - 1) AS i "
                           "RETURNING 1) "
                           "SELECT (SELECT count(*) FROM h), (SELECT count(*) FROM g)"_s,
                       {rowsJson(rows)});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toInt();
}

Result<int> MachineImportRepository::update(const QList<const MachineCsvRow *> &rows)
{
    if (rows.isEmpty())
        return 0;
    const QString json = rowsJson(rows);
    auto hosts = m_session.exec(u"UPDATE hosts AS t SET name = r.name, hostname = "
                                u"r.hostname, ip_address = r.ip_address, "
                                "public_ip = r.public_ip, ssh_host = r.ssh_host, ssh_port "
                                "= r.ssh_port, ssh_username = r.ssh_username, "
                                "region = r.region, os_type = r.os_type, os_version = "
                                "r.os_version, total_cpu = r.total_cpu, "
                                "total_memory_gb = r.total_memory_gb, total_disk_gb = "
                                "r.total_disk_gb, total_gpu = r.gpu_count, "
                                "tags = r.tags, remark = r.remark, "
                                "labels = NULLIF((COALESCE(t.labels, '{}'::jsonb) - "
                                "'reservedFor') || r.labels, '{}'::jsonb) "
                                "FROM "_s +
                                    kRecord + u" WHERE t.id = r.id"_s,
                                {json});
    if (!hosts)
        return hosts.error();
    const int updated = (*hosts)->numRowsAffected();
    // GPUs beyond the new count go; the rest are (re)described, missing ones
    // created.
    auto drop = m_session.exec(u"DELETE FROM gpus AS g USING "_s + kRecord +
                                   u" WHERE g.host_id = r.id AND g.index >= r.gpu_count"_s,
                               {json});
    if (!drop)
        return drop.error();
    auto upsert =
        m_session.exec(u"INSERT INTO gpus (host_id, index, name, memory_total_mb) "
                       "SELECT r.id, i, r.gpu_model, r.gpu_memory_mb FROM "_s +
                           kRecord +
                           u" CROSS JOIN LATERAL generate_series(0, r.gpu_count - 1) AS i "
                           "ON CONFLICT (host_id, index) DO UPDATE SET name = EXCLUDED.name, "
                           "memory_total_mb = EXCLUDED.memory_total_mb"_s,
                       {json});
    if (!upsert)
        return upsert.error();
    return updated;
}

} // namespace remotegpu
