#pragma once

#include "Page.h"
#include "PageRequest.h"
#include "Result.h"
#include "Task.h"

#include <QString>

namespace remotegpu {

class SqlSession;

// Reads of the tasks table for the workbench and the machine views. (Submitting, stopping and
// the task runner belong to the workloads work.)
class TaskRepository
{
public:
    explicit TaskRepository(SqlSession &session)
        : m_session(session)
    {}

    // The newest tasks of a tenant (0: every tenant).
    Result<QList<Task>> recent(qint64 scopeTenant, int limit);
    // A machine's tasks of a tenant, newest first.
    Result<Page<Task>> forHost(const QString &hostId, qint64 scopeTenant,
                               const PageRequest &request);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
