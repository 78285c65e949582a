#pragma once

#include "Alert.h"
#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

#include <QList>

#include <optional>

namespace remotegpu {

class SqlSession;

// alert_records: the lists, acknowledge and resolve. The records are written by the evaluator
// (sql/0023) and the offline detector; a trigger sends every change as a fleet event.
class AlertRepository
{
public:
    explicit AlertRepository(SqlSession &session)
        : m_session(session)
    {}

    // Alerts not yet acknowledged or resolved, newest first, most severe first among equals;
    // `scopeTenant` 0: every tenant's and the platform's, otherwise that tenant's only.
    Result<QList<Alert>> active(qint64 scopeTenant, int limit);
    // Filters and sorts of Alert::listFields(); newest first by default.
    Result<Page<Alert>> list(const PageRequest &request, qint64 scopeTenant);
    // Nothing when there is no such alert within `scopeTenant` (0: any).
    Result<std::optional<Alert>> find(qint64 id, qint64 scopeTenant);
    // False when the alert was no longer active (someone else got there first).
    Result<bool> acknowledge(qint64 id, qint64 by, const QDateTime &at);
    // False when the alert was already resolved.
    Result<bool> resolve(qint64 id, qint64 by, const QDateTime &at, const QString &note);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
