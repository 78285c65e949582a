#include "ServerConfig.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSettings>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

struct FlagSpec
{
    QString name;
    QString valueName; // empty: a switch
    QString description;
};

const QList<FlagSpec> &flagSpecs()
{
    static const QList<FlagSpec> specs = {
        {u"config"_s, u"FILE"_s, u"INI file of `flag-name = value` lines"_s},
        {u"listen"_s, u"HOST:PORT"_s,
         u"Address to serve HTTP on (default 127.0.0.1:8080; port 0 picks a free one)"_s},
        {u"database-url"_s, u"URL"_s,
         u"libpq connection URI of the PostgreSQL database (required)"_s},
        {u"log-level"_s, u"LEVEL"_s, u"debug, info, warning or error (default info)"_s},
        {u"workers"_s, u"N"_s,
         u"Worker threads, each with its own database connection (default 8)"_s},
        {u"max-body-bytes"_s, u"BYTES"_s,
         u"Largest request body accepted, refused with 413 before it is read (default 1048576)"_s},
        {u"max-import-body-bytes"_s, u"BYTES"_s,
         u"Largest CSV machine import body (default 16777216)"_s},
        {u"max-header-bytes"_s, u"BYTES"_s,
         u"Largest request line plus headers; larger ones get 431 (default 16384)"_s},
        {u"header-timeout"_s, u"SECONDS"_s,
         u"A request's head (and a new connection's first byte) must arrive within this (default 10)"_s},
        {u"idle-timeout"_s, u"SECONDS"_s,
         u"Keep-alive connections with nothing to do are closed after this (default 30)"_s},
        {u"body-timeout"_s, u"SECONDS"_s,
         u"Longest pause while reading a body or writing an answer (default 30)"_s},
        {u"max-connections"_s, u"N"_s,
         u"Open client connections in all; at the limit the longest idle one makes room (default 4096)"_s},
        {u"max-connections-per-client"_s, u"N"_s,
         u"Open connections from one client address (default 256)"_s},
        {u"max-pipelined"_s, u"N"_s,
         u"Requests read ahead of their answers on one connection (default 16)"_s},
        {u"max-unsent-bytes"_s, u"BYTES"_s,
         u"Answers a client has not read before the server stops reading from it (default 4194304)"_s},
        {u"bootstrap-admin"_s, u"USER"_s,
         u"Create this admin at first start if no admin exists; password from REMOTEGPU_BOOTSTRAP_PASSWORD"_s},
        {u"demo"_s, QString(),
         u"Load demo tenants, machines and allocations into a database without machines; demo accounts get the password in REMOTEGPU_DEMO_PASSWORD (random if unset)"_s},
        {u"agent-enrollment-token"_s, u"TOKEN"_s,
         u"Site enrollment token agents present to POST /api/agent/enroll to receive their host's own token (its SHA-256 is stored; an admin can rotate it)"_s},
        {u"agent-enroll-token"_s, u"TOKEN"_s, u"Older name of --agent-enrollment-token"_s},
        {u"metrics-token"_s, u"TOKEN"_s,
         u"Bearer token Prometheus sends to scrape /metrics/fleet (else the metrics_token setting)"_s},
        {u"trusted-proxies"_s, u"LIST"_s,
         u"Addresses or subnets of reverse proxies whose X-Forwarded-For is believed (comma separated)"_s},
        {u"ws-allowed-origins"_s, u"LIST"_s,
         u"Browser origins (scheme://host[:port], comma separated) that may open WebSocket feeds; clients sending no Origin are always let in"_s},
        {u"tls-cert"_s, u"FILE"_s,
         u"PEM certificate (chain) to serve HTTPS and WSS with; needs --tls-key"_s},
        {u"tls-key"_s, u"FILE"_s, u"PEM private key of --tls-cert"_s},
        {u"auth-order"_s, u"LIST"_s,
         u"Sign-in sources tried in order: local, ldap (default local)"_s},
        {u"ldap-url"_s, u"URL"_s, u"Company directory, ldap://host:389 or ldaps://host:636"_s},
        {u"ldap-starttls"_s, QString(), u"Use StartTLS on an ldap:// URL"_s},
        {u"ldap-ca-file"_s, u"FILE"_s,
         u"CA certificates that sign the directory's TLS certificate"_s},
        {u"ldap-bind-dn"_s, u"DN"_s, u"Service account that searches the directory"_s},
        {u"ldap-bind-password"_s, u"PASSWORD"_s,
         u"Its password (prefer the environment variable)"_s},
        {u"ldap-base-dn"_s, u"DN"_s, u"Where users are searched"_s},
        {u"ldap-user-filter"_s, u"FILTER"_s,
         u"Search filter, {username} is replaced by the escaped name (default (&(objectClass=inetOrgPerson)(uid={username})))"_s},
        {u"ldap-group-base-dn"_s, u"DN"_s,
         u"Where groups are searched (groupOfNames with member=<user DN>); empty: the user's memberOf"_s},
        {u"ldap-provisioning"_s, u"MODE"_s,
         u"A directory user without a RemoteGPU account: refuse (default) or provision"_s},
        {u"ldap-group-map"_s, u"JSON|@FILE"_s,
         u"Directory groups to role and tenant: [{\"group\":\"cn=…\",\"role\":\"customer_owner\",\"tenant\":\"acme\"}]"_s},
        {u"password-reset-url"_s, u"URL"_s,
         u"Where directory users reset their password (answered by password-reset/request)"_s},
        {u"smtp-url"_s, u"URL"_s,
         u"Mail server for password-reset codes, smtp://host:587 or smtps://host:465"_s},
        {u"smtp-tls"_s, u"MODE"_s, u"none, starttls (if offered) or starttls-required (default)"_s},
        {u"smtp-user"_s, u"USER"_s, u"SMTP user name"_s},
        {u"smtp-password"_s, u"PASSWORD"_s, u"SMTP password (prefer the environment variable)"_s},
        {u"smtp-from"_s, u"ADDRESS"_s, u"Sender of password-reset mail"_s},
    };
    return specs;
}

