#pragma once

#include "MachineDetail.h"
#include "MachineMonitoring.h"
#include "RealtimeGpu.h"

#include <QHash>

#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QJsonObject;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace remotegpu {
class MachinesApi;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;
class MachineMonitoringCharts;
class MachineProcessList;

// What the machine list's current row is, in depth: its GPUs with their latest readings, the
// current allocation and the allocation history, a chart of the GPUs (latest utilisation and
// memory per card; the last hour's averages while the machine is held), and the last GPU
// process report. Loads when setMachine() names another machine, and again on refresh(); in
// between, the live feed's snapshots of the machine keep its readings and charts current.
class MachineDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MachineDetailPanel(MachinesApi *api, QWidget *parent = nullptr);

    // Shows `id` (empty: nothing). `held`: the machine is rented now, so the monitoring history
    // and process report (routes that serve held machines only) are asked for too.
    void setMachine(const QString &id, bool held);
    QString machineId() const { return m_id; }
    void refresh();
    void clear();
    // A live metrics event (LiveFeed::metricsReceived): when it is this machine's, the GPU
    // table's readings and the charts follow it.
    void takeLiveMetrics(const QString &hostId, const QJsonObject &event);

    const std::optional<MachineDetail> &detail() const { return m_detail; }
    QStandardItemModel *gpuModel() const { return m_gpus; }
    QStandardItemModel *allocationModel() const { return m_allocations; }
    QStandardItemModel *processModel() const;
    QTabWidget *tabs() const { return m_tabs; }
    MachineMonitoringCharts *charts() const { return m_charts; }
    // The Monitoring tab's range (1 h … 30 d) and the last history the server answered.
    QComboBox *rangePicker() const { return m_range; }
    qint64 rangeSeconds() const;
    const std::optional<MachineMonitoring> &monitoring() const { return m_monitoring; }
    // The agent block of the overview (version, last seen, interval, drops, offline reason,
    // status history), as shown.
    QString agentText() const;

Q_SIGNALS:
    // The machine's detail arrived (or failed: then detail() is empty).
    void detailLoaded();
    void historyLoaded();
    void monitoringLoaded();
    void statusHistoryLoaded();
    void gpuHealthLoaded();
    void processesLoaded();

private:
    void load();
    // The GPU rows' Health cells from m_gpuHealth (rows it does not name stay as they are).
    void showGpuHealth();
    void loadMonitoring();
    void showDetail(const MachineDetail &detail);

    MachinesApi *m_api;
    QString m_id;
    bool m_held = false;
    quint64 m_generation = 0;
    std::optional<MachineDetail> m_detail;

    QLabel *m_title;
    ErrorBanner *m_banner;
    QTabWidget *m_tabs;
    QLabel *m_overview;
    QLabel *m_allocation;
    QLabel *m_agent;
    QLabel *m_statusHistory;
    QComboBox *m_range;
    QLabel *m_resolution;
    std::optional<MachineMonitoring> m_monitoring;
    quint64 m_monitoringGeneration = 0;
    QStandardItemModel *m_gpus;
    QTableView *m_gpuTable;
    QStandardItemModel *m_allocations;
    QTableView *m_allocationTable;
    MachineProcessList *m_processList;
    QHash<int, RealtimeGpu> m_gpuHealth; // by GPU index, from this machine's realtime snapshot

    MachineMonitoringCharts *m_charts;
};

} // namespace remotegpu::ui
