#include "AuthSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QList<GroupMapping>> AuthSettings::parseGroupMap(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error::badRequest(
            u"--ldap-group-map must be a JSON array of {\"group\",\"role\",\"tenant\"} objects: %1"_s
                .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                             : u"not an array"_s));
    QList<GroupMapping> result;
    const QJsonArray items = doc.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        GroupMapping m;
        m.group = o.value(u"group"_s).toString().trimmed();
        const auto role = fromString<Role>(o.value(u"role"_s).toString());
        m.tenant = o.value(u"tenant"_s).toString().trimmed();
        if (m.group.isEmpty() || !role)
            return Error::badRequest(
                u"--ldap-group-map entry %1 needs a \"group\" DN and a \"role\" of admin, customer_owner or customer_member"_s
                    .arg(i + 1));
        m.role = *role;
        if (m.role == Role::CustomerMember && m.tenant.isEmpty())
            return Error::badRequest(
                u"--ldap-group-map entry %1 maps to customer_member and so needs the \"tenant\" (its owner's user name)"_s
                    .arg(i + 1));
        result.append(m);
    }
    return result;
}

} // namespace remotegpu
