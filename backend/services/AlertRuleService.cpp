#include "AlertRuleService.h"

#include "AlertRuleRepository.h"
#include "AuditRepository.h"
#include "Clock.h"
#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// What a person may change on a built-in rule; the offline detector and the health checks look
// their rules up by key and metric, so the rest stays as shipped.
const QStringList BuiltInEditable{u"threshold"_s, u"duration"_s, u"severity"_s, u"enabled"_s};

Error fieldError(const QString &field, const QString &message)
{
    return Error::invalidFields({{field, message}});
}

// Settles the rule's tenant and host from its scope for the writer, or names the field that is
// not the writer's to choose. An admin's tenant and host must exist; a customer owner's rule is
// always its own tenant's, and its host one the tenant holds now.
Result<void> settleScope(AlertRule &rule, const Principal &writer, AlertRuleRepository &rules,
                         const QDateTime &now)
{
    if (writer.isAdmin()) {
        if (rule.scope == AlertRule::Scope::All) {
            rule.tenantId.reset();
            rule.hostId.clear();
        } else if (rule.scope == AlertRule::Scope::Tenant) {
            rule.hostId.clear();
            if (!rule.tenantId)
                return fieldError(u"tenantId"_s, u"Choose the tenant this rule watches"_s);
            auto known = rules.tenantExists(*rule.tenantId);
            if (!known)
                return known.error();
            if (!*known)
                return fieldError(u"tenantId"_s, u"Tenant %1 does not exist"_s.arg(*rule.tenantId));
        } else {
            rule.tenantId.reset();
            if (rule.hostId.isEmpty())
                return fieldError(u"hostId"_s, u"Choose the machine this rule watches"_s);
            auto known = rules.hostExists(rule.hostId);
            if (!known)
                return known.error();
            if (!*known)
                return fieldError(u"hostId"_s, u"Machine %1 does not exist"_s.arg(rule.hostId));
        }
        return {};
    }
    if (rule.scope == AlertRule::Scope::All)
        return fieldError(u"scope"_s,
                          u"Your rules watch your own machines: choose all of them (tenant) "
                          u"or one machine (host)"_s);
    if (rule.tenantId && *rule.tenantId != writer.tenantId)
        return fieldError(u"tenantId"_s, u"You can only write rules for your own tenant"_s);
    rule.tenantId = writer.tenantId;
    if (rule.scope == AlertRule::Scope::Tenant) {
        rule.hostId.clear();
        return {};
    }
    if (rule.hostId.isEmpty())
        return fieldError(u"hostId"_s, u"Choose the machine this rule watches"_s);
    auto held = rules.tenantHoldsHost(writer.tenantId, rule.hostId, now);
    if (!held)
        return held.error();
    if (!*held)
        return fieldError(u"hostId"_s,
                          u"Machine %1 is not one of your machines"_s.arg(rule.hostId));
    return {};
}

// The rule as stored, when the principal may see it (its tenant's, or any for an admin).
Result<AlertRule> visibleRule(AlertRuleRepository &rules, const Principal &principal, qint64 id)
{
    auto found = rules.find(id);
    if (!found)
        return found.error();
    if (!*found || (!principal.isAdmin() && (*found)->tenantId != principal.tenantId))
        return Error::notFound(u"Alert rule %1 not found"_s.arg(id));
    return **found;
}

QJsonObject auditDetail(const AlertRule &rule)
{
    QJsonObject detail = rule.toJson();
    for (const QString &key : {u"createdAt"_s, u"updatedAt"_s, u"tenantName"_s, u"hostName"_s})
        detail.remove(key);
    return detail;
}

} // namespace

Result<QList<AlertRule>> AlertRuleService::list(const Principal &principal) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return AlertRuleRepository(*session).list(principal.scopeTenant());
}

Result<AlertRule> AlertRuleService::create(const Principal &principal, const AlertRule &written,
                                           const ClientInfo &client)
{
    AlertRule rule = written;
    rule.id = 0;
    rule.ruleKey.clear();

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    AlertRuleRepository rules(*session);
    if (auto settled = settleScope(rule, principal, rules, m_clock.now()); !settled)
        return settled.error();
    if (const QList<FieldError> errors = rule.validate(); !errors.isEmpty())
        return Error::invalidFields(errors);
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto stored = rules.insert(rule, principal.id);
    if (!stored)
        return stored.error();
    AuditEntry e =
        client.auditBy(principal, u"alert_rule.create"_s, u"alert_rule"_s,
                       QString::number(stored->id), stored->tenantId, auditDetail(*stored));
    e.statusCode = 201;
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *stored;
}

Result<AlertRule> AlertRuleService::update(const Principal &principal, qint64 id,
                                           const AlertRuleChange &change, const ClientInfo &client)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    AlertRuleRepository rules(*session);
    auto before = visibleRule(rules, principal, id);
    if (!before)
        return before.error();

    if (before->builtIn()) {
        for (const QString &field : change.fieldsChangedFrom(*before)) {
            if (!BuiltInEditable.contains(field))
                return fieldError(field, u"A built-in rule keeps its %1: only threshold, duration, "
                                         u"severity and enabled can change"_s.arg(field));
        }
    }
    if (!change.fieldErrors.isEmpty())
        return Error::invalidFields(change.fieldErrors);
    AlertRule rule = change.appliedTo(*before);
    if (!rule.builtIn()) {
        if (auto settled = settleScope(rule, principal, rules, m_clock.now()); !settled)
            return settled.error();
    }
    if (const QList<FieldError> errors = rule.validate(); !errors.isEmpty())
        return Error::invalidFields(errors);

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto stored = rules.update(rule, principal.id);
    if (!stored)
        return stored.error();
    if (auto r = AuditRepository(*session).insert(client.auditBy(
            principal, u"alert_rule.update"_s, u"alert_rule"_s, QString::number(id),
            stored->tenantId,
            QJsonObject{{u"before"_s, auditDetail(*before)}, {u"after"_s, auditDetail(*stored)}}));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *stored;
}

Result<void> AlertRuleService::remove(const Principal &principal, qint64 id,
                                      const ClientInfo &client)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    AlertRuleRepository rules(*session);
    auto rule = visibleRule(rules, principal, id);
    if (!rule)
        return rule.error();
    if (rule->builtIn())
        return Error::conflict(
            u"'%1' is a built-in rule: it cannot be deleted, disable it instead"_s.arg(rule->name));
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = rules.remove(id, m_clock.now(), principal.id); !r)
        return r.error();
    if (auto r = AuditRepository(*session).insert(
            client.auditBy(principal, u"alert_rule.delete"_s, u"alert_rule"_s, QString::number(id),
                           rule->tenantId, auditDetail(*rule)));
        !r)
        return r.error();
    return tx.commit();
}

} // namespace remotegpu