QString envName(const QString &flag)
{
    return u"REMOTEGPU_"_s + flag.toUpper().replace(u'-', u'_');
}

bool parseBool(const QString &v, bool *ok)
{
    const QString s = v.trimmed().toLower();
    *ok = true;
    if (s == u"1"_s || s == u"true"_s || s == u"yes"_s || s == u"on"_s)
        return true;
    if (s == u"0"_s || s == u"false"_s || s == u"no"_s || s == u"off"_s || s.isEmpty())
        return false;
    *ok = false;
    return false;
}

} // namespace

Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &value)
{
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon < 0)
        return Error::badRequest(u"--listen must be HOST:PORT, got \"%1\""_s.arg(value));
    QString host = value.left(colon);
    const QString portText = value.mid(colon + 1);
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535)
        return Error::badRequest(u"--listen port must be 0–65535, got \"%1\""_s.arg(portText));
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.isEmpty() || host == u"*"_s)
        address = QHostAddress::Any;
    else if (host == u"localhost"_s)
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return Error::badRequest(u"--listen host must be an IP address, got \"%1\""_s.arg(host));
    return std::pair{address, static_cast<quint16>(port)};
}

bool ServerConfig::isOn(const QString &flag) const
{
    bool ok = false;
    return parseBool(values.value(flag), &ok) && ok;
}

QString ServerConfig::helpText()
{
    QString text =
        u"Usage: remotegpu-server [options]\n\nRemoteGPU REST + WebSocket API over PostgreSQL.\n\nOptions:\n"_s;
    for (const FlagSpec &f : flagSpecs()) {
        QString left = u"  --"_s + f.name;
        if (!f.valueName.isEmpty())
            left += u' ' + f.valueName;
        text += left.leftJustified(36) + f.description + u"\n"_s + QString(38, u' ') + u"env: "_s +
                envName(f.name) + u"\n"_s;
    }
    text +=
        u"  -h, --help                        This help\n  -v, --version                     Version\n"_s;
    return text;
}

