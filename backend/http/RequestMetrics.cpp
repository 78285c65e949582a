#include "RequestMetrics.h"

#include <QStringList>

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QString escapeLabel(QString value)
{
    return value.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
}

} // namespace

void RequestMetrics::record(const QString &route, const QString &method, int status, double seconds)
{
    const QString key = route + QChar(0x1f) + method + QChar(0x1f) + QString::number(status);
    QMutexLocker lock(&m_mutex);
    Series &s = m_series[key];
    ++s.count;
    s.sum += seconds;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++s.buckets[i];
    }
}

void RequestMetrics::requestStarted()
{
    QMutexLocker lock(&m_mutex);
    ++m_inFlight;
}

void RequestMetrics::requestFinished()
{
    QMutexLocker lock(&m_mutex);
    --m_inFlight;
}

QByteArray RequestMetrics::renderPrometheus() const
{
    QMutexLocker lock(&m_mutex);
    QStringList keys = m_series.keys();
    std::sort(keys.begin(), keys.end());
    QString out;
    out += u"# HELP remotegpu_http_requests_total HTTP requests answered, by route pattern, method "
           u"and status.\n"
           "# TYPE remotegpu_http_requests_total counter\n"_s;
    for (const QString &key : std::as_const(keys)) {
        const QStringList parts = key.split(QChar(0x1f));
        out += u"remotegpu_http_requests_total{route=\"%1\",method=\"%2\",status=\"%3\"} %4\n"_s
                   .arg(escapeLabel(parts[0]), parts[1], parts[2])
                   .arg(m_series.value(key).count);
    }
    out += u"# HELP remotegpu_http_request_duration_seconds Time from a request's arrival to its "
           u"answer, by route pattern, method and status.\n"
           "# TYPE remotegpu_http_request_duration_seconds histogram\n"_s;
    for (const QString &key : std::as_const(keys)) {
        const QStringList parts = key.split(QChar(0x1f));
        const Series s = m_series.value(key);
        const QString labels = u"route=\"%1\",method=\"%2\",status=\"%3\""_s.arg(
            escapeLabel(parts[0]), parts[1], parts[2]);
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out +=
                u"remotegpu_http_request_duration_seconds_bucket{%1,le=\"%2\"} %3\n"_s.arg(labels)
                    .arg(kBuckets[i])
                    .arg(s.buckets[i]);
        out += u"remotegpu_http_request_duration_seconds_bucket{%1,le=\"+Inf\"} %2\n"_s.arg(labels)
                   .arg(s.count);
        out += u"remotegpu_http_request_duration_seconds_sum{%1} %2\n"_s.arg(labels).arg(s.sum, 0,
                                                                                         'g', 9);
        out += u"remotegpu_http_request_duration_seconds_count{%1} %2\n"_s.arg(labels).arg(s.count);
    }
    out +=
        u"# HELP remotegpu_http_requests_in_flight Requests being handled now.\n"
        "# TYPE remotegpu_http_requests_in_flight gauge\nremotegpu_http_requests_in_flight %1\n"_s
            .arg(m_inFlight);
    return out.toUtf8();
}

} // namespace remotegpu
