#pragma once

#include "CustomerApi.h"

#include <QString>
#include <QWidget>

class QStandardItemModel;
class QTabWidget;

namespace remotegpu::ui {

class ErrorBanner;
class MachineMonitoringCharts;
class MachineProcessList;

// What "My machines" shows of the selected machine: its GPUs with their newest readings, the
// last hour's charts (the admin's charts, shared), the last GPU process report and the tenant's
// tasks on it. Loads when setMachine() names another machine, and again on refresh().
class MyMachineDetailPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { GpusTab, MonitoringTab, ProcessesTab, TasksTab };

    explicit MyMachineDetailPanel(ApiClient *api, QWidget *parent = nullptr);

    // Shows `id` (empty: nothing).
    void setMachine(const QString &id);
    QString machineId() const { return m_id; }
    void refresh();
    void clear();

    MachineMonitoringCharts *charts() const { return m_charts; }
    QStandardItemModel *gpuModel() const { return m_gpus; }
    QStandardItemModel *processModel() const;
    QStandardItemModel *taskModel() const { return m_tasks; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void monitoringLoaded();
    void processesLoaded();
    void tasksLoaded();

private:
    void load();
    void showMonitoring(const MachineMonitoring &monitoring);
    void showTasks(const Page<Task> &tasks);

    CustomerApi m_api;
    QString m_id;
    quint64 m_generation = 0;

    ErrorBanner *m_banner;
    QTabWidget *m_tabs;
    QStandardItemModel *m_gpus;
    MachineMonitoringCharts *m_charts;
    MachineProcessList *m_processList;
    QStandardItemModel *m_tasks;
};

} // namespace remotegpu::ui
