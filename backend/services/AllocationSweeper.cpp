#include "AllocationSweeper.h"

#include "AllocationRepository.h"
#include "AuditRepository.h"
#include "DatabasePool.h"
#include "JsonLog.h"
#include "JsonWriter.h"
#include "NotificationRepository.h"
#include "SettingsRepository.h"
#include "SqlSession.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

using Ended = AllocationRepository::StatusChange;

AuditEntry systemAudit(const QString &action, const Ended &a, const QJsonObject &detail)
{
    AuditEntry e;
    e.action = action;
    e.result = AuditResult::Success;
    e.username = u"system"_s; // no actor: customer_id stays NULL
    e.tenantId = a.tenantId;
    e.resourceType = u"allocation"_s;
    e.resourceId = a.id;
    e.detail = detail;
    return e;
}

} // namespace

AllocationSweeper::AllocationSweeper(DatabasePool &pool, const Clock &clock, int intervalMs,
                                     QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_clock(clock)
{
    m_timer.setInterval(std::max(intervalMs, 100));
    connect(&m_timer, &QTimer::timeout, this, &AllocationSweeper::tick);
}

AllocationSweeper::~AllocationSweeper()
{
    stop();
}

void AllocationSweeper::start()
{
    m_timer.start();
}

void AllocationSweeper::stop()
{
    m_timer.stop();
    m_inFlight.waitForFinished();
}

void AllocationSweeper::tick()
{
    if (m_inFlight.isRunning())
        return;
    m_inFlight = QtConcurrent::run(m_pool.threadPool(), [this] {
        auto report = sweepOnce(m_clock.now());
        if (!report)
            qCWarning(lcDb).noquote() << "allocation sweep failed:" << report.error().message;
    });
}

QList<int> AllocationSweeper::parseReminderDays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (ok && d > 0 && d <= 365 && !days.contains(d))
            days.append(d);
    }
    if (days.isEmpty())
        days = {7, 3, 1};
    std::sort(days.begin(), days.end(), std::greater<int>());
    return days;
}

Result<SweepReport> AllocationSweeper::sweepOnce(const QDateTime &nowIn)
{
    const QDateTime now = nowIn.toUTC();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    SweepReport report;
    AllocationRepository repo(*session);

    // 1. Pending allocations whose start has come (and whose end has not) become active and
    //    get their tenant's keys installed.
    {
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto rows = repo.activateStarted(now);
        if (!rows)
            return rows.error();
        for (const Ended &a : std::as_const(*rows)) {
            auto jobs = repo.enqueueKeyJobs(a.id, a.hostId, a.tenantId, u"install"_s);
            if (!jobs)
                return jobs.error();
            report.keyJobs += *jobs;
            AuditEntry e =
                systemAudit(u"allocation.activate"_s, a, QJsonObject{{u"hostId"_s, a.hostId}});
            if (auto r = AuditRepository(*session).insert(e); !r)
                return r.error();
        }
        if (auto r = tx.commit(); !r)
            return r.error();
        report.activated = int(rows->size());
    }

    // 2. Allocations past their end expire; the machine is free again (the exclusion
    //    constraint ignores expired rows) and the keys installed for an active one are removed.
    //    The conditional UPDATE is the claim: a concurrent sweep waits for this row and then
    //    no longer matches it, so the side effects are written once.
    {
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto active = repo.expireEnded(AllocationStatus::Active, now);
        if (!active)
            return active.error();
        auto pending = repo.expireEnded(AllocationStatus::Pending, now);
        if (!pending)
            return pending.error();
        for (const Ended &a : std::as_const(*active)) {
            auto jobs = repo.enqueueKeyJobs(a.id, a.hostId, a.tenantId, u"remove"_s);
            if (!jobs)
                return jobs.error();
            report.keyJobs += *jobs;
            AuditEntry e = systemAudit(u"allocation.expire"_s, a,
                                       QJsonObject{{u"hostId"_s, a.hostId},
                                                   {u"previousStatus"_s, u"active"_s},
                                                   {u"sshKeyJobs"_s, *jobs}});
            if (auto r = AuditRepository(*session).insert(e); !r)
                return r.error();
        }
        for (const Ended &a : std::as_const(*pending)) {
            AuditEntry e = systemAudit(
                u"allocation.expire"_s, a,
                QJsonObject{{u"hostId"_s, a.hostId}, {u"previousStatus"_s, u"pending"_s}});
            if (auto r = AuditRepository(*session).insert(e); !r)
                return r.error();
        }
        if (auto r = tx.commit(); !r)
            return r.error();
        report.expired = int(active->size() + pending->size());
    }

    // 3. Reminders: for each active allocation inside the largest threshold, the smallest
    //    threshold it has reached is claimed with the conditional UPDATE of sql/0004 and, only by
    //    the winner, notified in the same transaction.
    auto settings = SettingsRepository(*session).all();
    if (!settings)
        return settings.error();
    const QList<int> days = parseReminderDays(settings->value(u"expiry_reminder_days"_s));
    auto candidates = repo.endingBetween(now, now.addDays(days.first()));
    if (!candidates)
        return candidates.error();
    NotificationRepository notifications(*session);
    for (const AllocationRepository::EndingSoon &c : std::as_const(*candidates)) {
        const qint64 remainingSecs = now.secsTo(c.end);
        std::optional<int> due;
        for (int d : days) // largest first: keep the smallest threshold already reached
            if (remainingSecs <= qint64(d) * 86400)
                due = d;
        if (!due || (c.lastReminderDays && *c.lastReminderDays <= *due))
            continue;
        Transaction tx(*session);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto claimed = repo.claimReminder(c.id, *due);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            continue; // another sweep sent it; the transaction rolls back on scope exit
        const QString endText = c.end.toString(Qt::ISODateWithMs);
        NotificationRepository::NewNotification n;
        n.customerId = c.tenantId;
        n.tenantId = c.tenantId;
        n.title = u"Machine %1 is yours for less than %2 day(s)"_s
                      .arg(c.hostName.isEmpty() ? c.hostId : c.hostName)
                      .arg(*due);
        n.content = u"Allocation %1 of machine %2 ends at %3 (UTC). Ask your administrator to "
                    u"extend it if you still need the machine; files on it may be removed after "
                    u"the end."_s.arg(c.id, c.hostId, endText);
        n.type = u"expiry"_s;
        n.level = u"warning"_s;
        n.resourceType = u"allocation"_s;
        n.resourceId = c.id;
        // The end is part of the key: after an extend the same thresholds are due again.
        n.dedupeKey = u"expiry:%1:%2:%3"_s.arg(c.id).arg(c.end.toSecsSinceEpoch()).arg(*due);
        auto inserted = notifications.insertOnce(n);
        if (!inserted)
            return inserted.error();
        report.reminders += *inserted ? 1 : 0;
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    return report;
}

} // namespace remotegpu
