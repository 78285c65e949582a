#pragma once

#include "MachineCsv.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace remotegpu {

class SqlSession;

// The writes of a machine CSV import (hosts + gpus), done set-wise: each step
// is one statement over a JSON array of all rows (jsonb_to_recordset), so
// 10,000 machines are a handful of round trips inside the caller's transaction,
// and a failure anywhere fails the whole statement.
class MachineImportRepository
{
public:
    explicit MachineImportRepository(SqlSession &session)
        : m_session(session)
    {}

    // Serializes imports with each other until the transaction ends, so two files
    // checked at the same time cannot both take the same name (names have no
    // unique constraint).
    Result<void> lockForImport();

    // A machine already stored that shares an id, name, ipAddress or
    // sshHost:sshPort with a row.
    struct Existing
    {
        QString id;
        QString name;
        QString ipAddress;
        QString sshHost;
        int sshPort = 22;
    };
    Result<QList<Existing>> findClashing(const QStringList &ids, const QStringList &names,
                                         const QStringList &ipAddresses,
                                         const QStringList &sshHosts);

    struct TenantAccount
    {
        QString username;
        QString role;
        QString status;
        bool deleted = false;
    };
    // The accounts with these user names (exact match), deleted ones included so
    // the report can say why a row fails.
    Result<QHash<QString, TenantAccount>> findAccounts(const QStringList &usernames);

    // Inserts the rows (their machine.id must be set) and their GPUs; the number
    // of hosts added.
    Result<int> insert(const QList<const MachineCsvRow *> &rows);
    // Overwrites the imported columns of the machines whose id is machine.id, and
    // brings their GPU list to gpuCount cards; the number of hosts updated.
    Result<int> update(const QList<const MachineCsvRow *> &rows);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
