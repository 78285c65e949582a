#pragma once

#include <QString>
#include <QVariantList>

namespace remotegpu {

// One statement of a pipelined batch (SqlSession::execPipelined): SQL with `?` placeholders and
// their values, in order.
struct SqlStatement
{
    QString sql;
    QVariantList binds;
};

// How PostgreSQL plans the statements of a batch. Generic: the plan cached at the first
// executions is reused whatever the values (plan_cache_mode = force_generic_plan for that batch
// only). For statements whose best plan does not depend on the values — a page query over
// indexed filters — this skips planning on every call; with the default choice PostgreSQL keeps
// re-planning a statement whose generic plan it estimates dearer, as it does the machine list
// page because LIMIT/OFFSET are parameters (docs/benchmarks.md).
enum class PlanChoice { Default, Generic };

} // namespace remotegpu
