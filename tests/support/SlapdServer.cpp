#include "SlapdServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>

namespace remotegpu::test {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kStartAttempts = 5;

QString slapdBinary()
{
    const QString overridden = qEnvironmentVariable("REMOTEGPU_TEST_SLAPD");
    return overridden.isEmpty() ? u"/usr/sbin/slapd"_s : overridden;
}

// A port nothing listens on right now. slapd binds it a moment later; if another process took
// it in between, slapd exits with "Address already in use" and start() tries another.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// slapd.conf quoting: a value in double quotes, with \ and " escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' % escaped % u'"';
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

// The OpenLDAP client tools with the user's and the system's ldap.conf/ldaprc ignored
// (LDAPNOINIT), so a developer's own settings cannot change what the harness does.
ToolRun runClientTool(const QString &tool, const QStringList &args, const QString &input,
                      int timeoutMs = 15000)
{
    ToolRun run;
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        run.output = u"%1 is not installed (Debian package ldap-utils)"_s.arg(tool);
        return run;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LDAPNOINIT"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted(timeoutMs)) {
        run.output = u"cannot start %1: %2"_s.arg(program, process.errorString());
        return run;
    }
    process.write(input.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.output = u"%1 did not finish within %2 ms: "_s.arg(tool).arg(timeoutMs) +
                     QString::fromUtf8(process.readAll());
        return run;
    }
    run.output = QString::fromUtf8(process.readAll());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

QString makeConfig(const SlapdServer::Options &options, const QString &dir, const QString &rootDn,
                   const QString &rootPassword)
{
    QStringList lines{
        u"include /etc/ldap/schema/core.schema"_s,
        u"include /etc/ldap/schema/cosine.schema"_s,
        u"include /etc/ldap/schema/inetorgperson.schema"_s,
        u"include /etc/ldap/schema/nis.schema"_s,
        // Debian builds the backends and overlays as modules.
        u"modulepath /usr/lib/ldap"_s,
        u"moduleload back_mdb"_s,
        u"pidfile "_s + quoted(dir + u"/slapd.pid"_s),
        u"argsfile "_s + quoted(dir + u"/slapd.args"_s),
    };
    if (options.memberOf)
        lines << u"moduleload memberof"_s;
    if (options.tls)
        lines << u"TLSCertificateFile "_s + quoted(dir + u"/cert.pem"_s)
              << u"TLSCertificateKeyFile "_s + quoted(dir + u"/key.pem"_s);
    if (!options.allow.isEmpty())
        lines << u"allow "_s + options.allow.join(u' ');
    lines << u"database mdb"_s
          // The mdb map is sparse, but keep it small: a test directory holds a few entries.
          << u"maxsize 16777216"_s << u"directory "_s + quoted(dir + u"/db"_s)
          << u"suffix "_s + quoted(options.suffix) << u"rootdn "_s + quoted(rootDn)
          << u"rootpw "_s + quoted(rootPassword) << u"index objectClass eq"_s << u"index uid eq"_s
          << u"index member eq"_s;
    if (options.memberOf)
        lines << u"overlay memberof"_s;
    if (!options.databaseConfig.isEmpty())
        lines << options.databaseConfig;
    return lines.join(u'\n') + u'\n';
}

// A self-signed certificate for 127.0.0.1 (its own CA), made with the openssl tool.
QString makeCertificate(const QString &dir)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        return u"openssl is not installed, the TLS test directory needs it"_s;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s,
                   u"-keyout"_s, dir + u"/key.pem"_s, u"-out"_s, dir + u"/cert.pem"_s});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return u"openssl could not make the test certificate: "_s +
               QString::fromUtf8(process.readAll());
    return {};
}

} // namespace

