#pragma once

#include "Result.h"

#include "Clock.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QTimer>

namespace remotegpu {

class DatabasePool;

// What one sweep changed.
struct SweepReport
{
    int activated = 0; // pending → active (start passed)
    int expired = 0;   // active → expired (end passed)
    int reminders = 0; // expiry notifications inserted
    int keyJobs = 0;   // SSH key install/remove jobs queued
};

// The allocation lifecycle in the background: activates pending allocations whose start has
// come, expires those whose end has passed (freeing the machine, queuing the removal of the
// tenant's SSH keys, auditing allocation.expire with no actor), and reminds tenants of an
// approaching end at each threshold of expiry_reminder_days, once each.
//
// Safe with several server instances (and two sweeps at once): every state change is a
// conditional UPDATE that only one transaction wins (status = 'pending'/'active', and
// last_reminder_days for reminders, see sql/0004), and only the winner writes the side effects.
// The timer fires on the owner's thread; the SQL runs on the DatabasePool's threads so the
// server thread never blocks on the database.
class AllocationSweeper : public QObject
{
    Q_OBJECT
public:
    // Each timed sweep runs at clock.now().
    AllocationSweeper(DatabasePool &pool, const Clock &clock, int intervalMs = 30000,
                      QObject *parent = nullptr);
    ~AllocationSweeper() override;

    void start();
    // Stops the timer and waits for a sweep in flight; call before the pool goes away.
    void stop();

    // One sweep at `now`, on the calling thread (a pool worker, or a test's thread).
    Result<SweepReport> sweepOnce(const QDateTime &now);

    // Parses expiry_reminder_days ("7,3,1"): positive, distinct, largest first; the default
    // 7,3,1 when the text holds none.
    static QList<int> parseReminderDays(const QString &text);

private:
    void tick();

    DatabasePool &m_pool;
    const Clock &m_clock;
    QTimer m_timer;
    // Touched on the owner's thread only: a tick skips while the previous sweep still runs.
    QFuture<void> m_inFlight;
};

} // namespace remotegpu
