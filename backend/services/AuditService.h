#pragma once

#include "AuditEntry.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"

namespace remotegpu {

class DatabasePool;

// Reading the audit trail (seed 001 §5.4): an admin reads every tenant's entries, a customer
// owner only its own tenant's. Entries are written by the services whose actions they record,
// in the same transaction as the action.
class AuditService
{
public:
    explicit AuditService(DatabasePool &pool)
        : m_pool(pool)
    {}

    Result<Page<AuditEntry>> list(const PageRequest &request, const Principal &reader) const;

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
