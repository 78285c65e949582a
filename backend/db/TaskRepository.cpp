#include "TaskRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = u"SELECT t.id, t.tenant_id, t.customer_id, t.host_id, t.name, "
                         u"t.description, t.type, t.image_id, "
                         "t.image, t.command, t.env_vars::text, "
                         "array_to_json(t.dataset_ids)::text, t.output_path, t.status, "
                         "t.priority, t.exit_code, t.error_message, t.started_at, t.completed_at, "
                         "t.created_at, t.updated_at "
                         "FROM tasks t"_s;

Task taskFrom(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toString();
    t.tenantId = q.value(1).toLongLong();
    t.customerId = q.value(2).toLongLong();
    t.hostId = q.value(3).toString();
    t.name = q.value(4).toString();
    t.description = q.value(5).toString();
    t.type = fromString<TaskType>(q.value(6).toString()).value_or(TaskType::Training);
    if (!q.value(7).isNull())
        t.imageId = q.value(7).toLongLong();
    t.image = q.value(8).toString();
    t.command = q.value(9).toString();
    t.envVars = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    const QJsonArray datasets = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
    for (const QJsonValue &d : datasets)
        t.datasetIds.append(d.toInteger());
    t.outputPath = q.value(12).toString();
    t.status = fromString<TaskStatus>(q.value(13).toString()).value_or(TaskStatus::Queued);
    t.priority = q.value(14).toInt();
    if (!q.value(15).isNull())
        t.exitCode = q.value(15).toInt();
    t.errorMessage = q.value(16).toString();
    t.startedAt = sql::utcTime(q.value(17));
    t.completedAt = sql::utcTime(q.value(18));
    t.createdAt = sql::utcTime(q.value(19));
    t.updatedAt = sql::utcTime(q.value(20));
    return t;
}

} // namespace

Result<QList<Task>> TaskRepository::recent(qint64 scopeTenant, int limit)
{
    sql::WhereClause where;
    where.add(u"t.deleted_at IS NULL"_s);
    if (scopeTenant != 0)
        where.add(u"t.tenant_id = ?"_s, {scopeTenant});
    QVariantList binds = where.binds();
    binds << limit;
    auto q = m_session.exec(
        kColumns + where.sql() + u" ORDER BY t.created_at DESC, t.id DESC LIMIT ?"_s, binds);
    if (!q)
        return q.error();
    QList<Task> tasks;
    while ((*q)->next())
        tasks.append(taskFrom(**q));
    return tasks;
}

Result<Page<Task>> TaskRepository::forHost(const QString &hostId, qint64 scopeTenant,
                                           const PageRequest &request)
{
    sql::WhereClause where;
    where.add(u"t.deleted_at IS NULL"_s);
    where.add(u"t.host_id = ?"_s, {hostId});
    if (scopeTenant != 0)
        where.add(u"t.tenant_id = ?"_s, {scopeTenant});
    where.addIn(u"t.status"_s, request.filterStrings(u"status"_s));
    auto count = m_session.exec(u"SELECT count(*) FROM tasks t"_s + where.sql(), where.binds());
    if (!count)
        return count.error();
    (*count)->next();
    const qint64 total = (*count)->value(0).toLongLong();
    QVariantList binds = where.binds();
    binds << request.pageSize << request.offset();
    auto q = m_session.exec(kColumns + where.sql() +
                                u" ORDER BY t.created_at DESC, t.id DESC LIMIT ? OFFSET ?"_s,
                            binds);
    if (!q)
        return q.error();
    QList<Task> tasks;
    while ((*q)->next())
        tasks.append(taskFrom(**q));
    return Page<Task>::of(tasks, total, request);
}

} // namespace remotegpu
