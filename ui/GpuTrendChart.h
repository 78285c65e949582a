#pragma once

#include "GpuTrend.h"

#include <QList>
#include <QPointF>
#include <QTimer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QGraphicsLineItem;
class QLabel;
class QToolButton;

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace remotegpu::ui {

// The fleet GPU-utilisation trend: a line over an area, time on a QDateTimeAxis, 0–100 % up the
// side, range buttons (1 h, 6 h, 24 h, 7 d) and a Pause toggle above it, a crosshair with a
// tooltip (value and local time) under the mouse. It only shows: DashboardView fetches the trend
// and hands it over with setTrend(), which sets the series with one replace(). Live figures
// (addLivePoint) are gathered and drawn together by one replace() on a 5 Hz timer, never a point
// at a time; the window then slides to end at the newest point and older points drop out.
class GpuTrendChart : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Hour, SixHours, Day, Week };
    Q_ENUM(Range)

    explicit GpuTrendChart(QWidget *parent = nullptr);

    Range range() const { return m_range; }
    void setRange(Range range);
    static qint64 rangeSeconds(Range range);
    bool isPaused() const;
    void setPaused(bool paused);

    // The bucket size that gives about one point per pixel of the plot for `spanSecs` (at least
    // the server's 60 s, rounded up to a whole step such as 2 or 10 minutes).
    int stepFor(qint64 spanSecs) const;

    static constexpr int LiveRedrawIntervalMs = 200;

    // Shows `trend` (buckets without a value are left out of the line). Live points newer than
    // its last bucket stay on the line.
    void setTrend(const GpuTrend &trend);
    // A live fleet figure; drawn at the next redraw tick. Ignored while paused. Points closer
    // than about one pixel of the plot merge (the newest wins), so the series stays near the
    // plot's width whatever the range.
    void addLivePoint(const QDateTime &at, double utilization);
    // How many redraws live points have caused (tests).
    int liveRedrawCount() const { return m_liveRedraws; }
    void clear();
    const GpuTrend &trend() const { return m_trend; }
    // What the series holds: x in ms since the epoch, y in percent.
    QList<QPointF> seriesPoints() const;
    // The hover text for the point nearest to `msecsSinceEpoch`; empty with no points.
    QString hoverTextAt(qreal msecsSinceEpoch) const;

    QChartView *chartView() const { return m_view; }
    QLineSeries *series() const { return m_line; }
    QAbstractButton *rangeButton(Range range) const;
    QToolButton *pauseButton() const { return m_pause; }

Q_SIGNALS:
    void rangeChanged(remotegpu::ui::GpuTrendChart::Range range);
    void pausedChanged(bool paused);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColors();
    void updateAxisFormat();
    int nearestIndex(qreal x) const;
    void showHover(const QPoint &viewportPos, const QPoint &globalPos);
    void hideHover();
    void drawLivePoints();
    qreal pixelSpanMs() const;

    Range m_range = Range::Day;
    GpuTrend m_trend;
    QList<QPointF> m_points;  // what the series shows, sorted by x
    QList<int> m_pointSource; // m_trend.points index of each m_points entry; kLive for live
    static constexpr int kLive = -1;
    QList<QPointF> m_pendingLive; // arrived since the last redraw
    QTimer m_liveRedraw;
    int m_liveRedraws = 0;

    QButtonGroup *m_rangeGroup;
    QToolButton *m_pause;
    QLabel *m_summary;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_line;
    QAreaSeries *m_area;
    QScatterSeries *m_marker;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QGraphicsLineItem *m_crosshair;
};

} // namespace remotegpu::ui
