#pragma once

#include "ClientInfo.h"
#include "Principal.h"
#include "Result.h"
#include "SystemSetting.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace remotegpu {

class DatabasePool;

// The platform settings: admins read and change every one, customer owners read the public ones.
class SettingsService
{
public:
    explicit SettingsService(DatabasePool &pool)
        : m_pool(pool)
    {}

    // One requested change: the setting's key and its new value as sent.
    struct Change
    {
        QString key;
        QJsonValue value;
    };

    // Admins: every setting; customer owners: the is_public ones.
    Result<QList<SystemSetting>> settings(const Principal &principal);
    // Every key must exist and every value match its type, or nothing is written. Answers the
    // settings as they now are.
    Result<QList<SystemSetting>> updateSettings(const Principal &principal,
                                                const QList<Change> &changes,
                                                const ClientInfo &client);

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
