#include "MachineDetailPanel.h"

#include "ErrorBanner.h"
#include "MachineStatus.h"
#include "MachinesApi.h"
#include "Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;
namespace ms = machinestatus;

namespace {

QTableView *makeTable(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QStandardItem *item(const QString &text, const QVariant &sort = {})
{
    auto *i = new QStandardItem(text);
    if (sort.isValid())
        i->setData(sort, Qt::UserRole);
    return i;
}

QString percent(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 0) + u" %"_s : QStringLiteral("–");
}

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : QStringLiteral("–");
}

QString mib(qint64 v)
{
    return v >= 1024 ? QLocale().toString(v / 1024.0, 'f', v % 1024 ? 1 : 0) + u" GiB"_s
                     : QLocale().toString(v) + u" MiB"_s;
}

} // namespace

MachineDetailPanel::MachineDetailPanel(MachinesApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    setObjectName(u"machineDetailPanel"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"machineDetailTitle"_s);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner = new ErrorBanner(this);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MachineDetailPanel::refresh);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"machineDetailTabs"_s);
    m_tabs->setDocumentMode(true);

    // Overview: the machine's facts and allocation beside its GPUs.
    auto *overview = new QWidget(this);
    m_overview = new QLabel(overview);
    m_overview->setObjectName(u"machineOverview"_s);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setTextFormat(Qt::RichText);
    m_allocation = new QLabel(overview);
    m_allocation->setObjectName(u"machineCurrentAllocation"_s);
    m_allocation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_allocation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_allocation->setTextFormat(Qt::RichText);
    m_allocation->setWordWrap(true);
    m_gpus = new QStandardItemModel(0, 6, this);
    m_gpus->setHorizontalHeaderLabels({tr("GPU"), tr("Model"), tr("Memory"), tr("Utilisation"),
                                       tr("Memory used"), tr("Temperature")});
    m_gpuTable = makeTable(m_gpus, u"machineDetailGpuTable"_s, overview);
    m_gpuTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_gpuTable->horizontalHeader()->setStretchLastSection(false);
    auto *facts = new QVBoxLayout;
    facts->addWidget(m_overview);
    facts->addWidget(m_allocation);
    facts->addStretch();
    auto *overviewLayout = new QHBoxLayout(overview);
    overviewLayout->setContentsMargins(4, 4, 4, 4);
    overviewLayout->addLayout(facts, 2);
    overviewLayout->addWidget(m_gpuTable, 5);
    m_tabs->addTab(overview, tr("&Overview"));

    // Allocation history.
    m_allocations = new QStandardItemModel(0, 5, this);
    m_allocations->setHorizontalHeaderLabels(
        {tr("Allocation"), tr("Tenant"), tr("Start"), tr("End"), tr("Status")});
    m_allocationTable = makeTable(m_allocations, u"machineAllocationTable"_s, this);
    m_tabs->addTab(m_allocationTable, tr("&Allocations"));

    // Monitoring: per-GPU latest readings (bars) and the last hour's averages (lines).
    auto *monitoring = new QWidget(this);
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
    m_barView = new QChartView(m_barChart, monitoring);
    m_barView->setObjectName(u"machineGpuBarChart"_s);
    m_barView->setRenderHint(QPainter::Antialiasing);

    m_utilLine = new QLineSeries;
    m_utilLine->setName(tr("GPU utilisation % (average)"));
    m_memLine = new QLineSeries;
    m_memLine->setName(tr("Host memory %"));
    m_lineChart = new QChart;
    m_lineChart->addSeries(m_utilLine);
    m_lineChart->addSeries(m_memLine);
    m_lineChart->setTitle(tr("Last hour"));
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
    m_lineView = new QChartView(m_lineChart, monitoring);
    m_lineView->setObjectName(u"machineHistoryChart"_s);
    m_lineView->setRenderHint(QPainter::Antialiasing);
    for (QChart *chart : {m_barChart, m_lineChart}) {
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
    }
    m_monitoringNote = new QLabel(monitoring);
    m_monitoringNote->setObjectName(u"machineMonitoringNote"_s);
    m_monitoringNote->setWordWrap(true);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_barView, 1);
    charts->addWidget(m_lineView, 1);
    auto *monitoringLayout = new QVBoxLayout(monitoring);
    monitoringLayout->setContentsMargins(0, 0, 0, 0);
    monitoringLayout->addLayout(charts, 1);
    monitoringLayout->addWidget(m_monitoringNote);
    m_tabs->addTab(monitoring, tr("&Monitoring"));

    // The last GPU process report.
    auto *processes = new QWidget(this);
    m_processes = new QStandardItemModel(0, 5, this);
    m_processes->setHorizontalHeaderLabels(
        {tr("GPU"), tr("PID"), tr("User"), tr("GPU memory"), tr("Command")});
    m_processTable = makeTable(m_processes, u"machineProcessTable"_s, processes);
    m_processNote = new QLabel(processes);
    m_processNote->setObjectName(u"machineProcessNote"_s);
    m_processNote->setWordWrap(true);
    auto *processLayout = new QVBoxLayout(processes);
    processLayout->setContentsMargins(0, 0, 0, 0);
    processLayout->addWidget(m_processNote);
    processLayout->addWidget(m_processTable, 1);
    m_tabs->addTab(processes, tr("&Processes"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    applyChartTheme();
    clear();
}

void MachineDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme();
    QWidget::changeEvent(event);
}

