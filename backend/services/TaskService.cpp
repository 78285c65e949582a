#include "TaskService.h"

#include "SqlSession.h"
#include "TaskRepository.h"

namespace remotegpu {

Result<QList<Task>> TaskService::recent(const Principal &principal) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return TaskRepository(*session).recent(principal.scopeTenant(), RecentTasks);
}

} // namespace remotegpu
