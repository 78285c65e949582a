#include "MyMachineDetailPanel.h"

#include "ErrorBanner.h"
#include "MachineMonitoringCharts.h"
#include "MachineProcessList.h"
#include "MachineStatus.h"
#include "TimeText.h"
#include "WorkbenchView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// The window of readings the charts show, in minutes.
constexpr int MonitoringMinutes = 60;
// The machine's newest tasks shown; the Tasks section lists them all.
constexpr int TaskRows = 50;

QTableView *readOnlyTable(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QStandardItem *cell(const QString &text)
{
    return new QStandardItem(text);
}

QString figure(const std::optional<double> &v, const QString &unit)
{
    return v ? QLocale().toString(*v, 'f', 0) + unit : u"–"_s;
}

} // namespace

MyMachineDetailPanel::MyMachineDetailPanel(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    setObjectName(u"myMachineDetailPanel"_s);
    m_banner = new ErrorBanner(this);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MyMachineDetailPanel::refresh);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"myMachineDetailTabs"_s);
    m_tabs->setDocumentMode(true);

    m_gpus = new QStandardItemModel(0, 6, this);
    m_gpus->setHorizontalHeaderLabels({tr("GPU"), tr("Model"), tr("Utilisation"), tr("Memory used"),
                                       tr("Temperature"), tr("Power")});
    QTableView *gpuTable = readOnlyTable(m_gpus, u"myMachineGpuTable"_s, this);
    gpuTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    gpuTable->horizontalHeader()->setStretchLastSection(false);
    m_tabs->insertTab(GpusTab, gpuTable, tr("&GPUs"));

    m_charts = new MachineMonitoringCharts(this);
    m_tabs->insertTab(MonitoringTab, m_charts, tr("&Monitoring"));

    m_processList = new MachineProcessList(this);
    m_tabs->insertTab(ProcessesTab, m_processList, tr("&Processes"));

    m_tasks = new QStandardItemModel(0, 5, this);
    m_tasks->setHorizontalHeaderLabels(
        {tr("Task"), tr("Status"), tr("Image"), tr("Started"), tr("Finished")});
    m_tabs->insertTab(TasksTab, readOnlyTable(m_tasks, u"myMachineTaskTable"_s, this),
                      tr("&Tasks"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    clear();
}

void MyMachineDetailPanel::clear()
{
    ++m_generation;
    m_id.clear();
    m_banner->clear();
    m_gpus->removeRows(0, m_gpus->rowCount());
    m_processList->clear();
    m_tasks->removeRows(0, m_tasks->rowCount());
    m_charts->clear();
    m_tabs->setEnabled(false);
}

void MyMachineDetailPanel::setMachine(const QString &id)
{
    if (id == m_id)
        return;
    // Nothing of the previous machine may stand beside the new one.
    clear();
    m_id = id;
    if (!id.isEmpty())
        load();
}

QStandardItemModel *MyMachineDetailPanel::processModel() const
{
    return m_processList->model();
}

void MyMachineDetailPanel::refresh()
{
    if (!m_id.isEmpty())
        load();
}

void MyMachineDetailPanel::load()
{
    m_tabs->setEnabled(true);
    const quint64 generation = ++m_generation;
    const QString id = m_id;
    // An answer for a machine no longer shown is dropped.
    auto current = [this, generation] { return generation == m_generation; };

    m_api.monitoring(
        id, MonitoringMinutes, this, [this, current, id](Result<MachineMonitoring> answer) {
            if (!current())
                return;
            if (answer.ok()) {
                showMonitoring(*answer);
            } else {
                m_charts->clearHistory(tr("No readings: %1").arg(answer.error().message));
                m_banner->showError(tr("Loading the readings of %1 failed").arg(id),
                                    answer.error());
            }
            Q_EMIT monitoringLoaded();
        });
    m_api.processes(id, this, [this, current](Result<MachineProcessReport> answer) {
        if (!current())
            return;
        if (answer.ok()) {
            m_processList->setReport(*answer);
            m_tabs->setTabText(ProcessesTab, tr("&Processes (%1)").arg(answer->processes.size()));
        } else {
            m_processList->showUnavailable(tr("No process report: %1").arg(answer.error().message));
        }
        Q_EMIT processesLoaded();
    });
    PageRequest request;
    request.pageSize = TaskRows;
    m_api.machineTasks(id, request, this, [this, current, id](Result<Page<Task>> answer) {
        if (!current())
            return;
        m_tasks->removeRows(0, m_tasks->rowCount());
        if (answer.ok())
            showTasks(*answer);
        else
            m_banner->showError(tr("Loading the tasks of %1 failed").arg(id), answer.error());
        Q_EMIT tasksLoaded();
    });
}

void MyMachineDetailPanel::showMonitoring(const MachineMonitoring &monitoring)
{
    m_gpus->removeRows(0, m_gpus->rowCount());
    for (const MachineMonitoringGpu &g : monitoring.gpus) {
        QString memory = u"–"_s;
        if (g.memoryUsedMb && g.memoryUsagePercent)
            memory = tr("%1 MiB (%2)")
                         .arg(QLocale().toString(*g.memoryUsedMb, 'f', 0),
                              figure(g.memoryUsagePercent, u" %"_s));
        else if (g.memoryUsagePercent)
            memory = figure(g.memoryUsagePercent, u" %"_s);
        auto *utilisation = cell(figure(g.utilization, u" %"_s));
        if (g.collectedAt.isValid())
            utilisation->setToolTip(tr("Read %1").arg(machinestatus::exactTime(g.collectedAt)));
        m_gpus->appendRow({cell(QString::number(g.index)), cell(g.name), utilisation, cell(memory),
                           cell(figure(g.temperature, u" °C"_s)),
                           cell(figure(g.powerDraw, u" W"_s))});
    }
    m_tabs->setTabText(GpusTab, tr("&GPUs (%1)").arg(monitoring.gpus.size()));
    m_charts->setGpuReadings(MachineMonitoringCharts::readingsOf(monitoring.gpus));
    m_charts->setHistory(monitoring);
}

void MyMachineDetailPanel::showTasks(const Page<Task> &tasks)
{
    for (const Task &t : tasks.list) {
        m_tasks->appendRow({cell(t.name.isEmpty() ? t.id : t.name),
                            cell(WorkbenchView::taskStatusText(t)), cell(t.image),
                            cell(timetext::text(t.startedAt, timetext::notSet())),
                            cell(timetext::text(t.completedAt, timetext::notSet()))});
    }
    m_tabs->setTabText(TasksTab, tr("&Tasks (%1)").arg(tasks.total));
}

} // namespace remotegpu::ui
