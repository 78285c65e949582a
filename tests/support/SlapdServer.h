#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace remotegpu::test {

// A real OpenLDAP slapd as a child process, for the directory sign-in tests: a throwaway
// slapd.conf and mdb database in a temporary directory, listening on free 127.0.0.1 ports, with
// the entries a test gives loaded through ldapadd (so overlays such as memberof see them as
// ordinary adds). Runs as whoever runs the tests (root included: no -u is given). Stopped
// and its files removed on destruction. Failing to get one is a test failure, never a skip.
class SlapdServer
{
public:
    struct Options
    {
        QString suffix = QStringLiteral("dc=example,dc=test");
        // LDIF added as the root DN right after start; may create the suffix entry itself.
        QString ldif;
        // slapd.conf `allow` features, e.g. "bind_anon_dn" (a DN with an empty password binds,
        // as anonymous) — the permissive setting some real directories run with.
        QStringList allow;
        // The memberof overlay, so groupOfNames adds maintain the members' memberOf.
        bool memberOf = false;
        // A fresh self-signed certificate for 127.0.0.1: StartTLS on url(), and ldapsUrl().
        bool tls = false;
        // slapd.conf lines for the database section, typically `access to …` rules (without
        // any, slapd lets everyone read everything).
        QString databaseConfig;
    };

    // Starts slapd, waits until it answers and loads `options.ldif`; on failure returns nullptr
    // and `error` says why, with slapd's output.
    static std::unique_ptr<SlapdServer> start(const Options &options, QString *error,
                                              int timeoutMs = 30000);
    ~SlapdServer();

    QString url() const;
    // Empty unless started with tls.
    QString ldapsUrl() const;
    quint16 port() const { return m_port; }
    QString suffix() const { return m_suffix; }
    QString rootDn() const;
    QString rootPassword() const;
    // The certificate slapd presents (self-signed, so it is its own CA); empty without tls.
    QString caCertFile() const;
    // Everything slapd wrote so far: its start-up messages and, at the "stats" log level, one
    // line per connection and operation (BIND dn=…, SRCH base=…, RESULT err=…).
    QString log() const;

    // Runs ldapadd/ldapmodify as the root DN; returns an empty string or the tool's output.
    QString add(const QString &ldif) const;
    QString modify(const QString &ldif) const;

private:
    SlapdServer() = default;
    QString runTool(const QString &tool, const QStringList &args, const QString &input) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_suffix;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    bool m_tls = false;
};

} // namespace remotegpu::test
