#include "GpuTrendChart.h"

#include "Theme.h"

#include <QAreaSeries>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QColor lineColor()
{
    return isDarkPalette() ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x6f, 0xd0);
}

} // namespace

GpuTrendChart::GpuTrendChart(QWidget *parent)
    : QWidget(parent)
    , m_rangeGroup(new QButtonGroup(this))
    , m_pause(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_line(new QLineSeries(this))
    , m_area(new QAreaSeries(m_line))
    , m_marker(new QScatterSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
    , m_crosshair(new QGraphicsLineItem)
{
    auto *title = new QLabel(tr("Fleet GPU utilisation"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setObjectName(u"trendSummary"_s);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(0);
    toolbar->addWidget(title);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_summary);
    toolbar->addStretch(1);
    const struct
    {
        Range range;
        QString text;
        QString name;
        QString tip;
    } ranges[] = {
        {Range::Hour, tr("1 h"), u"range1h"_s, tr("The last hour")},
        {Range::SixHours, tr("6 h"), u"range6h"_s, tr("The last 6 hours")},
        {Range::Day, tr("24 h"), u"range24h"_s, tr("The last 24 hours")},
        {Range::Week, tr("7 d"), u"range7d"_s, tr("The last 7 days")},
    };
    m_rangeGroup->setExclusive(true);
    for (const auto &r : ranges) {
        auto *button = new QToolButton(this);
        button->setText(r.text);
        button->setObjectName(r.name);
        button->setToolTip(r.tip);
        button->setCheckable(true);
        button->setChecked(r.range == m_range);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setMinimumWidth(44);
        // The chosen range stands out in both palettes, like a segmented control.
        button->setStyleSheet(u"QToolButton:checked { background: palette(highlight); color: "
                              u"palette(highlighted-text); "
                              "border: 1px solid palette(highlight); border-radius: 3px; }"_s);
        m_rangeGroup->addButton(button, int(r.range));
        toolbar->addWidget(button);
    }
    connect(m_rangeGroup, &QButtonGroup::idClicked, this, [this](int id) {
        if (Range(id) == m_range)
            return;
        m_range = Range(id);
        updateAxisFormat();
        Q_EMIT rangeChanged(m_range);
    });
    toolbar->addSpacing(12);
    m_pause->setObjectName(u"pauseTrend"_s);
    m_pause->setCheckable(true);
    m_pause->setText(tr("Pause"));
    m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setToolTip(tr("Stop refreshing the chart every 30 seconds"));
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_pause->setIcon(
            style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
        m_pause->setToolTip(paused ? tr("Refresh the chart every 30 seconds again")
                                   : tr("Stop refreshing the chart every 30 seconds"));
        Q_EMIT pausedChanged(paused);
    });
    toolbar->addWidget(m_pause);

    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_area->setName(tr("Average GPU utilisation"));
    m_chart->addSeries(m_area);
    m_marker->setMarkerSize(9);
    m_chart->addSeries(m_marker);
    m_timeAxis->setTickCount(7);
    m_valueAxis->setRange(0, 100);
    m_valueAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(u"%d %%"_s);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_area, m_marker}) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_valueAxis);
    }
    m_chart->scene()->addItem(m_crosshair);
    m_crosshair->setZValue(10);
    m_crosshair->hide();
    m_marker->hide();

    m_view->setObjectName(u"trendChartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setMinimumHeight(220);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundBrush(Qt::NoBrush);
    m_view->setStyleSheet(u"background: transparent"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);

    updateAxisFormat();
    applyColors();
    clear();

    m_liveRedraw.setInterval(LiveRedrawIntervalMs);
    connect(&m_liveRedraw, &QTimer::timeout, this, &GpuTrendChart::drawLivePoints);
    m_liveRedraw.start();
}

qint64 GpuTrendChart::rangeSeconds(Range range)
{
    switch (range) {
    case Range::Hour:
        return 3600;
    case Range::SixHours:
        return 6 * 3600;
    case Range::Day:
        return 24 * 3600;
    case Range::Week:
        return 7 * 24 * 3600;
    }
    return 24 * 3600;
}

void GpuTrendChart::setRange(Range range)
{
    if (auto *button = m_rangeGroup->button(int(range)))
        button->click();
}

QAbstractButton *GpuTrendChart::rangeButton(Range range) const
{
    return m_rangeGroup->button(int(range));
}

bool GpuTrendChart::isPaused() const
{
    return m_pause->isChecked();
}

