#pragma once

#include "MachineDetail.h"

#include <QString>
#include <QWidget>

#include <optional>

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
// process report. Loads when setMachine() names another machine, and again on refresh().
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

    const std::optional<MachineDetail> &detail() const { return m_detail; }
    QStandardItemModel *gpuModel() const { return m_gpus; }
    QStandardItemModel *allocationModel() const { return m_allocations; }
    QStandardItemModel *processModel() const;
    QTabWidget *tabs() const { return m_tabs; }
    MachineMonitoringCharts *charts() const { return m_charts; }

Q_SIGNALS:
    // The machine's detail arrived (or failed: then detail() is empty).
    void detailLoaded();
    void historyLoaded();
    void monitoringLoaded();
    void processesLoaded();

private:
    void load();
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
    QStandardItemModel *m_gpus;
    QTableView *m_gpuTable;
    QStandardItemModel *m_allocations;
    QTableView *m_allocationTable;
    MachineProcessList *m_processList;

    MachineMonitoringCharts *m_charts;
};

} // namespace remotegpu::ui
