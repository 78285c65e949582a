#include "LocalServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#endif

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLocalServer, "remotegpu.localserver")

namespace {

constexpr qsizetype MaxRecentLines = 50;
// A line this long without a newline is not a log line worth waiting for.
constexpr qsizetype MaxLineBytes = 64 * 1024;

} // namespace

LocalServer::LocalServer(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_startTimer(new QTimer(this))
    , m_program(bundledProgram())
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_startTimer->setSingleShot(true);
    // The server's stdout is not part of the contract and, unread, would grow without bound.
    m_process->setStandardOutputFile(QProcess::nullDevice());
#if defined(Q_OS_LINUX)
    // If the console dies without running its destructors, the server goes with it instead of
    // holding its port and database connections as an orphan.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardError, this, &LocalServer::readStandardError);
    connect(m_process, &QProcess::finished, this, &LocalServer::handleFinished);
    connect(m_process, &QProcess::errorOccurred, this, &LocalServer::handleProcessError);
    connect(m_startTimer, &QTimer::timeout, this, &LocalServer::handleStartTimeout);
}

LocalServer::~LocalServer()
{
    if (m_process->state() != QProcess::NotRunning)
        stop();
}

QString LocalServer::bundledProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"remotegpu-server"_s);
}

void LocalServer::setProcessEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void LocalServer::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

void LocalServer::start()
{
    if (m_state != State::NotRunning)
        return;
    m_url.clear();
    m_pending.clear();
    m_recentLog.clear();
    setState(State::Starting);

    const QFileInfo program(m_program);
    if (!program.isFile() || !program.isExecutable()) {
        // Queued so that start() never reports before the caller has connected and returned.
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(Error::notFound(
                    tr("The bundled server was not found at %1. Build the remotegpu-server "
                       "target, or install remotegpu-server next to remotegpu-console.")
                        .arg(QDir::toNativeSeparators(m_program))));
            },
            Qt::QueuedConnection);
        return;
    }

    // The "listening" line is logged at info level: a REMOTEGPU_LOG_LEVEL of warning in the
    // person's environment would otherwise hide it and the start would time out.
    QStringList arguments{u"--listen"_s, u"127.0.0.1:0"_s, u"--log-level"_s, u"info"_s};
    arguments += m_extraArguments;
    m_process->setProcessEnvironment(m_environment);
    m_startTimer->start(m_startTimeout);
    qCInfo(lcLocalServer).noquote() << "starting" << m_program << arguments.join(u' ');
    m_process->start(m_program, arguments);
}

bool LocalServer::stop(std::chrono::milliseconds grace)
{
    m_startTimer->stop();
    if (m_process->state() == QProcess::NotRunning) {
        setState(State::NotRunning);
        return true;
    }
    setState(State::Stopping);
    m_process->terminate();
    if (m_process->waitForFinished(static_cast<int>(grace.count())))
        return true;
    qCWarning(lcLocalServer) << "the server did not exit within" << grace.count()
                             << "ms of SIGTERM; killing it";
    m_process->kill();
    m_process->waitForFinished(1000);
    return false;
}

void LocalServer::readStandardError()
{
    m_pending += m_process->readAllStandardError();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        handleLine(line);
    }
    if (m_pending.size() > MaxLineBytes) {
        handleLine(m_pending);
        m_pending.clear();
    }
}

void LocalServer::handleLine(const QByteArray &rawLine)
{
    const QByteArray line = rawLine.trimmed();
    if (line.isEmpty())
        return;
    const QString text = QString::fromUtf8(line);
    m_recentLog.append(text);
    if (m_recentLog.size() > MaxRecentLines)
        m_recentLog.removeFirst();
    Q_EMIT logLine(text);

    if (m_state != State::Starting)
        return;
    const QJsonObject entry = QJsonDocument::fromJson(line).object();
    if (entry.value(u"msg"_s).toString() != u"listening"_s)
        return;
    const QJsonValue portValue = entry.value(u"port"_s);
    const int port = portValue.isDouble() ? portValue.toInt() : portValue.toString().toInt();
    if (port <= 0 || port > 65535) {
        qCWarning(lcLocalServer).noquote() << "a listening line without a usable port:" << text;
        return;
    }
    m_startTimer->stop();
    m_url = QUrl(u"http://127.0.0.1:"_s + QString::number(port));
    setState(State::Running);
    Q_EMIT ready(m_url);
}

void LocalServer::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_pending.isEmpty()) {
        handleLine(m_pending);
        m_pending.clear();
    }
    m_startTimer->stop();
    const State was = m_state;
    if (was == State::Stopping || was == State::NotRunning) {
        m_url.clear();
        setState(State::NotRunning);
        return;
    }
    const QString how =
        status == QProcess::CrashExit ? tr("it crashed") : tr("exit code %1").arg(exitCode);
    fail(Error::unavailable(
        was == State::Starting
            ? tr("The bundled server stopped before it was ready (%1). Its last message: %2")
                  .arg(how, lastMessage())
            : tr("The bundled server stopped while the console was using it (%1). Its last "
                 "message: %2")
                  .arg(how, lastMessage())));
}

void LocalServer::handleProcessError(QProcess::ProcessError error)
{
    // Other errors (a crash, a failed write) arrive together with finished(), handled there.
    if (error != QProcess::FailedToStart)
        return;
    m_startTimer->stop();
    fail(Error::unavailable(
        tr("The bundled server at %1 could not be started: %2")
            .arg(QDir::toNativeSeparators(m_program), m_process->errorString())));
}

void LocalServer::handleStartTimeout()
{
    if (m_state != State::Starting)
        return;
    const Error error = Error::unavailable(
        tr("The bundled server did not report that it was listening within %1 s, so it was "
           "stopped. Its last message: %2")
            .arg(QLocale().toString(m_startTimeout.count() / 1000.0), lastMessage()));
    setState(State::Stopping);
    m_process->kill();
    Q_EMIT failed(error);
}

void LocalServer::fail(const Error &error)
{
    qCWarning(lcLocalServer).noquote() << error.message;
    m_url.clear();
    setState(State::NotRunning);
    Q_EMIT failed(error);
}

QString LocalServer::lastMessage() const
{
    for (auto it = m_recentLog.crbegin(); it != m_recentLog.crend(); ++it) {
        const QJsonObject entry = QJsonDocument::fromJson(it->toUtf8()).object();
        if (entry.isEmpty())
            return *it;
        const QString message = entry.value(u"msg"_s).toString();
        if (message.isEmpty())
            continue;
        const QString detail = entry.value(u"error"_s).toString();
        return detail.isEmpty() ? message : message + u": "_s + detail;
    }
    return tr("(it wrote nothing)");
}

} // namespace remotegpu
