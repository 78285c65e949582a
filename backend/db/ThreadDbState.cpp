#include "ThreadDbState.h"

#include <QSqlDatabase>
#include <QThreadStorage>

namespace remotegpu {

namespace {
QThreadStorage<ThreadDbState *> g_state;
}

ThreadDbState::~ThreadDbState()
{
    statements.clear(); // queries first: they need their connection to deallocate
    for (const QString &name : std::as_const(connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void ThreadDbState::forgetStatements(const QString &connectionName)
{
    statements.remove(connectionName);
    pipelineStatements.remove(connectionName);
}

ThreadDbState &ThreadDbState::current()
{
    if (!g_state.hasLocalData())
        g_state.setLocalData(new ThreadDbState);
    return *g_state.localData();
}

} // namespace remotegpu
