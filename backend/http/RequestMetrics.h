#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace remotegpu {

// Request counts and latency histograms by route pattern, method and status, rendered in the
// Prometheus text format for /metrics. The route label is the pattern ("/api/admin/machines/:id"),
// never the raw path, so the number of series stays bounded whatever clients send.
class RequestMetrics
{
public:
    static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                        0.1,   0.25,   0.5,   1.0,  2.5,   10.0};

    void record(const QString &route, const QString &method, int status, double seconds);
    void requestStarted();
    void requestFinished();
    QByteArray renderPrometheus() const;

private:
    struct Series
    {
        quint64 count = 0;
        double sum = 0;
        std::array<quint64, kBuckets.size()> buckets{};
    };
    mutable QMutex m_mutex;
    QHash<QString, Series> m_series; // key: route \x1f method \x1f status
    qint64 m_inFlight = 0;
};

} // namespace remotegpu
