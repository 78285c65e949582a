#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace remotegpu::test {

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<ServerProcess> ServerProcess::start(const QString &databaseUrl,
                                                    const QStringList &extraArgs, QString *error,
                                                    int timeoutMs,
                                                    const QStringList &extraEnvironment)
{
    std::unique_ptr<ServerProcess> server(new ServerProcess);
    server->m_process = std::make_unique<QProcess>();
    QProcess *p = server->m_process.get();
    p->setProgram(QStringLiteral(REMOTEGPU_SERVER_BINARY));
    p->setArguments(QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--database-url"_s, databaseUrl} +
                    extraArgs);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    if (!extraEnvironment.isEmpty())
        p->setEnvironment(QProcess::systemEnvironment() + extraEnvironment);
    p->start();
    if (!p->waitForStarted(10000)) {
        *error = u"cannot start %1: %2"_s.arg(p->program(), p->errorString());
        return nullptr;
    }
    QDeadlineTimer deadline(timeoutMs);
    QByteArray pending;
    while (!deadline.hasExpired()) {
        if (p->state() == QProcess::NotRunning) {
            p->waitForFinished(2000);
            server->m_log += QString::fromUtf8(pending + p->readAllStandardError());
            *error = u"the server exited with code %1 before listening:\n%2"_s.arg(p->exitCode())
                         .arg(server->m_log);
            return nullptr;
        }
        p->waitForReadyRead(100);
        pending += p->readAllStandardError();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            server->m_log += QString::fromUtf8(line) + u'\n';
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(u"msg"_s).toString() == u"listening"_s) {
                server->m_port = quint16(event.value(u"port"_s).toInt());
                server->m_baseUrl = QUrl(u"http://127.0.0.1:%1/"_s.arg(server->m_port));
                server->m_log += QString::fromUtf8(pending);
                // Keep draining stderr while tests run, or a chatty server blocks on a full pipe.
                ServerProcess *raw = server.get();
                QObject::connect(p, &QProcess::readyReadStandardError, p, [raw] {
                    raw->m_log += QString::fromUtf8(raw->m_process->readAllStandardError());
                });
                return server;
            }
        }
    }
    *error = u"the server did not listen within %1 ms:\n%2"_s.arg(timeoutMs).arg(server->m_log);
    return nullptr;
}

int ServerProcess::runToExit(const QStringList &args, QString *log, int timeoutMs,
                             const QStringList &extraEnvironment)
{
    QProcess p;
    p.setProgram(QStringLiteral(REMOTEGPU_SERVER_BINARY));
    p.setArguments(args);
    if (!extraEnvironment.isEmpty()) {
        QStringList env = QProcess::systemEnvironment();
        env += extraEnvironment;
        p.setEnvironment(env);
    }
    p.start();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *log = u"timed out; output so far:\n"_s + QString::fromUtf8(p.readAllStandardError());
        return -1;
    }
    *log = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

int ServerProcess::terminate(int timeoutMs)
{
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    m_log += QString::fromUtf8(m_process->readAllStandardError());
    if (m_process->exitStatus() != QProcess::NormalExit)
        m_log += u"[the server crashed: %1]\n"_s.arg(m_process->errorString());
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QString ServerProcess::log()
{
    m_log += QString::fromUtf8(m_process->readAllStandardError());
    return m_log;
}

} // namespace remotegpu::test