void GpuTrendChart::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

int GpuTrendChart::stepFor(qint64 spanSecs) const
{
    // The plot is the view less the value axis' labels; before the first layout, assume a
    // typical width so the first request is already about right.
    const int plotWidth = std::max(200, (m_view->width() > 100 ? m_view->width() : 900) - 70);
    const qint64 wanted = std::max<qint64>(60, (spanSecs + plotWidth - 1) / plotWidth);
    static const int steps[] = {60,   120,  300,   600,   900,   1800,
                                3600, 7200, 10800, 21600, 43200, 86400};
    for (int step : steps)
        if (step >= wanted)
            return step;
    return 86400;
}

void GpuTrendChart::setTrend(const GpuTrend &trend)
{
    QList<QPointF> live;
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_pointSource.at(i) == kLive)
            live.append(m_points.at(i));
    }
    m_trend = trend;
    m_points.clear();
    m_pointSource.clear();
    m_points.reserve(trend.points.size());
    double sum = 0;
    for (int i = 0; i < trend.points.size(); ++i) {
        const GpuTrendPoint &p = trend.points.at(i);
        if (!p.averageUtilization)
            continue;
        m_points.append(QPointF(qreal(p.time.toMSecsSinceEpoch()), *p.averageUtilization));
        m_pointSource.append(i);
        sum += *p.averageUtilization;
    }
    // Live points the history does not cover yet stay after it.
    const qreal historyEnd = m_points.isEmpty() ? 0 : m_points.constLast().x();
    for (const QPointF &p : std::as_const(live)) {
        if (p.x() > historyEnd) {
            m_points.append(p);
            m_pointSource.append(kLive);
        }
    }
    m_line->replace(m_points);
    const qint64 spanMs = rangeSeconds(m_range) * 1000;
    const qint64 end = std::max<qint64>(trend.to.toMSecsSinceEpoch(),
                                        m_points.isEmpty() ? 0 : qint64(m_points.constLast().x()));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(end - spanMs),
                         QDateTime::fromMSecsSinceEpoch(end));
    if (m_points.isEmpty()) {
        m_summary->setText(tr("No GPU reported in this period"));
    } else {
        const QLocale locale;
        m_summary->setText(tr("now %1 %, mean %2 %")
                               .arg(locale.toString(m_points.constLast().y(), 'f', 1),
                                    locale.toString(sum / double(m_points.size()), 'f', 1)));
    }
    hideHover();
}

qreal GpuTrendChart::pixelSpanMs() const
{
    const int plotWidth = std::max(200, (m_view->width() > 100 ? m_view->width() : 900) - 70);
    return qreal(rangeSeconds(m_range)) * 1000.0 / plotWidth;
}

void GpuTrendChart::addLivePoint(const QDateTime &at, double utilization)
{
    if (isPaused())
        return;
    m_pendingLive.append(QPointF(qreal(at.toMSecsSinceEpoch()), utilization));
}

void GpuTrendChart::drawLivePoints()
{
    if (m_pendingLive.isEmpty())
        return;
    const qreal pixel = pixelSpanMs();
    for (const QPointF &p : std::as_const(m_pendingLive)) {
        if (!m_points.isEmpty() && p.x() <= m_points.constLast().x())
            continue; // out of order: the line only moves forward
        // Within a pixel of the point before the last live one: the last one moves here (the
        // line keeps ending at the newest figure), else a new point starts.
        const qsizetype n = m_points.size();
        if (n >= 2 && m_pointSource.at(n - 1) == kLive && p.x() - m_points.at(n - 2).x() < pixel) {
            m_points[n - 1] = p;
            continue;
        }
        m_points.append(p);
        m_pointSource.append(kLive);
    }
    m_pendingLive.clear();
    if (m_points.isEmpty())
        return;
    // The window slides: it ends at the newest point and what falls out of it is dropped.
    const qreal newest = m_points.constLast().x();
    const qreal oldest = newest - qreal(rangeSeconds(m_range)) * 1000.0;
    const auto firstKept =
        std::lower_bound(m_points.cbegin(), m_points.cend(), oldest,
                         [](const QPointF &q, qreal value) { return q.x() < value; });
    const qsizetype dropped = firstKept - m_points.cbegin();
    if (dropped > 0) {
        m_points.remove(0, dropped);
        m_pointSource.remove(0, dropped);
    }
    m_line->replace(m_points);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(oldest)),
                         QDateTime::fromMSecsSinceEpoch(qint64(newest)));
    m_summary->setText(tr("live %1 %").arg(QLocale().toString(m_points.constLast().y(), 'f', 1)));
    ++m_liveRedraws;
}

