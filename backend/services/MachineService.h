#pragma once

#include "ClientInfo.h"
#include "MachineRepository.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"

#include <QString>

namespace remotegpu {

class DatabasePool;
class SqlSession;

// The admin machine inventory: CRUD with GPUs, the filtered
// list, maintenance mode. Every change is audited in the same transaction as the change.
class MachineService
{
public:
    // A machine as a create or update request gives it, with which optional parts it gave.
    struct MachineInput
    {
        Machine machine;
        bool totalGpuGiven = false; // absent: the number of GPUs listed (or, on update, kept)
        bool gpusGiven = false;     // on update: replace the GPUs only when given
    };

    explicit MachineService(DatabasePool &pool)
        : m_pool(pool)
    {}

    Result<Page<MachineListItem>> list(const PageRequest &request);
    Result<MachineDetail> detail(const QString &id);
    Result<MachineDetail> create(const MachineInput &input, const Principal &actor,
                                 const ClientInfo &client);
    // PUT: every editable field is replaced; GPUs only when the body has `gpus`.
    Result<MachineDetail> update(const QString &id, const MachineInput &input,
                                 const Principal &actor, const ClientInfo &client);
    Result<void> remove(const QString &id, const Principal &actor, const ClientInfo &client);
    // `reason` at most 1000 characters once trimmed.
    Result<MachineDetail> setMaintenance(const QString &id, bool enabled, const QString &reason,
                                         const Principal &actor, const ClientInfo &client);

private:
    // The machine to write, validated, with its id and GPU count settled; `id` is the path id
    // for updates.
    static Result<Machine> checked(const MachineInput &input, const QString &id);
    // A unique violation of the write (23505) as the 409 naming the machine that holds the id,
    // ip address or ssh host:port; the database's own error when that machine is gone again.
    static Error conflictFor(SqlSession &session, const Machine &machine, const QString &excludeId,
                             Error original);
    Result<MachineDetail> detailIn(SqlSession &session, const QString &id);

    DatabasePool &m_pool;
};

} // namespace remotegpu
