#pragma once

#include "ClientInfo.h"
#include "MachineRepository.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace remotegpu {

class DatabasePool;
class SqlSession;

// The admin machine inventory (issue "The fleet API", item 1): CRUD with GPUs, the filtered
// list, maintenance mode. Every change is audited in the same transaction as the change.
class MachineService
{
public:
    explicit MachineService(DatabasePool &pool)
        : m_pool(pool)
    {}

    Result<Page<MachineListItem>> list(const PageRequest &request);
    Result<MachineDetail> detail(const QString &id);
    Result<MachineDetail> create(const QJsonObject &body, const Principal &actor,
                                 const ClientInfo &client);
    // PUT: every editable field is replaced; GPUs only when the body has `gpus`.
    Result<MachineDetail> update(const QString &id, const QJsonObject &body, const Principal &actor,
                                 const ClientInfo &client);
    Result<void> remove(const QString &id, const Principal &actor, const ClientInfo &client);
    Result<MachineDetail> setMaintenance(const QString &id, const QJsonObject &body,
                                         const Principal &actor, const ClientInfo &client);

private:
    // Parses and validates a create/update body; `id` is the path id for updates.
    static Result<Machine> parseMachine(const QJsonObject &body, const QString &id);
    // A unique violation of the write (23505) as the 409 naming the machine that holds the id,
    // ip address or ssh host:port; the database's own error when that machine is gone again.
    static Error conflictFor(SqlSession &session, const Machine &machine, const QString &excludeId,
                             Error original);
    Result<MachineDetail> detailIn(SqlSession &session, const QString &id);

    DatabasePool &m_pool;
};

} // namespace remotegpu