void MachineDetailPanel::applyChartTheme()
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

void MachineDetailPanel::clear()
{
    ++m_generation;
    m_id.clear();
    m_detail.reset();
    m_title->setText(tr("Select a machine to see its GPUs, allocation and readings."));
    m_banner->clear();
    m_overview->clear();
    m_allocation->clear();
    m_gpus->removeRows(0, m_gpus->rowCount());
    m_allocations->removeRows(0, m_allocations->rowCount());
    m_processes->removeRows(0, m_processes->rowCount());
    m_utilSet->remove(0, m_utilSet->count());
    m_memSet->remove(0, m_memSet->count());
    m_barAxisX->clear();
    m_utilLine->clear();
    m_memLine->clear();
    m_monitoringNote->clear();
    m_processNote->clear();
    m_tabs->setEnabled(false);
}

void MachineDetailPanel::setMachine(const QString &id, bool held)
{
    if (id == m_id && held == m_held)
        return;
    if (id.isEmpty()) {
        clear();
        return;
    }
    const bool other = id != m_id;
    m_id = id;
    m_held = held;
    if (other) {
        // Nothing of the previous machine may stand beside the new one's name.
        clear();
        m_id = id;
        m_held = held;
        m_title->setText(tr("Loading %1…").arg(id));
    }
    load();
}

void MachineDetailPanel::refresh()
{
    if (!m_id.isEmpty())
        load();
}

