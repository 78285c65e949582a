#include "AlertService.h"

#include "AlertRepository.h"
#include "AuditRepository.h"
#include "Clock.h"
#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

enum class AlertChange { Acknowledge, Resolve };

Error stateConflict(const Alert &alert, AlertChange change)
{
    if (alert.status == AlertStatus::Resolved)
        return Error::conflict(u"Alert %1 is already resolved"_s.arg(alert.id));
    if (change == AlertChange::Acknowledge)
        return Error::conflict(u"Alert %1 is already acknowledged"_s.arg(alert.id));
    return Error::conflict(u"Alert %1 cannot be changed now"_s.arg(alert.id));
}

// Acknowledge or resolve one alert within the caller's tenant, with its audit row, in one
// transaction; the alert as stored afterwards.
Result<Alert> change(DatabasePool &pool, const Principal &principal, qint64 id, AlertChange kind,
                     const QDateTime &at, const QString &note, const ClientInfo &client)
{
    auto session = SqlSession::open(pool);
    if (!session)
        return session.error();
    AlertRepository alerts(*session);
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto found = alerts.find(id, principal.scopeTenant());
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(u"Alert %1 not found"_s.arg(id));
    auto changed = kind == AlertChange::Acknowledge ? alerts.acknowledge(id, principal.id, at)
                                                    : alerts.resolve(id, principal.id, at, note);
    if (!changed)
        return changed.error();
    if (!*changed)
        return stateConflict(**found, kind);
    QJsonObject detail{{u"hostId"_s, (*found)->hostId},
                       {u"resourceId"_s, (*found)->resourceId},
                       {u"metricType"_s, (*found)->metricType},
                       {u"severity"_s, toString((*found)->severity)},
                       {u"previousStatus"_s, toString((*found)->status)}};
    if (!note.isEmpty())
        detail.insert(u"note"_s, note);
    AuditEntry e = client.auditBy(
        principal, kind == AlertChange::Acknowledge ? u"alert.acknowledge"_s : u"alert.resolve"_s,
        u"alert"_s, QString::number(id), (*found)->tenantId, detail);
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    auto stored = alerts.find(id, 0);
    if (!stored)
        return stored.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return **stored;
}

} // namespace

Result<QList<Alert>> AlertService::active(const Principal &principal) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return AlertRepository(*session).active(principal.scopeTenant(), MaxActiveAlerts);
}

Result<Page<Alert>> AlertService::list(const PageRequest &request, const Principal &principal) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return AlertRepository(*session).list(request, principal.scopeTenant());
}

Result<Alert> AlertService::acknowledge(const Principal &principal, qint64 id,
                                        const ClientInfo &client)
{
    return change(m_pool, principal, id, AlertChange::Acknowledge, m_clock.now(), {}, client);
}

Result<Alert> AlertService::resolve(const Principal &principal, qint64 id, const QString &note,
                                    const ClientInfo &client)
{
    if (note.size() > 2000)
        return Error::badRequest(u"note must be at most 2000 characters"_s,
                                 {{u"note"_s, u"note must be at most 2000 characters"_s}});
    return change(m_pool, principal, id, AlertChange::Resolve, m_clock.now(), note.trimmed(),
                  client);
}

} // namespace remotegpu