Result<ServerConfig> ServerConfig::load(const QStringList &arguments,
                                        const QStringList &environment)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const FlagSpec &f : flagSpecs()) {
        QCommandLineOption option(f.name, f.description);
        if (!f.valueName.isEmpty())
            option.setValueName(f.valueName);
        parser.addOption(option);
    }
    parser.addOption(QCommandLineOption(QStringList{u"h"_s, u"help"_s}));
    parser.addOption(QCommandLineOption(QStringList{u"v"_s, u"version"_s}));
    if (!parser.parse(arguments))
        return Error::badRequest(parser.errorText() + u" (see --help)"_s);
    if (!parser.positionalArguments().isEmpty())
        return Error::badRequest(
            u"Unexpected argument \"%1\" (see --help)"_s.arg(parser.positionalArguments().first()));

    ServerConfig config;
    config.wantsHelp = parser.isSet(u"help"_s);
    config.wantsVersion = parser.isSet(u"version"_s);

    QHash<QString, QString> env;
    for (const QString &entry : environment) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq > 0)
            env.insert(entry.left(eq), entry.mid(eq + 1));
    }

    // Values in precedence order: flag, environment, config file.
    QHash<QString, QString> values;
    QString configFile = parser.value(u"config"_s);
    if (configFile.isEmpty())
        configFile = env.value(envName(u"config"_s));
    if (!configFile.isEmpty()) {
        if (!QFileInfo(configFile).isReadable())
            return Error::badRequest(
                u"Config file \"%1\" does not exist or cannot be read"_s.arg(configFile));
        QSettings file(configFile, QSettings::IniFormat);
        if (file.status() != QSettings::NoError)
            return Error::badRequest(
                u"Config file \"%1\" is not a valid INI file"_s.arg(configFile));
        const QStringList keys = file.allKeys();
        for (const QString &key : keys) {
            const bool known = std::any_of(flagSpecs().begin(), flagSpecs().end(),
                                           [&](const FlagSpec &f) { return f.name == key; });
            if (!known || key == u"config"_s)
                return Error::badRequest(
                    u"Config file \"%1\": unknown setting \"%2\""_s.arg(configFile, key));
            values.insert(key, file.value(key).toString());
        }
        config.configFile = configFile;
    }
    for (const FlagSpec &f : flagSpecs()) {
        if (env.contains(envName(f.name)))
            values.insert(f.name, env.value(envName(f.name)));
        if (parser.isSet(f.name))
            values.insert(f.name, f.valueName.isEmpty() ? u"true"_s : parser.value(f.name));
    }

    if (values.contains(u"listen"_s)) {
        auto listen = parseListenAddress(values.value(u"listen"_s));
        if (!listen)
            return listen.error();
        config.listenAddress = listen->first;
        config.listenPort = listen->second;
    }
    config.databaseUrl = values.value(u"database-url"_s);
    if (values.contains(u"log-level"_s)) {
        config.logLevel = values.value(u"log-level"_s).toLower();
        static const QStringList levels = {u"debug"_s, u"info"_s, u"warning"_s, u"error"_s};
        if (!levels.contains(config.logLevel))
            return Error::badRequest(
                u"--log-level must be one of debug, info, warning, error; got \"%1\""_s.arg(
                    config.logLevel));
    }
    if (values.contains(u"workers"_s)) {
        bool ok = false;
        config.workers = values.value(u"workers"_s).toInt(&ok);
        if (!ok || config.workers < 1 || config.workers > 256)
            return Error::badRequest(
                u"--workers must be a whole number from 1 to 256; got \"%1\""_s.arg(
                    values.value(u"workers"_s)));
    }
    // A whole number in [min, max], or the Error naming the flag.
    const auto number = [&values](const QString &flag, qint64 min, qint64 max,
                                  auto *target) -> Result<void> {
        if (!values.contains(flag))
            return {};
        bool ok = false;
        const qint64 v = values.value(flag).trimmed().toLongLong(&ok);
        if (!ok || v < min || v > max)
            return Error::badRequest(
                u"--%1 must be a whole number from %2 to %3; got \"%4\""_s.arg(flag)
                    .arg(min)
                    .arg(max)
                    .arg(values.value(flag)));
        *target = decltype(+*target)(v);
        return {};
    };
    constexpr qint64 kGiB = 1024LL * 1024 * 1024;
    int headerSeconds = config.http.headerTimeoutMs / 1000;
    int idleSeconds = config.http.idleTimeoutMs / 1000;
    int bodySeconds = config.http.bodyTimeoutMs / 1000;
    for (const Result<void> &r :
         {number(u"max-body-bytes"_s, 1024, kGiB, &config.maxBodyBytes),
          number(u"max-import-body-bytes"_s, 1024, kGiB, &config.http.maxImportBodyBytes),
          number(u"max-header-bytes"_s, 1024, qint64(1024) * 1024, &config.http.maxHeaderBytes),
          number(u"header-timeout"_s, 1, 3600, &headerSeconds),
          number(u"idle-timeout"_s, 1, 3600, &idleSeconds),
          number(u"body-timeout"_s, 1, 3600, &bodySeconds),
          number(u"max-connections"_s, 1, 1000000, &config.http.maxConnections),
          number(u"max-connections-per-client"_s, 1, 1000000, &config.http.maxConnectionsPerClient),
          number(u"max-pipelined"_s, 1, 1024, &config.http.maxPipelined),
          number(u"max-unsent-bytes"_s, qint64(64) * 1024, kGiB, &config.http.maxUnsentBytes)}) {
        if (!r)
            return r.error();
    }
    config.http.headerTimeoutMs = headerSeconds * 1000;
    config.http.idleTimeoutMs = idleSeconds * 1000;
    config.http.bodyTimeoutMs = bodySeconds * 1000;
    config.bootstrapAdmin = values.value(u"bootstrap-admin"_s);
    if (values.contains(u"demo"_s)) {
        bool ok = false;
        config.demo = parseBool(values.value(u"demo"_s), &ok);
        if (!ok)
            return Error::badRequest(
                u"--demo must be true or false; got \"%1\""_s.arg(values.value(u"demo"_s)));
    }
    config.agentEnrollToken =
        values.value(u"agent-enrollment-token"_s, values.value(u"agent-enroll-token"_s));
    config.values = values;
    if (config.values.contains(u"tls-cert"_s) != config.values.contains(u"tls-key"_s))
        return Error::badRequest(
            u"--tls-cert and --tls-key go together: give both, or neither to serve plain HTTP"_s);

    if (!config.wantsHelp && !config.wantsVersion && config.databaseUrl.isEmpty())
        return Error::badRequest(
            u"No database given: pass --database-url postgresql://USER:PASSWORD@HOST:PORT/DB or set REMOTEGPU_DATABASE_URL"_s);
    return config;
}

