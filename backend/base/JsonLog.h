#pragma once

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace remotegpu {

// One JSON object per line on stderr, so a log shipper (or LocalServer in the console) can read
// the server's log without guessing at formats:
//   {"ts":"2026-…Z","level":"info","category":"remotegpu.http","msg":"request",…fields}
namespace JsonLog {

// Routes qDebug/qInfo/qWarning/qCritical through the JSON writer and applies the level
// ("debug", "info", "warning", "error") to every remotegpu.* category.
void install(const QString &level);

// Writes one event with extra fields (a request's method, path, status, durationMs, traceId…).
void event(const QLoggingCategory &category, QtMsgType type, const QString &msg,
           const QJsonObject &fields = {});

// The trace id of the request the calling thread is serving (set by Router::dispatch), so a
// line written deep below a handler (a database error's own text) can be matched to the answer.
QString threadTraceId();
class ThreadTraceScope
{
public:
    explicit ThreadTraceScope(const QString &traceId);
    ~ThreadTraceScope();
    ThreadTraceScope(const ThreadTraceScope &) = delete;
    ThreadTraceScope &operator=(const ThreadTraceScope &) = delete;

private:
    QString m_previous;
};

} // namespace JsonLog
} // namespace remotegpu
