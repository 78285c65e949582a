#pragma once

#include "GpuProcess.h"
#include "GpuProcessSnapshot.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace remotegpu {

class SqlSession;

// The GPU processes a host's agent reported last (table host_processes, its time in
// host_process_snapshots): one snapshot per host, replaced whole by each newer report, so a
// process that ended disappears with the next one.
class HostProcessRepository
{
public:
    enum class Write {
        Replaced,       // the report is now the host's snapshot
        OlderThanStored // the host already has a later report, which stays
    };

    explicit HostProcessRepository(SqlSession &session)
        : m_session(session)
    {}

    // Makes `processes` (possibly none) the host's snapshot, taken at `reportedAt`, every row
    // stamped with it (a process's own reportedAt is not read), unless the host already has a
    // later report: a report that arrives late never replaces a newer one (OlderThanStored;
    // one taken at the same instant replaces it, so a retried report is harmless). All or
    // nothing, in the caller's transaction when one is open (the agent's heartbeat writes its
    // metrics in the same one), else in its own. Concurrent reports of one host take turns on
    // the host's row, so two snapshots never mix.
    // 404 when the host does not exist; 400 naming `processes[i].field` when a process is invalid
    // or the same pid is listed twice on one GPU; the previous snapshot then stays.
    Result<Write> replaceForHost(const QString &hostId, const QList<GpuProcess> &processes,
                                 const QDateTime &reportedAt);

    // The host's snapshot if it was reported at or after `since` (the start of the reader's
    // allocation, so a tenant never sees its predecessor's processes), else one with no time and
    // no processes. Processes ordered by GPU index, then by memory, largest first (unknown
    // last), then pid.
    Result<GpuProcessSnapshot> snapshotForHost(const QString &hostId, const QDateTime &since);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
