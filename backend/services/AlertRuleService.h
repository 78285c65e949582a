#pragma once

#include "AlertRule.h"
#include "AlertRuleChange.h"
#include "ClientInfo.h"
#include "Principal.h"
#include "Result.h"

#include <QList>

namespace remotegpu {

class Clock;
class DatabasePool;

// Alert rules: an admin writes rules of any scope; a customer owner only rules of its own tenant,
// on all its machines or on one machine it holds now; members read their tenant's rules.
// Built-in rules (a rule key) take a new threshold, duration, severity or enabled flag and are
// never deleted. Every change is audited in its transaction.
class AlertRuleService
{
public:
    AlertRuleService(DatabasePool &pool, const Clock &clock)
        : m_pool(pool)
        , m_clock(clock)
    {}

    // Every rule for an admin; the caller's tenant's rules for a customer.
    Result<QList<AlertRule>> list(const Principal &principal) const;
    // `rule` as its writer gives it; its id and rule key are the server's.
    Result<AlertRule> create(const Principal &principal, const AlertRule &rule,
                             const ClientInfo &client);
    Result<AlertRule> update(const Principal &principal, qint64 id, const AlertRuleChange &change,
                             const ClientInfo &client);
    Result<void> remove(const Principal &principal, qint64 id, const ClientInfo &client);

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
};

} // namespace remotegpu
