#include "AlertRuleRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString SelectRule =
    u"SELECT r.id, r.rule_key, r.tenant_id, r.host_id, r.name, r.description, r.metric_type, "
    u"r.threshold, r.comparison, r.duration, r.severity, r.enabled, r.created_by, r.created_at, "
    u"r.updated_at, tenant_display_name(t.company, t.display_name, t.username), h.name "
    u"FROM alert_rules r LEFT JOIN customers t ON t.id = r.tenant_id "
    u"LEFT JOIN hosts h ON h.id = r.host_id"_s;

AlertRule ruleFrom(const QSqlQuery &q)
{
    AlertRule r;
    r.id = q.value(0).toLongLong();
    r.ruleKey = q.value(1).toString();
    r.tenantId = sql::optional<qint64>(q.value(2));
    r.hostId = q.value(3).toString();
    r.scope = !r.hostId.isEmpty() ? AlertRule::Scope::Host
              : r.tenantId        ? AlertRule::Scope::Tenant
                                  : AlertRule::Scope::All;
    r.name = q.value(4).toString();
    r.description = q.value(5).toString();
    r.metricType = q.value(6).toString();
    r.threshold = q.value(7).toDouble();
    r.comparison =
        fromString<AlertComparison>(q.value(8).toString()).value_or(AlertComparison::Greater);
    r.duration = q.value(9).toInt();
    r.severity = fromString<AlertSeverity>(q.value(10).toString()).value_or(AlertSeverity::Warning);
    r.enabled = q.value(11).toBool();
    r.createdBy = sql::optional<qint64>(q.value(12));
    r.createdAt = sql::utcTime(q.value(13));
    r.updatedAt = sql::utcTime(q.value(14));
    r.tenantName = q.value(15).toString();
    r.hostName = q.value(16).toString();
    return r;
}

Result<bool> exists(SqlSession &session, const QString &sql, const QVariantList &binds)
{
    auto q = session.exec(sql, binds);
    if (!q)
        return q.error();
    return (*q)->next();
}

} // namespace

Result<QList<AlertRule>> AlertRuleRepository::list(qint64 scopeTenant)
{
    sql::WhereClause where;
    if (scopeTenant != 0)
        where.add(u"r.tenant_id = ?"_s, {scopeTenant});
    auto q = m_session.exec(SelectRule + where.sql() +
                                u" ORDER BY r.rule_key IS NULL, lower(r.name), r.id"_s,
                            where.binds());
    if (!q)
        return q.error();
    QList<AlertRule> rules;
    while ((*q)->next())
        rules.append(ruleFrom(**q));
    return rules;
}

Result<std::optional<AlertRule>> AlertRuleRepository::find(qint64 id)
{
    auto q = m_session.exec(SelectRule + u" WHERE r.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<AlertRule>();
    return std::optional<AlertRule>(ruleFrom(**q));
}

Result<AlertRule> AlertRuleRepository::insert(const AlertRule &r, qint64 author)
{
    auto q = m_session.exec(
        u"INSERT INTO alert_rules (customer_id, tenant_id, host_id, name, description, "
        u"metric_type, threshold, comparison, duration, severity, enabled, created_by, updated_by) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {sql::nullableId(r.tenantId), sql::nullableId(r.tenantId), sql::nullableText(r.hostId),
         r.name.trimmed(), sql::nullableText(r.description), r.metricType, r.threshold,
         toString(r.comparison), r.duration, toString(r.severity), r.enabled, author, author});
    if (!q)
        return q.error();
    (*q)->next();
    auto stored = find((*q)->value(0).toLongLong());
    if (!stored)
        return stored.error();
    return **stored;
}

Result<AlertRule> AlertRuleRepository::update(const AlertRule &r, qint64 author)
{
    auto q = m_session.exec(
        u"UPDATE alert_rules SET customer_id = ?, tenant_id = ?, host_id = ?, name = ?, "
        u"description = ?, metric_type = ?, threshold = ?, comparison = ?, duration = ?, "
        u"severity = ?, enabled = ?, updated_by = ? WHERE id = ?"_s,
        {sql::nullableId(r.tenantId), sql::nullableId(r.tenantId), sql::nullableText(r.hostId),
         r.name.trimmed(), sql::nullableText(r.description), r.metricType, r.threshold,
         toString(r.comparison), r.duration, toString(r.severity), r.enabled, author, r.id});
    if (!q)
        return q.error();
    auto stored = find(r.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(u"Alert rule %1 not found"_s.arg(r.id));
    return **stored;
}

Result<void> AlertRuleRepository::remove(qint64 id, const QDateTime &at, qint64 author)
{
    auto resolved = m_session.exec(
        u"UPDATE alert_records SET status = 'resolved', resolved_at = ?, resolved_by = ?, "
        u"message = left(COALESCE(message || ' — ', '') || 'resolved: its rule was deleted', 4000) "
        u"WHERE rule_id = ? AND status IN ('firing', 'active', 'acknowledged')"_s,
        {at, author, id});
    if (!resolved)
        return resolved.error();
    auto q = m_session.exec(u"DELETE FROM alert_rules WHERE id = ? AND rule_key IS NULL"_s, {id});
    if (!q)
        return q.error();
    return {};
}

Result<bool> AlertRuleRepository::tenantHoldsHost(qint64 tenant, const QString &hostId,
                                                  const QDateTime &at)
{
    return exists(
        m_session,
        u"SELECT 1 FROM held_allocations(?) ha WHERE ha.host_id = ? AND ha.tenant_id = ?"_s,
        {at, hostId, tenant});
}

Result<bool> AlertRuleRepository::hostExists(const QString &hostId)
{
    return exists(m_session, u"SELECT 1 FROM hosts WHERE id = ?"_s, {hostId});
}

Result<bool> AlertRuleRepository::tenantExists(qint64 tenant)
{
    return exists(m_session,
                  u"SELECT 1 FROM customers WHERE id = ? AND role = 'customer_owner' "
                  u"AND deleted_at IS NULL"_s,
                  {tenant});
}

} // namespace remotegpu
