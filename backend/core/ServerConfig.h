#pragma once

#include "AuthSettings.h"
#include "HttpLimits.h"
#include "Result.h"

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace remotegpu {

// Everything remotegpu-server is told at start. Precedence, strongest first: command-line flag,
// environment variable REMOTEGPU_<FLAG> (upper case, '-' → '_'), the --config file (INI,
// `flag-name = value`), then the defaults below. DESIGN.md "Operations contract" lists the flags.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString databaseUrl;
    QString logLevel = QStringLiteral("info"); // debug | info | warning | error
    int workers = 8;                           // DB worker threads, one connection each
    qint64 maxBodyBytes = qint64(1024) * 1024; // larger bodies: 413, by their Content-Length
    HttpLimits http;                           // the connection layer's limits, docs/security.md
    QString bootstrapAdmin;
    bool demo = false;
    QString agentEnrollToken;
    QString configFile;
    // Every setting that was given (flag name → text), including those only other modules
    // interpret (auth, directory, mail, TLS): they validate their own at start.
    QHash<QString, QString> values;
    QString value(const QString &flag, const QString &fallback = {}) const
    {
        return values.value(flag, fallback);
    }
    bool isSet(const QString &flag) const { return values.contains(flag); }
    // A switch: given as a bare flag, or as true/yes/on/1 in the environment or the file.
    bool isOn(const QString &flag) const;

    // The sign-in settings (auth order, directory, group map, mail), validated; the error names
    // the flag that is wrong, so the server refuses to start with it.
    Result<AuthSettings> authSettings() const;

    // Parses `arguments` (argv, program name first) and `environment` (KEY=VALUE entries, as
    // QProcessEnvironment::toStringList gives). --help and --version are reported through
    // `helpText`/`wantsHelp` so main decides what to print.
    static Result<ServerConfig> load(const QStringList &arguments, const QStringList &environment);

    // The --help text, listing every flag with its environment variable.
    static QString helpText();

    bool wantsHelp = false;
    bool wantsVersion = false;
};

// "HOST:PORT", "[v6]:PORT" or ":PORT"; the error message names the bad value.
Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &value);

} // namespace remotegpu
