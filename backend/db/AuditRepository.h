#pragma once

#include "AuditEntry.h"
#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

namespace remotegpu {

class SqlSession;

// audit_logs. Insert-only: nothing here (or anywhere) updates or deletes a row, and the table's
// triggers refuse it even to a hand-written statement.
class AuditRepository
{
public:
    explicit AuditRepository(SqlSession &session)
        : m_session(session)
    {}

    Result<qint64> insert(const AuditEntry &entry);

    static const QStringList &sortableFields();
    static const QStringList &filterableFields();
    // `scopeTenant` 0: every row (admins); otherwise only that tenant's rows.
    Result<Page<AuditEntry>> list(const PageRequest &request, qint64 scopeTenant);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