void MachineDetailPanel::load()
{
    const quint64 generation = ++m_generation;
    const QString id = m_id;
    auto current = [this, generation] { return generation == m_generation; };

    m_api->detail(id, this, [this, current, id](Result<MachineDetail> answer) {
        if (!current())
            return;
        if (!answer.ok()) {
            m_detail.reset();
            m_title->setText(id);
            m_banner->showError(tr("Loading machine %1 failed").arg(id), answer.error());
            Q_EMIT detailLoaded();
            return;
        }
        m_banner->clear();
        showDetail(*answer);
        Q_EMIT detailLoaded();
    });

    m_api->allocations(id, 50, this, [this, current, id](Result<Page<Allocation>> answer) {
        if (!current())
            return;
        m_allocations->removeRows(0, m_allocations->rowCount());
        if (!answer.ok()) {
            m_banner->showError(tr("Loading the allocations of %1 failed").arg(id), answer.error());
            Q_EMIT historyLoaded();
            return;
        }
        for (const Allocation &a : answer->list) {
            const QString status = toString(a.status);
            auto *statusItem = item(status);
            if (a.status == AllocationStatus::Active) {
                const AllocationState state = a.state.value_or(AllocationState::Allocated);
                statusItem->setText(ms::text(state));
                statusItem->setIcon(ms::icon(state));
                statusItem->setForeground(ms::colour(state));
            }
            auto *start = item(shortTime(a.startTime));
            start->setToolTip(ms::exactTime(a.startTime));
            auto *end = item(shortTime(a.endTime));
            end->setToolTip(ms::exactTime(a.endTime));
            m_allocations->appendRow(
                {item(a.id),
                 item(a.tenantName.isEmpty() ? QString::number(a.tenantId) : a.tenantName), start,
                 end, statusItem});
        }
        m_allocationTable->resizeColumnsToContents();
        m_tabs->setTabText(1, tr("&Allocations (%1)").arg(answer->total));
        Q_EMIT historyLoaded();
    });

    if (!m_held) {
        m_utilLine->clear();
        m_memLine->clear();
        m_monitoringNote->setText(
            tr("The history of readings is kept for rented machines only; the bars show the "
               "latest reading of each GPU."));
        m_processes->removeRows(0, m_processes->rowCount());
        m_processNote->setText(
            tr("Process reports are shown for rented machines only: this machine is free."));
        return;
    }
    m_api->monitoring(id, 60, this, [this, current](Result<MachineMonitoring> answer) {
        if (!current())
            return;
        if (!answer.ok()) {
            m_utilLine->clear();
            m_memLine->clear();
            m_monitoringNote->setText(tr("No history: %1").arg(answer.error().message));
        } else {
            showMonitoring(*answer);
        }
        Q_EMIT monitoringLoaded();
    });
    m_api->processes(id, this, [this, current](Result<MachineProcessReport> answer) {
        if (!current())
            return;
        m_processes->removeRows(0, m_processes->rowCount());
        if (!answer.ok()) {
            m_processNote->setText(tr("No process report: %1").arg(answer.error().message));
            Q_EMIT processesLoaded();
            return;
        }
        if (!answer->reportedAt.isValid())
            m_processNote->setText(tr("The agent sent no process report since the allocation "
                                      "began."));
        else if (answer->processes.isEmpty())
            m_processNote->setText(
                tr("No GPU process was running at %1 (%2).")
                    .arg(shortTime(answer->reportedAt), ms::relativeTime(answer->reportedAt)));
        else
            m_processNote->setText(
                tr("Reported %1 (%2).")
                    .arg(shortTime(answer->reportedAt), ms::relativeTime(answer->reportedAt)));
        for (const GpuProcess &p : answer->processes) {
            m_processes->appendRow(
                {item(QString::number(p.gpuIndex), p.gpuIndex), item(QString::number(p.pid)),
                 item(p.username.isEmpty() ? tr("unknown") : p.username),
                 item(p.usedMemoryMb ? mib(*p.usedMemoryMb) : tr("n/a")), item(p.processName)});
        }
        m_processTable->resizeColumnsToContents();
        Q_EMIT processesLoaded();
    });
}

