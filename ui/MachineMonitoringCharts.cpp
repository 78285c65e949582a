#include "MachineMonitoringCharts.h"

#include "MachineMonitoring.h"
#include "Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

MachineMonitoringCharts::MachineMonitoringCharts(QWidget *parent)
    : QWidget(parent)
{
    m_utilSet = new QBarSet(tr("Utilisation %"));
    m_memSet = new QBarSet(tr("Memory %"));
    auto *bars = new QBarSeries;
    bars->append(m_utilSet);
    bars->append(m_memSet);
    m_barChart = new QChart;
    m_barChart->addSeries(bars);
    m_barChart->setTitle(tr("Latest reading per GPU"));
    m_barAxisX = new QBarCategoryAxis;
    m_barAxisY = new QValueAxis;
    m_barAxisY->setRange(0, 100);
    m_barAxisY->setLabelFormat(u"%d"_s);
    m_barChart->addAxis(m_barAxisX, Qt::AlignBottom);
    m_barChart->addAxis(m_barAxisY, Qt::AlignLeft);
    bars->attachAxis(m_barAxisX);
    bars->attachAxis(m_barAxisY);
    auto *barView = new QChartView(m_barChart, this);
    barView->setObjectName(u"machineGpuBarChart"_s);
    barView->setRenderHint(QPainter::Antialiasing);

    m_utilLine = new QLineSeries;
    m_utilLine->setName(tr("GPU utilisation % (average)"));
    m_memLine = new QLineSeries;
    m_memLine->setName(tr("Host memory %"));
    m_lineChart = new QChart;
    m_lineChart->addSeries(m_utilLine);
    m_lineChart->addSeries(m_memLine);
    m_lineChart->setTitle(tr("History"));
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(u"HH:mm"_s);
    m_timeAxis->setTickCount(7);
    m_lineAxisY = new QValueAxis;
    m_lineAxisY->setRange(0, 100);
    m_lineAxisY->setLabelFormat(u"%d"_s);
    m_lineChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_lineChart->addAxis(m_lineAxisY, Qt::AlignLeft);
    for (QLineSeries *s : {m_utilLine, m_memLine}) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_lineAxisY);
    }
    auto *lineView = new QChartView(m_lineChart, this);
    lineView->setObjectName(u"machineHistoryChart"_s);
    lineView->setRenderHint(QPainter::Antialiasing);
    for (QChart *chart : {m_barChart, m_lineChart}) {
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
    }
    m_note = new QLabel(this);
    m_note->setObjectName(u"machineMonitoringNote"_s);
    m_note->setWordWrap(true);
    auto *charts = new QHBoxLayout;
    charts->addWidget(barView, 1);
    charts->addWidget(lineView, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(charts, 1);
    layout->addWidget(m_note);

    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(LiveRedrawMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &MachineMonitoringCharts::drawLive);

    applyTheme();
}

void MachineMonitoringCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void MachineMonitoringCharts::applyTheme()
{
    const bool dark = isDarkPalette();
    for (QChart *chart : {m_barChart, m_lineChart}) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().base());
        chart->setTitleBrush(palette().text());
        chart->legend()->setLabelColor(palette().text().color());
    }
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_barAxisX), static_cast<QAbstractAxis *>(m_barAxisY),
          static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_lineAxisY)}) {
        axis->setLabelsColor(palette().text().color());
    }
    // The same two colours in both charts: utilisation blue, memory orange, readable on both.
    const QColor util = dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x15, 0x65, 0xc0);
    const QColor mem = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x7e, 0x00);
    m_utilSet->setColor(util);
    m_utilSet->setBorderColor(util);
    m_memSet->setColor(mem);
    m_memSet->setBorderColor(mem);
    QPen pen(util, 2);
    m_utilLine->setPen(pen);
    pen.setColor(mem);
    m_memLine->setPen(pen);
}

void MachineMonitoringCharts::setGpuReadings(const QList<GpuReading> &readings)
{
    QStringList categories;
    QList<qreal> util;
    QList<qreal> mem;
    for (const GpuReading &r : readings) {
        categories << r.label;
        util << r.utilization;
        mem << r.memoryPercent;
    }
    m_utilSet->remove(0, m_utilSet->count());
    m_memSet->remove(0, m_memSet->count());
    m_barAxisX->clear();
    m_barAxisX->append(categories);
    m_utilSet->append(util);
    m_memSet->append(mem);
    m_barIndexes.clear();
    for (const GpuReading &r : readings)
        m_barIndexes.append(r.index);
}

