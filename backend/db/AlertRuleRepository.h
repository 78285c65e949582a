#pragma once

#include "AlertRule.h"
#include "Result.h"

#include <QList>

#include <optional>

namespace remotegpu {

class SqlSession;

// alert_rules. A rule's tenant (tenant_id, with customer_id the same tenant row for the tenant
// trigger) limits it to the machines that tenant holds; host_id to one host; neither: every host.
class AlertRuleRepository
{
public:
    explicit AlertRuleRepository(SqlSession &session)
        : m_session(session)
    {}

    // `scopeTenant` 0: every rule; otherwise that tenant's rules only.
    Result<QList<AlertRule>> list(qint64 scopeTenant);
    Result<std::optional<AlertRule>> find(qint64 id);
    // Returns the stored rule with its id.
    Result<AlertRule> insert(const AlertRule &rule, qint64 author);
    // Writes what a person may change: every field of a rule of theirs, only threshold, duration,
    // severity and enabled of a built-in one (the caller keeps the rest as stored).
    Result<AlertRule> update(const AlertRule &rule, qint64 author);
    // Resolves the rule's open alerts (their history stays, with no rule) and deletes it.
    Result<void> remove(qint64 id, const QDateTime &at, qint64 author);

    // Whether the host is held by the tenant at `at` (a customer's host rule must name one).
    Result<bool> tenantHoldsHost(qint64 tenant, const QString &hostId, const QDateTime &at);
    Result<bool> hostExists(const QString &hostId);
    Result<bool> tenantExists(qint64 tenant);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