void MachineDetailPanel::showDetail(const MachineDetail &detail)
{
    m_detail = detail;
    m_tabs->setEnabled(true);
    const Machine &m = detail.item.machine;
    m_title->setText(tr("%1 — %2").arg(m.name, m.id));

    auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:10px; color:palette(mid)'>%1</td><td>%2</td></tr>"_s
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = u"<table>"_s;
    html += row(tr("Status"), ms::text(m.status) + u" · "_s + m.healthStatus);
    html += row(tr("Host name"), m.hostname.isEmpty() ? u"–"_s : m.hostname);
    html +=
        row(tr("IP address"),
            m.publicIp.isEmpty() ? m.ipAddress : tr("%1 (public %2)").arg(m.ipAddress, m.publicIp));
    html += row(tr("SSH"), (m.sshHost.isEmpty() ? m.ipAddress : m.sshHost) + u':' +
                               QString::number(m.sshPort));
    html += row(tr("System"),
                u"%1 %2 · %3 · %4"_s.arg(m.osType, m.osVersion, m.arch, m.deploymentMode));
    html += row(tr("Capacity"), tr("%1 cores · %2 GB memory · %3 GB disk")
                                    .arg(m.totalCpu)
                                    .arg(m.totalMemoryGb)
                                    .arg(m.totalDiskGb));
    html += row(tr("Region"), m.region.isEmpty() ? u"–"_s : m.region);
    html += row(tr("Last heartbeat"), m.lastHeartbeat.isValid()
                                          ? tr("%1 (%2)").arg(shortTime(m.lastHeartbeat),
                                                              ms::relativeTime(m.lastHeartbeat))
                                          : tr("never"));
    if (!m.tags.isEmpty())
        html += row(tr("Tags"), m.tags.join(u", "_s));
    html += u"</table>"_s;
    m_overview->setText(html);

    if (detail.allocation) {
        const CurrentAllocation &a = *detail.allocation;
        const QString state = ms::text(m.allocationState);
        m_allocation->setText(
            u"<b>%1</b> %2<br>%3 → %4 (%5)<br><span style='color:%6'>■</span> %7 · %8"_s.arg(
                tr("Rented to").toHtmlEscaped(),
                (a.tenantName.isEmpty() ? QString::number(a.tenantId) : a.tenantName)
                    .toHtmlEscaped(),
                shortTime(a.startTime).toHtmlEscaped(), shortTime(a.endTime).toHtmlEscaped(),
                ms::relativeTime(a.endTime).toHtmlEscaped(), ms::colour(m.allocationState).name(),
                state.toHtmlEscaped(), a.id.toHtmlEscaped()));
    } else {
        m_allocation->setText(tr("<b>Free</b>: not rented now."));
    }

    m_gpus->removeRows(0, m_gpus->rowCount());
    QHash<int, GpuMetricSample> latest;
    for (const GpuMetricSample &s : detail.latestGpuMetrics)
        latest.insert(s.gpuIndex, s);
    QStringList categories;
    QList<qreal> util;
    QList<qreal> mem;
    for (const Gpu &g : m.gpus) {
        const auto it = latest.constFind(g.index);
        const GpuMetricSample *s = it == latest.cend() ? nullptr : &*it;
        QString memUsed = u"–"_s;
        if (s && s->memoryUsed && s->memoryUsagePercent)
            memUsed = u"%1 (%2)"_s.arg(mib(*s->memoryUsed), percent(s->memoryUsagePercent));
        else if (s && s->memoryUsagePercent)
            memUsed = percent(s->memoryUsagePercent);
        else if (s && s->memoryUsed)
            memUsed = mib(*s->memoryUsed);
        auto *temperature = item(
            s && s->temperature ? QLocale().toString(*s->temperature, 'f', 0) + u" °C"_s : u"–"_s);
        auto *utilisation = item(percent(s ? s->utilizationPercent : std::nullopt));
        if (s) {
            utilisation->setToolTip(tr("Read %1").arg(ms::exactTime(s->collectedAt)));
        }
        m_gpus->appendRow({item(QString::number(g.index), g.index), item(g.name),
                           item(mib(g.memoryTotalMb), g.memoryTotalMb), utilisation, item(memUsed),
                           temperature});
        categories << tr("GPU %1").arg(g.index);
        util << (s && s->utilizationPercent ? *s->utilizationPercent : 0.0);
        mem << (s && s->memoryUsagePercent ? *s->memoryUsagePercent : 0.0);
    }
    for (int c : {0, 2, 3, 4, 5})
        m_gpuTable->resizeColumnToContents(c);
    m_tabs->setTabText(0, tr("&Overview (%n GPU(s))", nullptr, int(m.gpus.size())));

    m_utilSet->remove(0, m_utilSet->count());
    m_memSet->remove(0, m_memSet->count());
    m_barAxisX->clear();
    m_barAxisX->append(categories);
    m_utilSet->append(util);
    m_memSet->append(mem);
}

void MachineDetailPanel::showMonitoring(const MachineMonitoring &monitoring)
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
    const QDateTime to = monitoring.to.isValid() ? monitoring.to : QDateTime::currentDateTimeUtc();
    const QDateTime from = monitoring.from.isValid() ? monitoring.from : to.addSecs(-3600);
    m_timeAxis->setRange(from.toLocalTime(), to.toLocalTime());
    m_monitoringNote->setText(
        monitoring.series.isEmpty()
            ? tr("No readings in the last hour.")
            : tr("%n reading(s) in the last hour (averages over the machine's GPUs).", nullptr,
                 int(monitoring.series.size())));
}

} // namespace remotegpu::ui
