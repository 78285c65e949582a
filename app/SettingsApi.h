#pragma once

#include "ApiCall.h"
#include "Page.h"
#include "SystemSetting.h"

#include <QJsonObject>
#include <QList>

namespace remotegpu {

// GET/PUT /api/admin/settings as typed calls (docs/api.md, "Settings").
class SettingsApi
{
public:
    using Settings = QList<SystemSetting>;

    explicit SettingsApi(ApiClient *client)
        : m_client(client)
    {}

    // Every setting the signed-in account may read, with typed values.
    void list(QObject *context, Reply<Settings> reply) const;
    // Changes `values` (key → typed value) in one transaction; answers every setting as it now
    // is. A refusal names each bad key in Error::fieldErrors.
    void update(const QJsonObject &values, QObject *context, Reply<Settings> reply) const;

private:
    ApiClient *m_client;
};

} // namespace remotegpu