QList<MachineMonitoringCharts::GpuReading>
MachineMonitoringCharts::readingsOf(const QList<MachineMonitoringGpu> &gpus)
{
    QList<GpuReading> readings;
    readings.reserve(gpus.size());
    for (const MachineMonitoringGpu &g : gpus)
        readings.append({tr("GPU %1").arg(g.index), g.utilization.value_or(0.0),
                         g.memoryUsagePercent.value_or(0.0), g.index});
    return readings;
}

void MachineMonitoringCharts::setHistory(const MachineMonitoring &monitoring)
{
    QList<QPointF> util;
    QList<QPointF> mem;
    util.reserve(monitoring.series.size());
    mem.reserve(monitoring.series.size());
    for (const MachineMonitoringPoint &p : monitoring.series) {
        const qreal x = qreal(p.time.toMSecsSinceEpoch());
        if (p.gpuAvgUtilization)
            util.append({x, *p.gpuAvgUtilization});
        if (p.memoryUsagePercent)
            mem.append({x, *p.memoryUsagePercent});
    }
    m_utilLine->replace(util);
    m_memLine->replace(mem);

    // One thin line per GPU, made again for each answer (a machine has at most 64 GPUs).
    for (QLineSeries *line : std::as_const(m_gpuLines)) {
        m_lineChart->removeSeries(line);
        delete line;
    }
    m_gpuLines.clear();
    m_gpuLineIndexes.clear();
    for (const GpuMonitoringSeries &gpu : monitoring.gpuSeries) {
        QList<QPointF> points;
        points.reserve(gpu.points.size());
        for (const GpuMonitoringPoint &p : gpu.points) {
            if (p.utilizationPercent)
                points.append({qreal(p.time.toMSecsSinceEpoch()), *p.utilizationPercent});
        }
        auto *line = new QLineSeries;
        line->setName(tr("GPU %1 %").arg(gpu.index));
        line->replace(points);
        m_lineChart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_lineAxisY);
        QPen pen = line->pen();
        pen.setWidthF(1.0);
        line->setPen(pen);
        // Which GPU a thin line is, on hover: the legend cannot name eight of them legibly.
        connect(line, &QLineSeries::hovered, this, [name = line->name()](QPointF, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), name);
            else
                QToolTip::hideText();
        });
        m_gpuLines.append(line);
        m_gpuLineIndexes.append(gpu.index);
    }
    // Up to four GPUs are named in the legend; more would squeeze every entry to "GP…", so
    // then the legend keeps the average and host memory, and the lines name themselves on hover.
    const bool nameEachGpu = m_gpuLines.size() <= MaxGpusInLegend;
    for (QLineSeries *line : std::as_const(m_gpuLines)) {
        for (QLegendMarker *marker : m_lineChart->legend()->markers(line))
            marker->setVisible(nameEachGpu);
    }

    // The window the server answered for; "now" only when it named none.
    const QDateTime to = monitoring.to.isValid() ? monitoring.to : QDateTime::currentDateTimeUtc();
    const QDateTime from = monitoring.from.isValid() ? monitoring.from : to.addSecs(-3600);
    m_timeAxis->setFormat(from.secsTo(to) > 86400 ? u"MM-dd HH:mm"_s : u"HH:mm"_s);
    m_timeAxis->setRange(from.toLocalTime(), to.toLocalTime());
    // Live points continue this window; snapshots queued for the previous one are dropped.
    m_windowMs = from.msecsTo(to);
    m_axisEndMs = to.toMSecsSinceEpoch();
    m_newestMs = from.toMSecsSinceEpoch();
    for (const QLineSeries *line : {m_utilLine, m_memLine}) {
        if (line->count() > 0)
            m_newestMs = std::max(m_newestMs, qint64(line->at(line->count() - 1).x()));
    }
    m_pending.clear();
    m_livePoints = 0;
    const QString resolution = resolutionText(monitoring.resolution, monitoring.stepSeconds);
    m_historyNote =
        monitoring.series.isEmpty()
            ? tr("No readings in this range (%1).").arg(resolution)
            : tr("%n point(s) of %1 (lines: the average over the machine's GPUs, each GPU, host "
                 "memory).",
                 nullptr, int(monitoring.series.size()))
                  .arg(resolution);
    m_note->setText(m_historyNote);
}

