#include "AuthSettings.h"

#include "ServerConfig.h"

#include <QFile>
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

Result<AuthSettings> AuthSettings::fromConfig(const ServerConfig &config)
{
    AuthSettings s;
    if (config.isSet(u"auth-order"_s)) {
        s.order.clear();
        const QStringList parts = config.value(u"auth-order"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            const QString source = p.trimmed().toLower();
            if (source != u"local"_s && source != u"ldap"_s)
                return Error::badRequest(
                    u"--auth-order takes local and ldap, comma separated; \"%1\" is neither"_s.arg(
                        source));
            if (!s.order.contains(source))
                s.order.append(source);
        }
        if (s.order.isEmpty())
            return Error::badRequest(u"--auth-order is empty: give local, ldap or both"_s);
    }
    if (config.isSet(u"ldap-url"_s)) {
        LdapSettings l;
        l.url = config.value(u"ldap-url"_s);
        l.startTls = config.isOn(u"ldap-starttls"_s);
        l.caCertFile = config.value(u"ldap-ca-file"_s);
        l.bindDn = config.value(u"ldap-bind-dn"_s);
        l.bindPassword = config.value(u"ldap-bind-password"_s);
        l.baseDn = config.value(u"ldap-base-dn"_s);
        if (config.isSet(u"ldap-user-filter"_s))
            l.userFilter = config.value(u"ldap-user-filter"_s);
        l.groupBaseDn = config.value(u"ldap-group-base-dn"_s);
        if (auto valid = l.validate(); !valid)
            return Error::badRequest(valid.error().message);
        s.ldap = l;
    }
    if (s.order.contains(u"ldap"_s) && !s.ldap)
        return Error::badRequest(u"--auth-order names ldap but no --ldap-url is set"_s);
    if (config.isSet(u"ldap-provisioning"_s)) {
        const QString mode = config.value(u"ldap-provisioning"_s).trimmed().toLower();
        if (mode != u"refuse"_s && mode != u"provision"_s)
            return Error::badRequest(
                u"--ldap-provisioning is refuse or provision; got \"%1\""_s.arg(mode));
        s.provisionDirectoryUsers = mode == u"provision"_s;
    }
    if (config.isSet(u"ldap-group-map"_s)) {
        QString text = config.value(u"ldap-group-map"_s);
        QByteArray json = text.toUtf8();
        if (text.startsWith(u'@')) {
            QFile f(text.mid(1));
            if (!f.open(QIODevice::ReadOnly))
                return Error::badRequest(
                    u"--ldap-group-map: cannot read %1: %2"_s.arg(text.mid(1), f.errorString()));
            json = f.readAll();
        }
        auto map = parseGroupMap(json);
        if (!map)
            return map.error();
        s.groupMap = *map;
    }
    s.directoryPasswordResetUrl = config.value(u"password-reset-url"_s);
    if (config.isSet(u"smtp-url"_s)) {
        SmtpSettings m;
        m.url = config.value(u"smtp-url"_s);
        const QString tls = config.value(u"smtp-tls"_s, u"starttls-required"_s).trimmed().toLower();
        if (tls == u"none"_s)
            m.tls = SmtpSettings::Tls::None;
        else if (tls == u"starttls"_s)
            m.tls = SmtpSettings::Tls::StartTlsIfAvailable;
        else if (tls == u"starttls-required"_s)
            m.tls = SmtpSettings::Tls::StartTlsRequired;
        else
            return Error::badRequest(
                u"--smtp-tls is none, starttls or starttls-required; got \"%1\""_s.arg(tls));
        m.username = config.value(u"smtp-user"_s);
        m.password = config.value(u"smtp-password"_s);
        m.from = config.value(u"smtp-from"_s);
        if (m.from.isEmpty())
            return Error::badRequest(
                u"--smtp-url needs --smtp-from, the sender address of password-reset mail"_s);
        s.smtp = m;
    }
    return s;
}

} // namespace remotegpu
