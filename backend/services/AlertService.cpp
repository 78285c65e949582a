#include "AlertService.h"

#include "AlertRepository.h"
#include "SqlSession.h"

namespace remotegpu {

Result<QList<Alert>> AlertService::active(const Principal &principal) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return AlertRepository(*session).active(principal.scopeTenant(), MaxActiveAlerts);
}

} // namespace remotegpu
