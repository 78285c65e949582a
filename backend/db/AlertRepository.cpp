#include "AlertRepository.h"

#include "ListFields.h"
#include "QueryParameters.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString SelectAlert =
    u"SELECT r.id, r.rule_id, r.tenant_id, r.host_id, r.resource_type, r.resource_id, "
    u"r.metric_type, r.current_value, r.threshold, r.severity, r.status, r.message, "
    u"r.triggered_at, r.acknowledged_at, r.acknowledged_by, r.resolved_at, r.resolved_by, "
    u"r.resolution_note, ru.name, h.name, tenant_display_name(t.company, t.display_name, "
    u"t.username), ack.username, res.username "
    u"FROM alert_records r LEFT JOIN alert_rules ru ON ru.id = r.rule_id "
    u"LEFT JOIN hosts h ON h.id = r.host_id LEFT JOIN customers t ON t.id = r.tenant_id "
    u"LEFT JOIN customers ack ON ack.id = r.acknowledged_by "
    u"LEFT JOIN customers res ON res.id = r.resolved_by"_s;

const QString SeverityRank =
    u"CASE r.severity WHEN 'critical' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END"_s;

Alert alertFrom(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.ruleId = sql::optional<qint64>(q.value(1));
    a.tenantId = sql::optional<qint64>(q.value(2));
    a.hostId = q.value(3).toString();
    a.resourceType = q.value(4).toString();
    a.resourceId = q.value(5).toString();
    a.metricType = q.value(6).toString();
    a.currentValue = q.value(7).toDouble();
    a.threshold = q.value(8).toDouble();
    a.severity = fromString<AlertSeverity>(q.value(9).toString()).value_or(AlertSeverity::Warning);
    a.status = fromString<AlertStatus>(q.value(10).toString()).value_or(AlertStatus::Active);
    a.message = q.value(11).toString();
    a.triggeredAt = sql::utcTime(q.value(12));
    a.acknowledgedAt = sql::utcTime(q.value(13));
    a.acknowledgedBy = sql::optional<qint64>(q.value(14));
    a.resolvedAt = sql::utcTime(q.value(15));
    a.resolvedBy = sql::optional<qint64>(q.value(16));
    a.resolutionNote = q.value(17).toString();
    a.ruleName = q.value(18).toString();
    a.hostName = q.value(19).toString();
    a.tenantName = q.value(20).toString();
    a.acknowledgedByName = q.value(21).toString();
    a.resolvedByName = q.value(22).toString();
    return a;
}

Result<QList<Alert>> alertsOf(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QList<Alert> alerts;
    while ((*q)->next())
        alerts.append(alertFrom(**q));
    return alerts;
}

} // namespace

Result<QList<Alert>> AlertRepository::active(qint64 scopeTenant, int limit)
{
    sql::WhereClause where;
    where.add(u"r.status IN ('firing', 'active')"_s);
    if (scopeTenant != 0)
        where.add(u"r.tenant_id = ?"_s, {scopeTenant});
    QVariantList binds = where.binds();
    binds << limit;
    return alertsOf(m_session.exec(SelectAlert + where.sql() +
                                       u" ORDER BY r.triggered_at DESC, "_s + SeverityRank +
                                       u" DESC, r.id DESC LIMIT ?"_s,
                                   binds));
}

Result<Page<Alert>> AlertRepository::list(const PageRequest &request, qint64 scopeTenant)
{
    // Only whitelisted column names reach the SQL text; every value is a bound parameter.
    const ListFields &fields = Alert::listFields();
    sql::WhereClause where;
    if (scopeTenant != 0)
        where.add(u"r.tenant_id = ?"_s, {scopeTenant});
    for (const QString &field : fields.filterable) {
        if (!request.hasFilter(field))
            continue;
        const QStringList values = request.filterStrings(field);
        if (field == u"from"_s || field == u"to"_s) {
            auto t = timeParameter(u"filters."_s + field, values.value(0));
            if (!t)
                return t.error();
            where.add(field == u"from"_s ? u"r.triggered_at >= ?"_s : u"r.triggered_at < ?"_s,
                      {*t});
        } else if (field == u"status"_s) {
            for (const QString &status : values) {
                if (!fromString<AlertStatus>(status))
                    return Error::invalidFields(
                        {{u"filters.status"_s,
                          u"filters.status must be active, acknowledged or resolved"_s}});
            }
            where.addIn(fields.column(field), sql::storedSpellings<AlertStatus>(values));
        } else if (field == u"tenantId"_s || field == u"ruleId"_s) {
            if (auto added = where.addInIds(field, fields.column(field), values); !added)
                return added.error();
        } else {
            where.addIn(fields.column(field), values);
        }
    }
    const QString whereSql = where.sql();
    auto count =
        m_session.exec(u"SELECT count(*) FROM alert_records r"_s + whereSql, where.binds());
    if (!count)
        return count.error();
    (*count)->next();
    const qint64 total = (*count)->value(0).toLongLong();

    QString sortColumn =
        request.sortBy == u"severity"_s ? SeverityRank : fields.column(request.sortBy);
    if (sortColumn.isEmpty())
        sortColumn = u"r.triggered_at"_s;
    const bool descending = request.sortBy.isEmpty() || request.order == SortOrder::Desc;
    QVariantList binds = where.binds();
    binds << request.pageSize << request.offset();
    auto rows = alertsOf(m_session.exec(SelectAlert + whereSql + u" ORDER BY "_s + sortColumn +
                                            (descending ? u" DESC"_s : u" ASC"_s) +
                                            u", r.id DESC LIMIT ? OFFSET ?"_s,
                                        binds));
    if (!rows)
        return rows.error();
    return Page<Alert>::of(*rows, total, request);
}

Result<std::optional<Alert>> AlertRepository::find(qint64 id, qint64 scopeTenant)
{
    sql::WhereClause where;
    where.add(u"r.id = ?"_s, {id});
    if (scopeTenant != 0)
        where.add(u"r.tenant_id = ?"_s, {scopeTenant});
    auto rows = alertsOf(m_session.exec(SelectAlert + where.sql(), where.binds()));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Alert>();
    return std::optional<Alert>(rows->first());
}

Result<bool> AlertRepository::acknowledge(qint64 id, qint64 by, const QDateTime &at)
{
    auto q =
        m_session.exec(u"UPDATE alert_records SET status = 'acknowledged', acknowledged_at = ?, "
                       u"acknowledged_by = ? WHERE id = ? AND status IN ('firing', 'active')"_s,
                       {at, by, id});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

Result<bool> AlertRepository::resolve(qint64 id, qint64 by, const QDateTime &at,
                                      const QString &note)
{
    auto q = m_session.exec(
        u"UPDATE alert_records SET status = 'resolved', resolved_at = ?, resolved_by = ?, "
        u"resolution_note = ? WHERE id = ? AND status IN ('firing', 'active', 'acknowledged')"_s,
        {at, by, sql::nullableText(note), id});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

} // namespace remotegpu
