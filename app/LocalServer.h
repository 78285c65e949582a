#pragma once

#include "Error.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QTimer;

namespace remotegpu {

// Runs the remotegpu-server shipped next to the console on a free loopback port, for a person
// who wants a working console without a server of their own. The server picks the port
// (`--listen 127.0.0.1:0`) and reports it in its JSON log on stderr:
//   {"level":"info","msg":"listening","port":43127,…}
// which is when ready() fires. Everything else it logs is kept for the failure message.
class LocalServer : public QObject
{
    Q_OBJECT

public:
    enum class State { NotRunning, Starting, Running, Stopping };
    Q_ENUM(State)

    explicit LocalServer(QObject *parent = nullptr);
    // Stops a running server: a console that quits takes its bundled server with it.
    ~LocalServer() override;

    // remotegpu-server in the directory of the running console binary.
    static QString bundledProgram();

    QString program() const { return m_program; }
    void setProgram(const QString &path) { m_program = path; }
    // Passed after `--listen 127.0.0.1:0 --log-level info`, e.g. {"--database-url", …}.
    QStringList extraArguments() const { return m_extraArguments; }
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    void setProcessEnvironment(const QProcessEnvironment &environment);
    std::chrono::milliseconds startTimeout() const { return m_startTimeout; }
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeout = timeout; }

    State state() const { return m_state; }
    // http://127.0.0.1:<port> once ready() has fired, empty otherwise.
    QUrl url() const { return m_url; }
    // The server's process id while it runs, 0 otherwise.
    qint64 processId() const { return m_process->processId(); }
    // The last lines the server wrote to stderr, oldest first.
    QStringList recentLog() const { return m_recentLog; }

    // Ends in ready() or failed(); does nothing unless NotRunning.
    void start();
    // Sends SIGTERM and waits up to `grace` for the server to finish and exit, then kills it.
    // Blocks the caller for at most grace + 1 s; returns whether the server exited by itself.
    bool stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

Q_SIGNALS:
    void stateChanged(remotegpu::LocalServer::State state);
    void ready(const QUrl &url);
    // The server could not start, or exited while it should be running.
    void failed(const remotegpu::Error &error);
    void logLine(const QString &line);

private:
    void setState(State state);
    void readStandardError();
    void handleLine(const QByteArray &line);
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleProcessError(QProcess::ProcessError error);
    void handleStartTimeout();
    void fail(const Error &error);
    QString lastMessage() const;

    QProcess *m_process = nullptr;
    QTimer *m_startTimer;
    QString m_program;
    QStringList m_extraArguments;
    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_startTimeout{30000};
    State m_state = State::NotRunning;
    QUrl m_url;
    QByteArray m_pending;
    QStringList m_recentLog;
};

} // namespace remotegpu
