#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace remotegpu {
struct MachineMonitoring;
struct MachineMonitoringGpu;
} // namespace remotegpu

namespace remotegpu::ui {

// One machine's GPU charts, shared by the admin's and the customer's machine detail: the latest
// utilisation and memory of each GPU as bars, and the window's readings (GPU utilisation
// averaged over the cards, host memory) on a time axis, with a line saying what is shown.
class MachineMonitoringCharts : public QWidget
{
    Q_OBJECT

public:
    // One GPU's bars; a missing reading is drawn as 0.
    struct GpuReading
    {
        QString label;
        double utilization = 0.0;
        double memoryPercent = 0.0;
        int index = -1; // the GPU's index, which live snapshots name it by
    };

    // One live snapshot of the machine (a metrics event of the live feed).
    struct LivePoint
    {
        QDateTime at;
        std::optional<double> gpuAvgUtilization;
        std::optional<double> memoryUsagePercent;
        // By GPU index; a GPU the snapshot left out keeps its bar and gains no point.
        QHash<int, double> gpuUtilization;
        QHash<int, double> gpuMemoryPercent;
    };

    // Beyond this many GPUs their lines are left out of the legend (named on hover instead).
    static constexpr int MaxGpusInLegend = 4;
    // Live points are drawn at most this often, each time with one replace() per line.
    static constexpr int LiveRedrawMs = 200;

    explicit MachineMonitoringCharts(QWidget *parent = nullptr);

    void setGpuReadings(const QList<GpuReading> &readings);
    // The bars from a monitoring answer's newest sample per GPU.
    static QList<GpuReading> readingsOf(const QList<MachineMonitoringGpu> &gpus);
    // The lines from the monitoring answer, over its own window: the averages over the GPUs,
    // host memory, and one utilisation line per GPU when the answer has per-GPU series.
    void setHistory(const MachineMonitoring &monitoring);
    // In words: "1-minute averages", for the note and the range picker's label.
    static QString resolutionText(const QString &resolution, int stepSeconds);
    // No lines, and `note` saying why (a free machine, a failed request).
    void clearHistory(const QString &note);
    void clear();
    // Takes a live snapshot: the bars show it and, while a history is shown, its lines gain the
    // point and the window slides to end at it (points older than the window are dropped). What
    // arrives within LiveRedrawMs is drawn together. A snapshot no newer than the newest drawn
    // point adds no point.
    void appendLive(const LivePoint &point);
    // How many times live points were drawn (for tests and the benchmark).
    int liveRedrawCount() const { return m_liveRedraws; }

    QBarSet *utilizationBars() const { return m_utilSet; }
    QBarSet *memoryBars() const { return m_memSet; }
    QLineSeries *utilizationLine() const { return m_utilLine; }
    QLineSeries *memoryLine() const { return m_memLine; }
    // One per GPU of the last history, in GPU order.
    const QList<QLineSeries *> &gpuLines() const { return m_gpuLines; }
    QString note() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void drawLive();

    QChart *m_barChart;
    QBarSet *m_utilSet;
    QBarSet *m_memSet;
    QBarCategoryAxis *m_barAxisX;
    QValueAxis *m_barAxisY;
    QChart *m_lineChart;
    QLineSeries *m_utilLine;
    QLineSeries *m_memLine;
    QList<QLineSeries *> m_gpuLines;
    QList<int> m_gpuLineIndexes; // the GPU index of each of m_gpuLines
    QList<int> m_barIndexes;     // the GPU index of each bar
    qint64 m_windowMs = 0;       // the shown history's width; 0: no history, no live lines
    qint64 m_newestMs = 0;       // the newest point drawn (live points come after it)
    qint64 m_axisEndMs = 0;      // where the time axis ends: the window's end or the newest point
    QList<LivePoint> m_pending;
    QTimer m_liveTimer;
    int m_liveRedraws = 0;
    int m_livePoints = 0;  // live points added since the history was shown
    QString m_historyNote; // what the note says of the history alone
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_lineAxisY;
    QLabel *m_note;
};

} // namespace remotegpu::ui