std::unique_ptr<SlapdServer> SlapdServer::start(const Options &options, QString *error,
                                                int timeoutMs)
{
    std::unique_ptr<SlapdServer> server(new SlapdServer);
    server->m_suffix = options.suffix;
    server->m_tls = options.tls;
    server->m_dir = std::make_unique<QTemporaryDir>();
    if (!server->m_dir->isValid()) {
        *error =
            u"cannot create a temporary directory for slapd: "_s + server->m_dir->errorString();
        return nullptr;
    }
    const QString dir = server->m_dir->path();
    const QString configPath = dir + u"/slapd.conf"_s;
    if (options.tls) {
        if (const QString problem = makeCertificate(dir); !problem.isEmpty()) {
            *error = problem;
            return nullptr;
        }
    }
    if (!writeFile(configPath,
                   makeConfig(options, dir, server->rootDn(), server->rootPassword()))) {
        *error = u"cannot write "_s + configPath;
        return nullptr;
    }

    const QDeadlineTimer deadline(timeoutMs);
    for (int attempt = 1; attempt <= kStartAttempts; ++attempt) {
        // A fresh database each attempt: a slapd that died half-way may have left one.
        QDir(dir + u"/db"_s).removeRecursively();
        if (!QDir().mkpath(dir + u"/db"_s)) {
            *error = u"cannot create "_s + dir + u"/db"_s;
            return nullptr;
        }
        server->m_port = freePort();
        server->m_tlsPort = options.tls ? freePort() : 0;
        if (server->m_port == 0 || (options.tls && server->m_tlsPort == 0)) {
            *error = u"cannot find a free port on 127.0.0.1"_s;
            return nullptr;
        }
        QString listen = u"ldap://127.0.0.1:%1/"_s.arg(server->m_port);
        if (options.tls)
            listen += u" ldaps://127.0.0.1:%1/"_s.arg(server->m_tlsPort);

        const QString logPath = dir + u"/slapd.log"_s;
        QFile::remove(logPath);
        server->m_process = std::make_unique<QProcess>();
        QProcess *process = server->m_process.get();
        process->setProgram(slapdBinary());
        // -d keeps slapd in the foreground (no fork, so QProcess owns the real server) and
        // writes its log to stderr; 256 is the "stats" level: one line per operation.
        process->setArguments({u"-f"_s, configPath, u"-h"_s, listen, u"-d"_s, u"256"_s});
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->setStandardOutputFile(logPath);
        process->start();
        if (!process->waitForStarted(10000)) {
            *error = u"cannot start %1: %2"_s.arg(process->program(), process->errorString());
            return nullptr;
        }

        // Ready once the root DN can bind; slapd opens its listeners only after the database.
        QString lastAnswer;
        bool ready = false;
        while (!deadline.hasExpired() && process->state() == QProcess::Running) {
            const ToolRun probe =
                runClientTool(u"ldapwhoami"_s,
                              {u"-x"_s, u"-H"_s, server->url(), u"-D"_s, server->rootDn(), u"-w"_s,
                               server->rootPassword(), u"-o"_s, u"nettimeout=2"_s},
                              {});
            if (probe.exitCode == 0) {
                ready = true;
                break;
            }
            lastAnswer = probe.output;
            process->waitForFinished(100);
        }
        if (ready) {
            if (!options.ldif.isEmpty()) {
                if (const QString problem = server->add(options.ldif); !problem.isEmpty()) {
                    *error = u"ldapadd of the test directory failed:\n%1\nslapd's log:\n%2"_s.arg(
                        problem, server->log());
                    return nullptr;
                }
            }
            return server;
        }
        if (process->state() == QProcess::Running) {
            *error = u"slapd did not answer within %1 ms (last ldapwhoami: %2); its log:\n%3"_s
                         .arg(timeoutMs)
                         .arg(lastAnswer, server->log());
            return nullptr;
        }
        const QString log = server->log();
        if (!log.contains(u"Address already in use"_s) || attempt == kStartAttempts) {
            *error =
                u"slapd exited with code %1 before answering; config %2:\n%3\nits log:\n%4"_s
                    .arg(process->exitCode())
                    .arg(configPath,
                         makeConfig(options, dir, server->rootDn(), server->rootPassword()), log);
            return nullptr;
        }
    }
    *error = u"slapd could not start"_s;
    return nullptr;
}

SlapdServer::~SlapdServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // SIGTERM lets slapd close the database cleanly; kill only if it hangs.
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

QString SlapdServer::url() const
{
    return u"ldap://127.0.0.1:%1"_s.arg(m_port);
}

QString SlapdServer::ldapsUrl() const
{
    return m_tls ? u"ldaps://127.0.0.1:%1"_s.arg(m_tlsPort) : QString();
}

QString SlapdServer::rootDn() const
{
    return u"cn=admin,"_s + m_suffix;
}

QString SlapdServer::rootPassword() const
{
    return u"rootsecret"_s;
}

QString SlapdServer::caCertFile() const
{
    return m_tls ? m_dir->path() + u"/cert.pem"_s : QString();
}

QString SlapdServer::log() const
{
    QFile file(m_dir->path() + u"/slapd.log"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"(no log: %1)"_s.arg(file.errorString());
    return QString::fromUtf8(file.readAll());
}

QString SlapdServer::add(const QString &ldif) const
{
    return runTool(u"ldapadd"_s, {}, ldif);
}

QString SlapdServer::modify(const QString &ldif) const
{
    return runTool(u"ldapmodify"_s, {}, ldif);
}

QString SlapdServer::runTool(const QString &tool, const QStringList &args,
                             const QString &input) const
{
    const ToolRun run = runClientTool(
        tool,
        QStringList{u"-x"_s, u"-H"_s, url(), u"-D"_s, rootDn(), u"-w"_s, rootPassword()} + args,
        input);
    if (run.exitCode == 0)
        return {};
    return u"%1 exited with %2: %3"_s.arg(tool).arg(run.exitCode).arg(run.output);
}

} // namespace remotegpu::test
