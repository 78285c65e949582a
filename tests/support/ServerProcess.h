#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace remotegpu::test {

// The real remotegpu-server binary as a child process on a free port (--listen 127.0.0.1:0;
// the port is read from its "listening" log line). Killed if still running on destruction.
class ServerProcess
{
public:
    // Starts the server and waits until it listens; on failure returns nullptr and `error` holds
    // why (with the server's log).
    static std::unique_ptr<ServerProcess> start(const QString &databaseUrl,
                                                const QStringList &extraArgs, QString *error,
                                                int timeoutMs = 60000,
                                                const QStringList &extraEnvironment = {});
    // Runs the server to its exit (for start-up failures); returns the exit code, fills `log`.
    static int runToExit(const QStringList &args, QString *log, int timeoutMs = 60000,
                         const QStringList &extraEnvironment = {});
    ~ServerProcess();

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return m_port; }
    // The server's process id (to read its memory and CPU in /proc, or lower its limits).
    qint64 pid() const { return m_process->processId(); }
    // Sends SIGTERM and waits for the exit; returns the exit code (-1 if it had to be killed).
    int terminate(int timeoutMs = 30000);
    // Everything the server wrote to stderr so far (JSON lines).
    QString log();

private:
    ServerProcess() = default;
    std::unique_ptr<QProcess> m_process;
    QString m_log;
    QUrl m_baseUrl;
    quint16 m_port = 0;
};

} // namespace remotegpu::test
