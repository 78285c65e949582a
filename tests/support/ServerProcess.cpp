#include "ServerProcess.h"

#include <QHostAddress>
#include <QTcpSocket>

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
    // A caller that names its own --listen port may also quiet the log below info, where the
    // "listening" line is not printed: such a server is ready once its port takes connections.
    const qsizetype listenAt = extraArgs.indexOf(u"--listen"_s);
    const quint16 knownPort = listenAt >= 0 && listenAt + 1 < extraArgs.size()
                                  ? extraArgs.at(listenAt + 1).section(u':', -1).toUShort()
                                  : quint16(0);
    p->setArguments((knownPort ? QStringList() : QStringList{u"--listen"_s, u"127.0.0.1:0"_s}) +
                    QStringList{u"--database-url"_s, databaseUrl} + extraArgs);
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
    const auto ready = [&server, p](quint16 port) {
        server->m_port = port;
        server->m_baseUrl = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
        // Keep draining stderr while tests run, or a chatty server blocks on a full pipe.
        ServerProcess *raw = server.get();
        QObject::connect(p, &QProcess::readyReadStandardError, p, [raw] {
            raw->m_log += QString::fromUtf8(raw->m_process->readAllStandardError());
        });
    };
    while (!deadline.hasExpired()) {
        if (knownPort && p->state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, knownPort);
            if (probe.waitForConnected(100)) {
                server->m_log += QString::fromUtf8(pending + p->readAllStandardError());
                ready(knownPort);
                return server;
            }
        }
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
                server->m_log += QString::fromUtf8(pending);
                ready(quint16(event.value(u"port"_s).toInt()));
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
