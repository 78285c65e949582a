#include "SettingsApi.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

Reply<Page<SystemSetting>> unwrap(Reply<SettingsApi::Settings> reply)
{
    return [reply = std::move(reply)](Result<Page<SystemSetting>> answer) {
        if (!answer.ok())
            reply(std::move(answer).error());
        else
            reply(std::move(answer).value().list);
    };
}

} // namespace

void SettingsApi::list(QObject *context, Reply<Settings> reply) const
{
    api::get<Page<SystemSetting>>(*m_client, u"/api/admin/settings"_s, {}, context,
                                  unwrap(std::move(reply)));
}

void SettingsApi::update(const QJsonObject &values, QObject *context, Reply<Settings> reply) const
{
    api::put<Page<SystemSetting>>(*m_client, u"/api/admin/settings"_s, values, context,
                                  unwrap(std::move(reply)));
}

} // namespace remotegpu
