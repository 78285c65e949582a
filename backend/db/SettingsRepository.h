#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

namespace remotegpu {

class SqlSession;

// Typed reads of system_configs. A missing or unreadable value falls back to the caller's
// default, so a database without a setting still behaves as documented.
class SettingsRepository
{
public:
    explicit SettingsRepository(SqlSession &session)
        : m_session(session)
    {}

    Result<QHash<QString, QString>> all();
    Result<int> intValue(const QString &key, int fallback);
    Result<bool> boolValue(const QString &key, bool fallback);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
