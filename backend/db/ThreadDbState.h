#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace remotegpu {

// What one thread holds of the database: the QPSQL connections it opened and their cached
// prepared statements. Kept in QThreadStorage, not thread_local: Qt destroys QThreadStorage
// data inside the finishing thread before QThread::wait() returns, whereas thread_local
// destructors run after it, racing with whatever the waiting thread does next (at shutdown:
// exit() unloading the SQL driver under a statement's destructor).
struct ThreadDbState
{
    QStringList connectionNames;
    QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>>
        statements; // connection → SQL → query
    // PgPipeline's own prepared statements: connection → SQL → statement name.
    QHash<QString, QHash<QString, QByteArray>> pipelineStatements;
    quint64 pipelineStatementCount = 0;

    // After a connection closed: its statements died with its server session.
    void forgetStatements(const QString &connectionName);

    ~ThreadDbState();
    static ThreadDbState &current();
};

} // namespace remotegpu