QString MachineMonitoringCharts::resolutionText(const QString &resolution, int stepSeconds)
{
    QString step;
    if (stepSeconds % 3600 == 0 && stepSeconds > 0)
        step = tr("%n hour(s)", nullptr, stepSeconds / 3600);
    else if (stepSeconds % 60 == 0 && stepSeconds > 0)
        step = tr("%n minute(s)", nullptr, stepSeconds / 60);
    else
        step = tr("%n second(s)", nullptr, stepSeconds);
    if (resolution == MachineMonitoring::OneMinute)
        return tr("1-minute averages, one point per %1").arg(step);
    if (resolution == MachineMonitoring::OneHour)
        return tr("1-hour averages, one point per %1").arg(step);
    if (resolution == MachineMonitoring::Raw)
        return tr("raw samples, one point per %1").arg(step);
    return tr("readings");
}

void MachineMonitoringCharts::clearHistory(const QString &note)
{
    m_utilLine->clear();
    m_memLine->clear();
    for (QLineSeries *line : std::as_const(m_gpuLines)) {
        m_lineChart->removeSeries(line);
        delete line;
    }
    m_gpuLines.clear();
    m_gpuLineIndexes.clear();
    m_windowMs = 0;
    m_newestMs = 0;
    m_axisEndMs = 0;
    m_pending.clear();
    m_note->setText(note);
}

void MachineMonitoringCharts::appendLive(const LivePoint &point)
{
    if (!point.at.isValid())
        return;
    m_pending.append(point);
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void MachineMonitoringCharts::drawLive()
{
    QList<LivePoint> pending;
    pending.swap(m_pending);
    std::sort(pending.begin(), pending.end(),
              [](const LivePoint &a, const LivePoint &b) { return a.at < b.at; });
    if (pending.isEmpty())
        return;

    // The bars: each GPU's newest figure among the snapshots.
    for (const LivePoint &p : std::as_const(pending)) {
        for (int bar = 0; bar < m_barIndexes.size(); ++bar) {
            const int gpu = m_barIndexes.at(bar);
            if (const auto u = p.gpuUtilization.constFind(gpu); u != p.gpuUtilization.cend())
                m_utilSet->replace(bar, *u);
            if (const auto m = p.gpuMemoryPercent.constFind(gpu); m != p.gpuMemoryPercent.cend())
                m_memSet->replace(bar, *m);
        }
    }

    // The lines, only while a history is shown, and only forward in time.
    if (m_windowMs > 0) {
        QList<QPointF> util = m_utilLine->points();
        QList<QPointF> mem = m_memLine->points();
        QList<QList<QPointF>> gpus;
        gpus.reserve(m_gpuLines.size());
        for (QLineSeries *line : std::as_const(m_gpuLines))
            gpus.append(line->points());
        bool added = false;
        for (const LivePoint &p : std::as_const(pending)) {
            const qint64 x = p.at.toMSecsSinceEpoch();
            if (x <= m_newestMs)
                continue;
            m_newestMs = std::max(m_newestMs, x);
            added = true;
            ++m_livePoints;
            if (p.gpuAvgUtilization)
                util.append({qreal(x), *p.gpuAvgUtilization});
            if (p.memoryUsagePercent)
                mem.append({qreal(x), *p.memoryUsagePercent});
            for (int i = 0; i < m_gpuLineIndexes.size(); ++i) {
                if (const auto u = p.gpuUtilization.constFind(m_gpuLineIndexes.at(i));
                    u != p.gpuUtilization.cend())
                    gpus[i].append({qreal(x), *u});
            }
        }
        if (added) {
            m_axisEndMs = std::max(m_axisEndMs, m_newestMs);
            const qreal start = qreal(m_axisEndMs - m_windowMs);
            auto trim = [start](QList<QPointF> &points) {
                const auto firstInside =
                    std::find_if(points.begin(), points.end(),
                                 [start](const QPointF &p) { return p.x() >= start; });
                points.erase(points.begin(), firstInside);
            };
            trim(util);
            trim(mem);
            m_utilLine->replace(util);
            m_memLine->replace(mem);
            for (int i = 0; i < m_gpuLines.size(); ++i) {
                trim(gpus[i]);
                m_gpuLines.at(i)->replace(gpus.at(i));
            }
            const QDateTime end = QDateTime::fromMSecsSinceEpoch(m_axisEndMs, QTimeZone::utc());
            m_timeAxis->setRange(end.addMSecs(-m_windowMs).toLocalTime(), end.toLocalTime());
            m_note->setText(m_historyNote + u' ' +
                            tr("Then %n live point(s), the last at %1.", nullptr, m_livePoints)
                                .arg(end.toLocalTime().toString(u"HH:mm:ss"_s)));
        }
    }
    ++m_liveRedraws;
}

void MachineMonitoringCharts::clear()
{
    setGpuReadings({});
    clearHistory({});
}

QString MachineMonitoringCharts::note() const
{
    return m_note->text();
}

} // namespace remotegpu::ui
