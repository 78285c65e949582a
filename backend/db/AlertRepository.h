#pragma once

#include "Alert.h"
#include "Result.h"

#include <QList>

namespace remotegpu {

class SqlSession;

// Reads of alert_records for the dashboard. (Rules, evaluation, acknowledge and resolve belong to
// the monitoring work.)
class AlertRepository
{
public:
    explicit AlertRepository(SqlSession &session)
        : m_session(session)
    {}

    // Alerts not yet acknowledged or resolved, newest first, most severe first among equals;
    // `scopeTenant` 0: every tenant's and the platform's, otherwise that tenant's only.
    Result<QList<Alert>> active(qint64 scopeTenant, int limit);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