void GpuTrendChart::clear()
{
    m_trend = {};
    m_pendingLive.clear();
    m_points.clear();
    m_pointSource.clear();
    m_line->clear();
    m_summary->clear();
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addSecs(-rangeSeconds(m_range)), now);
    hideHover();
}

QList<QPointF> GpuTrendChart::seriesPoints() const
{
    return m_line->points();
}

int GpuTrendChart::nearestIndex(qreal x) const
{
    if (m_points.isEmpty())
        return -1;
    auto it = std::lower_bound(m_points.cbegin(), m_points.cend(), x,
                               [](const QPointF &p, qreal value) { return p.x() < value; });
    if (it == m_points.cend())
        return int(m_points.size()) - 1;
    const int i = int(it - m_points.cbegin());
    if (i > 0 && x - m_points.at(i - 1).x() < it->x() - x)
        return i - 1;
    return i;
}

QString GpuTrendChart::hoverTextAt(qreal msecsSinceEpoch) const
{
    const int i = nearestIndex(msecsSinceEpoch);
    if (i < 0)
        return {};
    const QLocale locale;
    if (m_pointSource.at(i) == kLive) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(m_points.at(i).x()));
        return tr("%1 %  average utilisation (live)\n%2 (local time)")
            .arg(locale.toString(m_points.at(i).y(), 'f', 1),
                 locale.toString(at.toLocalTime().time(), QLocale::LongFormat));
    }
    const GpuTrendPoint &p = m_trend.points.at(m_pointSource.at(i));
    const QDateTime local = p.time.toLocalTime();
    const QString when = m_range == Range::Week
                             ? locale.toString(local, QLocale::ShortFormat)
                             : locale.toString(local.time(), QLocale::ShortFormat);
    return tr("%1 %  average utilisation\n%2 GPUs reporting\n%3 (local time)")
        .arg(locale.toString(m_points.at(i).y(), 'f', 1))
        .arg(p.gpus)
        .arg(when);
}

void GpuTrendChart::showHover(const QPoint &viewportPos, const QPoint &globalPos)
{
    const QPointF scenePos = m_view->mapToScene(viewportPos);
    const QPointF chartPos = m_chart->mapFromScene(scenePos);
    if (!m_chart->plotArea().contains(chartPos) || m_points.isEmpty()) {
        hideHover();
        return;
    }
    const QPointF value = m_chart->mapToValue(chartPos, m_line);
    const int i = nearestIndex(value.x());
    if (i < 0) {
        hideHover();
        return;
    }
    const QPointF point = m_points.at(i);
    m_marker->replace(QList<QPointF>{point});
    m_marker->show();
    const QPointF at = m_chart->mapToScene(m_chart->mapToPosition(point, m_line));
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    m_crosshair->setLine(at.x(), plot.top(), at.x(), plot.bottom());
    m_crosshair->show();
    QToolTip::showText(globalPos, hoverTextAt(point.x()), m_view);
}

void GpuTrendChart::hideHover()
{
    m_marker->hide();
    m_crosshair->hide();
    if (m_view && m_view->isVisible())
        QToolTip::hideText();
}

bool GpuTrendChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            showHover(mouse->position().toPoint(), mouse->globalPosition().toPoint());
        } else if (event->type() == QEvent::Leave) {
            hideHover();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GpuTrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
    QWidget::changeEvent(event);
}

void GpuTrendChart::applyColors()
{
    const QColor line = lineColor();
    QColor fill = line;
    fill.setAlpha(isDarkPalette() ? 70 : 50);
    QPen pen(line, 2.0);
    m_area->setPen(pen);
    m_area->setBrush(fill);
    m_line->setPen(pen);
    m_marker->setColor(line);
    m_marker->setBorderColor(palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = palette().color(QPalette::Mid);
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_timeAxis, m_valueAxis}) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    QColor cross = text;
    cross.setAlpha(120);
    m_crosshair->setPen(QPen(cross, 1.0, Qt::DashLine));
}

void GpuTrendChart::updateAxisFormat()
{
    m_timeAxis->setFormat(m_range == Range::Week ? u"dd MMM"_s : u"HH:mm"_s);
    m_timeAxis->setTickCount(m_range == Range::Week ? 8 : 7);
}

} // namespace remotegpu::ui