Result<AuthSettings> ServerConfig::authSettings() const
{
    AuthSettings s;
    if (isSet(u"auth-order"_s)) {
        s.order.clear();
        const QStringList parts = value(u"auth-order"_s).split(u',', Qt::SkipEmptyParts);
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
    if (isSet(u"ldap-url"_s)) {
        LdapSettings l;
        l.url = value(u"ldap-url"_s);
        l.startTls = isOn(u"ldap-starttls"_s);
        l.caCertFile = value(u"ldap-ca-file"_s);
        l.bindDn = value(u"ldap-bind-dn"_s);
        l.bindPassword = value(u"ldap-bind-password"_s);
        l.baseDn = value(u"ldap-base-dn"_s);
        if (isSet(u"ldap-user-filter"_s))
            l.userFilter = value(u"ldap-user-filter"_s);
        l.groupBaseDn = value(u"ldap-group-base-dn"_s);
        if (auto valid = l.validate(); !valid)
            return Error::badRequest(valid.error().message);
        s.ldap = l;
    }
    if (s.order.contains(u"ldap"_s) && !s.ldap)
        return Error::badRequest(u"--auth-order names ldap but no --ldap-url is set"_s);
    if (isSet(u"ldap-provisioning"_s)) {
        const QString mode = value(u"ldap-provisioning"_s).trimmed().toLower();
        if (mode != u"refuse"_s && mode != u"provision"_s)
            return Error::badRequest(
                u"--ldap-provisioning is refuse or provision; got \"%1\""_s.arg(mode));
        s.provisionDirectoryUsers = mode == u"provision"_s;
    }
    if (isSet(u"ldap-group-map"_s)) {
        QString text = value(u"ldap-group-map"_s);
        QByteArray json = text.toUtf8();
        if (text.startsWith(u'@')) {
            QFile f(text.mid(1));
            if (!f.open(QIODevice::ReadOnly))
                return Error::badRequest(
                    u"--ldap-group-map: cannot read %1: %2"_s.arg(text.mid(1), f.errorString()));
            json = f.readAll();
        }
        auto map = AuthSettings::parseGroupMap(json);
        if (!map)
            return map.error();
        s.groupMap = *map;
    }
    s.directoryPasswordResetUrl = value(u"password-reset-url"_s);
    if (isSet(u"smtp-url"_s)) {
        SmtpSettings m;
        m.url = value(u"smtp-url"_s);
        const QString tls = value(u"smtp-tls"_s, u"starttls-required"_s).trimmed().toLower();
        if (tls == u"none"_s)
            m.tls = SmtpSettings::Tls::None;
        else if (tls == u"starttls"_s)
            m.tls = SmtpSettings::Tls::StartTlsIfAvailable;
        else if (tls == u"starttls-required"_s)
            m.tls = SmtpSettings::Tls::StartTlsRequired;
        else
            return Error::badRequest(
                u"--smtp-tls is none, starttls or starttls-required; got \"%1\""_s.arg(tls));
        m.username = value(u"smtp-user"_s);
        m.password = value(u"smtp-password"_s);
        m.from = value(u"smtp-from"_s);
        if (m.from.isEmpty())
            return Error::badRequest(
                u"--smtp-url needs --smtp-from, the sender address of password-reset mail"_s);
        s.smtp = m;
    }
    return s;
}

} // namespace remotegpu
