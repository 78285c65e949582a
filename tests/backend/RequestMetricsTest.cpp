#include "RequestMetrics.h"

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

TEST(RequestMetrics, HistogramBucketsAreCumulativeAndCountMatches)
{
    RequestMetrics m;
    m.record(u"/r"_s, u"GET"_s, 200, 0.0005);
    m.record(u"/r"_s, u"GET"_s, 200, 0.03);
    m.record(u"/r"_s, u"GET"_s, 200, 20.0);
    const QString text = QString::fromUtf8(m.renderPrometheus());
    const QString labels = u"route=\"/r\",method=\"GET\",status=\"200\""_s;
    EXPECT_TRUE(text.contains(
        u"remotegpu_http_request_duration_seconds_bucket{%1,le=\"0.001\"} 1\n"_s.arg(labels)))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(
        u"remotegpu_http_request_duration_seconds_bucket{%1,le=\"0.05\"} 2\n"_s.arg(labels)));
    EXPECT_TRUE(text.contains(
        u"remotegpu_http_request_duration_seconds_bucket{%1,le=\"10\"} 2\n"_s.arg(labels)));
    EXPECT_TRUE(text.contains(
        u"remotegpu_http_request_duration_seconds_bucket{%1,le=\"+Inf\"} 3\n"_s.arg(labels)));
    EXPECT_TRUE(
        text.contains(u"remotegpu_http_request_duration_seconds_count{%1} 3\n"_s.arg(labels)));
}

TEST(RequestMetrics, InFlightGaugeFollowsStartAndFinish)
{
    RequestMetrics m;
    m.requestStarted();
    m.requestStarted();
    m.requestFinished();
    EXPECT_TRUE(QString::fromUtf8(m.renderPrometheus())
                    .contains(u"remotegpu_http_requests_in_flight 1\n"_s));
}

TEST(RequestMetrics, LabelValuesAreEscaped)
{
    RequestMetrics m;
    m.record(u"/a\"b"_s, u"GET"_s, 200, 0.1);
    EXPECT_TRUE(QString::fromUtf8(m.renderPrometheus()).contains(u"route=\"/a\\\"b\""_s));
}
