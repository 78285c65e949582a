#include "JsonLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>

#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "remotegpu.server")
Q_LOGGING_CATEGORY(lcHttp, "remotegpu.http")
Q_LOGGING_CATEGORY(lcDb, "remotegpu.db")

namespace remotegpu::JsonLog {

using namespace Qt::Literals::StringLiterals;

namespace {

QMutex g_writeMutex;

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"error"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

void writeLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&g_writeMutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

QJsonObject base(const QString &category, QtMsgType type, const QString &msg)
{
    return QJsonObject{
        {u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"level"_s, levelName(type)},
        {u"category"_s, category},
        {u"msg"_s, msg},
    };
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    writeLine(
        base(QString::fromLatin1(context.category ? context.category : "default"), type, msg));
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void install(const QString &level)
{
    qInstallMessageHandler(handler);
    QString rules;
    if (level == u"debug"_s)
        rules = u"remotegpu.*.debug=true"_s;
    else if (level == u"info"_s)
        rules = u"remotegpu.*.debug=false"_s;
    else if (level == u"warning"_s)
        rules = u"remotegpu.*.debug=false\nremotegpu.*.info=false"_s;
    else
        rules = u"remotegpu.*.debug=false\nremotegpu.*.info=false\nremotegpu.*.warning=false"_s;
    QLoggingCategory::setFilterRules(rules);
}

void event(const QLoggingCategory &category, QtMsgType type, const QString &msg,
           const QJsonObject &fields)
{
    if (!category.isEnabled(type))
        return;
    QJsonObject object = base(QString::fromLatin1(category.categoryName()), type, msg);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        object.insert(it.key(), it.value());
    writeLine(object);
}

namespace {
thread_local QString t_traceId;
} // namespace

QString threadTraceId()
{
    return t_traceId;
}

ThreadTraceScope::ThreadTraceScope(const QString &traceId)
    : m_previous(std::exchange(t_traceId, traceId))
{}

ThreadTraceScope::~ThreadTraceScope()
{
    t_traceId = std::move(m_previous);
}

} // namespace remotegpu::JsonLog
