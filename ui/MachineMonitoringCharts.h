#pragma once

#include <QList>
#include <QString>
#include <QWidget>

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
    };

    // Beyond this many GPUs their lines are left out of the legend (named on hover instead).
    static constexpr int MaxGpusInLegend = 4;

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

    QChart *m_barChart;
    QBarSet *m_utilSet;
    QBarSet *m_memSet;
    QBarCategoryAxis *m_barAxisX;
    QValueAxis *m_barAxisY;
    QChart *m_lineChart;
    QLineSeries *m_utilLine;
    QLineSeries *m_memLine;
    QList<QLineSeries *> m_gpuLines;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_lineAxisY;
    QLabel *m_note;
};

} // namespace remotegpu::ui
