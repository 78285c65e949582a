#include "AuditService.h"

#include "AuditRepository.h"
#include "SqlSession.h"

namespace remotegpu {

Result<Page<AuditEntry>> AuditService::list(const PageRequest &request,
                                            const Principal &reader) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return AuditRepository(*session).list(request, reader.scopeTenant());
}

} // namespace remotegpu
