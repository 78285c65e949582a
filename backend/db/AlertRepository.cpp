#include "AlertRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QList<Alert>> AlertRepository::active(qint64 scopeTenant, int limit)
{
    sql::WhereClause where;
    where.add(u"r.status IN ('firing', 'active')"_s);
    if (scopeTenant != 0)
        where.add(u"r.tenant_id = ?"_s, {scopeTenant});
    QVariantList binds = where.binds();
    binds << limit;
    auto q = m_session.exec(u"SELECT r.id, r.rule_id, r.tenant_id, r.resource_type, r.resource_id, "
                            u"r.metric_type, r.current_value, "
                            "r.threshold, r.severity, r.status, r.message, r.triggered_at, "
                            "r.acknowledged_at, r.acknowledged_by, "
                            "r.resolved_at FROM alert_records r"_s +
                                where.sql() +
                                u" ORDER BY r.triggered_at DESC, CASE r.severity WHEN 'critical' "
                                u"THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, "
                                "r.id DESC LIMIT ?"_s,
                            binds);
    if (!q)
        return q.error();
    QList<Alert> alerts;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        Alert a;
        a.id = r.value(0).toLongLong();
        if (!r.value(1).isNull())
            a.ruleId = r.value(1).toLongLong();
        if (!r.value(2).isNull())
            a.tenantId = r.value(2).toLongLong();
        a.resourceType = r.value(3).toString();
        a.resourceId = r.value(4).toString();
        a.metricType = r.value(5).toString();
        a.currentValue = r.value(6).toDouble();
        a.threshold = r.value(7).toDouble();
        a.severity =
            fromString<AlertSeverity>(r.value(8).toString()).value_or(AlertSeverity::Warning);
        a.status = fromString<AlertStatus>(r.value(9).toString()).value_or(AlertStatus::Active);
        a.message = r.value(10).toString();
        a.triggeredAt = sql::utcTime(r.value(11));
        a.acknowledgedAt = sql::utcTime(r.value(12));
        if (!r.value(13).isNull())
            a.acknowledgedBy = r.value(13).toLongLong();
        a.resolvedAt = sql::utcTime(r.value(14));
        alerts.append(a);
    }
    return alerts;
}

} // namespace remotegpu
