#include "AuditRepository.h"

#include "ListFields.h"

#include "QueryParameters.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<qint64> AuditRepository::insert(const AuditEntry &e)
{
    auto q = m_session.exec(
        u"INSERT INTO audit_logs (customer_id, tenant_id, username, action, resource_type, "
        u"resource_id, result, trace_id, "
        "detail, ip_address, user_agent, request_method, request_path, status_code, error_message) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {sql::nullableId(e.actorId), sql::nullableId(e.tenantId), sql::nullableText(e.username),
         e.action, sql::nullableText(e.resourceType), sql::nullableText(e.resourceId),
         toString(e.result), sql::nullableText(e.traceId),
         e.detail.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                            : QVariant(sql::jsonText(e.detail)),
         sql::nullableText(e.ipAddress), sql::nullableText(e.userAgent),
         sql::nullableText(e.requestMethod), sql::nullableText(e.requestPath),
         sql::nullableInt(e.statusCode), sql::nullableText(e.errorMessage)});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

const QStringList &AuditRepository::sortableFields()
{
    return ListFields::audits().sortable;
}

const QStringList &AuditRepository::filterableFields()
{
    return ListFields::audits().filterable;
}

Result<Page<AuditEntry>> AuditRepository::list(const PageRequest &request, qint64 scopeTenant)
{
    // Only whitelisted column names reach the SQL text; every value is a bound parameter.
    const ListFields &fields = ListFields::audits();
    sql::WhereClause where;
    if (scopeTenant != 0)
        where.add(u"tenant_id = ?"_s, {scopeTenant});
    for (const QString &field : filterableFields()) {
        if (!request.hasFilter(field))
            continue;
        const QStringList values = request.filterStrings(field);
        if (field == u"from"_s || field == u"to"_s) {
            auto t = timeParameter(u"filters."_s + field, values.value(0));
            if (!t)
                return t.error();
            where.add(field == u"from"_s ? u"created_at >= ?"_s : u"created_at < ?"_s, {*t});
            continue;
        }
        const QString column = fields.column(field);
        if (field == u"actorId"_s || field == u"tenantId"_s) {
            if (auto added = where.addInIds(field, column, values); !added)
                return added.error();
        } else {
            where.addIn(column, values);
        }
    }
    const QString whereSql = where.sql();
    auto count = m_session.exec(u"SELECT count(*) FROM audit_logs"_s + whereSql, where.binds());
    if (!count)
        return count.error();
    (*count)->next();
    const qint64 total = (*count)->value(0).toLongLong();

    const QString sortBy = fields.column(request.sortBy);
    const QString sortColumn = sortBy.isEmpty() ? u"created_at"_s : sortBy;
    const bool descending = request.sortBy.isEmpty() || request.order == SortOrder::Desc;
    QVariantList pageBinds = where.binds();
    pageBinds << request.pageSize << request.offset();
    auto q = m_session.exec(
        u"SELECT id, tenant_id, customer_id, username, action, resource_type, resource_id, result, "
        "detail::text, ip_address, user_agent, request_method, request_path, status_code, "
        "error_message, "
        "trace_id, created_at, remotegpu_audit_target_name(resource_type, resource_id) "
        "FROM audit_logs"_s +
            whereSql + u" ORDER BY "_s + sortColumn + (descending ? u" DESC"_s : u" ASC"_s) +
            u", id DESC LIMIT ? OFFSET ?"_s,
        pageBinds);
    if (!q)
        return q.error();
    QList<AuditEntry> list;
    while ((*q)->next()) {
        QSqlQuery &r = **q;
        AuditEntry e;
        e.id = r.value(0).toLongLong();
        if (!r.value(1).isNull())
            e.tenantId = r.value(1).toLongLong();
        if (!r.value(2).isNull())
            e.actorId = r.value(2).toLongLong();
        e.username = r.value(3).toString();
        e.action = r.value(4).toString();
        e.resourceType = r.value(5).toString();
        e.resourceId = r.value(6).toString();
        e.result = fromString<AuditResult>(r.value(7).toString()).value_or(AuditResult::Success);
        e.detail = QJsonDocument::fromJson(r.value(8).toString().toUtf8()).object();
        e.ipAddress = r.value(9).toString();
        e.userAgent = r.value(10).toString();
        e.requestMethod = r.value(11).toString();
        e.requestPath = r.value(12).toString();
        if (!r.value(13).isNull())
            e.statusCode = r.value(13).toInt();
        e.errorMessage = r.value(14).toString();
        e.traceId = r.value(15).toString();
        e.createdAt = r.value(16).toDateTime().toUTC();
        e.targetName = r.value(17).toString();
        list.append(e);
    }
    return Page<AuditEntry>::of(list, total, request);
}

} // namespace remotegpu
