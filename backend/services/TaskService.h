#pragma once

#include "Principal.h"
#include "Result.h"
#include "Task.h"

#include <QList>

namespace remotegpu {

class DatabasePool;

// The training tasks of the caller's tenant (every tenant's for an admin).
class TaskService
{
public:
    static constexpr int RecentTasks = 10;

    explicit TaskService(DatabasePool &pool)
        : m_pool(pool)
    {}

    // The latest RecentTasks tasks, newest first.
    Result<QList<Task>> recent(const Principal &principal) const;

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
