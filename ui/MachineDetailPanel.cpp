#include "MachineDetailPanel.h"

#include "ErrorBanner.h"
#include "JsonReader.h"
#include "MachineMonitoringCharts.h"
#include "MachineProcessList.h"
#include "MachineStatus.h"
#include "MachinesApi.h"
#include "TimeText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

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

QString mib(qint64 v)
{
    return v >= 1024 ? QLocale().toString(v / 1024.0, 'f', v % 1024 ? 1 : 0) + u" GiB"_s
                     : QLocale().toString(v) + u" MiB"_s;
}

// The GPU table's reading cells, from a detail's latest sample or a live snapshot alike.
QString memoryUsedText(const GpuMetricSample &s)
{
    if (s.memoryUsed && s.memoryUsagePercent)
        return u"%1 (%2)"_s.arg(mib(*s.memoryUsed), percent(s.memoryUsagePercent));
    if (s.memoryUsagePercent)
        return percent(s.memoryUsagePercent);
    if (s.memoryUsed)
        return mib(*s.memoryUsed);
    return u"–"_s;
}

QString temperatureText(const GpuMetricSample &s)
{
    return s.temperature ? QLocale().toString(*s.temperature, 'f', 0) + u" °C"_s : u"–"_s;
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
    m_agent = new QLabel(overview);
    m_agent->setObjectName(u"machineAgentBlock"_s);
    m_agent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agent->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_agent->setTextFormat(Qt::RichText);
    m_agent->setWordWrap(true);
    m_statusHistory = new QLabel(overview);
    m_statusHistory->setObjectName(u"machineStatusHistory"_s);
    m_statusHistory->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusHistory->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_statusHistory->setTextFormat(Qt::RichText);
    m_statusHistory->setWordWrap(true);
    m_gpus = new QStandardItemModel(0, 7, this);
    m_gpus->setHorizontalHeaderLabels({tr("GPU"), tr("Model"), tr("Memory"), tr("Utilisation"),
                                       tr("Memory used"), tr("Temperature"), tr("Health")});
    m_gpuTable = makeTable(m_gpus, u"machineDetailGpuTable"_s, overview);
    m_gpuTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_gpuTable->horizontalHeader()->setStretchLastSection(false);
    auto *facts = new QVBoxLayout;
    facts->addWidget(m_overview);
    facts->addWidget(m_allocation);
    facts->addWidget(m_agent);
    facts->addWidget(m_statusHistory);
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
    m_range = new QComboBox(monitoring);
    m_range->setObjectName(u"monitoringRangePicker"_s);
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 6 hours"), 6 * 3600);
    m_range->addItem(tr("Last 24 hours"), 24 * 3600);
    m_range->addItem(tr("Last 7 days"), 7 * 86400);
    m_range->addItem(tr("Last 30 days"), 30 * 86400);
    m_resolution = new QLabel(monitoring);
    m_resolution->setObjectName(u"monitoringResolution"_s);
    auto *rangeRow = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Range:"), monitoring);
    rangeLabel->setBuddy(m_range);
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_resolution, 1);
    m_charts = new MachineMonitoringCharts(monitoring);
    auto *monitoringLayout = new QVBoxLayout(monitoring);
    monitoringLayout->setContentsMargins(4, 4, 4, 0);
    monitoringLayout->addLayout(rangeRow);
    monitoringLayout->addWidget(m_charts, 1);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_id.isEmpty())
            loadMonitoring();
    });
    m_tabs->addTab(monitoring, tr("&Monitoring"));

    // The last GPU process report.
    m_processList = new MachineProcessList(this);
    m_tabs->addTab(m_processList, tr("&Processes"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    // Holds the title at the top while the tabs are hidden (no machine selected).
    layout->addStretch(0);

    clear();
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
    m_agent->clear();
    m_statusHistory->clear();
    m_resolution->clear();
    m_monitoring.reset();
    m_gpus->removeRows(0, m_gpus->rowCount());
    m_allocations->removeRows(0, m_allocations->rowCount());
    m_charts->clear();
    m_processList->clear();
    m_tabs->setEnabled(false);
    // With nothing selected the panel is its one sentence, not empty tabs and tables.
    m_tabs->hide();
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
    m_tabs->show(); // disabled until the detail arrives, so the layout does not jump then
    load();
}

QStandardItemModel *MachineDetailPanel::processModel() const
{
    return m_processList->model();
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
            auto *start = item(timetext::text(a.startTime, timetext::notSet()));
            start->setToolTip(ms::exactTime(a.startTime));
            auto *end = item(timetext::text(a.endTime, timetext::notSet()));
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

    m_api->statusHistory(id, 10, this, [this, current](Result<QList<HostStatusChange>> answer) {
        if (!current())
            return;
        if (!answer.ok()) {
            m_statusHistory->setText(
                tr("Status history unavailable: %1").arg(answer.error().message).toHtmlEscaped());
        } else if (answer->isEmpty()) {
            m_statusHistory->setText(tr("<b>Status history</b>: no change recorded."));
        } else {
            QString html = u"<b>%1</b><br>"_s.arg(tr("Status history").toHtmlEscaped());
            for (const HostStatusChange &c : *answer) {
                html += u"%1 · %2 → %3%4<br>"_s.arg(
                    ms::relativeTime(c.changedAt).toHtmlEscaped(),
                    (c.fromStatus.isEmpty() ? u"–"_s : c.fromStatus).toHtmlEscaped(),
                    c.toStatus.toHtmlEscaped(),
                    c.reason.isEmpty() ? QString()
                                       : QString(u" ("_s + c.reason + u')').toHtmlEscaped());
            }
            m_statusHistory->setText(html);
        }
        Q_EMIT statusHistoryLoaded();
    });

    // GPU health as the agent latched it, from the realtime snapshot of this one host. It may
    // come before the detail's GPU rows: then showDetail() puts it in.
    m_gpuHealth.clear();
    m_api->realtime({id}, this, [this, current](Result<FleetRealtime> answer) {
        if (!current() || !answer.ok() || answer->hosts.isEmpty())
            return;
        m_gpuHealth.clear();
        for (const RealtimeGpu &g : answer->hosts.first().gpus)
            m_gpuHealth.insert(g.index, g);
        showGpuHealth();
        Q_EMIT gpuHealthLoaded();
    });

    loadMonitoring();
    if (!m_held) {
        m_processList->showUnavailable(
            tr("Process reports are shown for rented machines only: this machine is free."));
        return;
    }
    m_api->processes(id, this, [this, current](Result<MachineProcessReport> answer) {
        if (!current())
            return;
        if (answer.ok())
            m_processList->setReport(*answer);
        else
            m_processList->showUnavailable(tr("No process report: %1").arg(answer.error().message));
        Q_EMIT processesLoaded();
    });
}

void MachineDetailPanel::showGpuHealth()
{
    for (int row = 0; row < m_gpus->rowCount(); ++row) {
        const int index = m_gpus->item(row, 0)->data(Qt::UserRole).toInt();
        const auto it = m_gpuHealth.constFind(index);
        if (it == m_gpuHealth.cend())
            continue;
        QStringList faults;
        if (!it->xidErrors.isEmpty()) {
            QStringList codes;
            for (int xid : it->xidErrors)
                codes << QString::number(xid);
            faults << tr("XID %1").arg(codes.join(u", "_s));
        }
        if (it->eccUncorrectedErrors.value_or(0) > 0)
            faults << tr("%n uncorrectable ECC error(s)", nullptr, int(*it->eccUncorrectedErrors));
        if (it->rowRemapFailure)
            faults << tr("row remap failed");
        auto *health = item(faults.isEmpty() ? (it->isUnhealthy() ? tr("unhealthy") : tr("healthy"))
                                             : faults.join(u" · "_s));
        if (it->isUnhealthy()) {
            health->setForeground(QColor(0xc6, 0x28, 0x28));
            health->setToolTip(it->healthReason);
        }
        m_gpus->setItem(row, 6, health);
    }
    m_gpuTable->resizeColumnToContents(6);
}

qint64 MachineDetailPanel::rangeSeconds() const
{
    return m_range->currentData().toLongLong();
}

void MachineDetailPanel::loadMonitoring()
{
    const quint64 generation = ++m_monitoringGeneration;
    const quint64 machine = m_generation;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-rangeSeconds());
    m_resolution->setText(tr("Loading…"));
    m_api->monitoring(
        m_id, from, to, this, [this, generation, machine](Result<MachineMonitoring> answer) {
            if (generation != m_monitoringGeneration || machine != m_generation)
                return;
            if (!answer.ok()) {
                m_monitoring.reset();
                m_resolution->clear();
                m_charts->clearHistory(tr("No history: %1").arg(answer.error().message));
            } else {
                m_monitoring = *answer;
                m_resolution->setText(tr("Server resolution: %1")
                                          .arg(MachineMonitoringCharts::resolutionText(
                                              answer->resolution, answer->stepSeconds)));
                m_charts->setHistory(*answer);
            }
            Q_EMIT monitoringLoaded();
        });
}

QString MachineDetailPanel::agentText() const
{
    return m_agent->text();
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
                                          ? tr("%1 (%2)").arg(timetext::text(m.lastHeartbeat),
                                                              ms::relativeTime(m.lastHeartbeat))
                                          : tr("never"));
    if (!m.tags.isEmpty())
        html += row(tr("Tags"), m.tags.join(u", "_s));
    html += u"</table>"_s;
    m_overview->setText(html);

    // The agent, as the server last heard it.
    QString agent = u"<b>%1</b><table>"_s.arg(tr("Agent").toHtmlEscaped());
    agent += row(tr("Version"), m.agentVersion.isEmpty() ? tr("not reported") : m.agentVersion);
    agent += row(tr("Last seen"),
                 m.lastHeartbeat.isValid() ? ms::relativeTime(m.lastHeartbeat) : tr("never"));
    agent +=
        row(tr("Interval"),
            m.agentIntervalSeconds ? tr("%n second(s)", nullptr, *m.agentIntervalSeconds) : u"–"_s);
    agent += row(tr("Dropped heartbeats"), QLocale().toString(m.agentBufferedDropped));
    if (!m.offlineReason.isEmpty())
        agent += row(tr("Offline because"), m.offlineReason);
    if (m.flappingSince.isValid())
        agent += row(tr("Flapping since"), ms::relativeTime(m.flappingSince));
    if (m.unhealthyGpus > 0)
        agent += row(tr("Unhealthy GPUs"), QString::number(m.unhealthyGpus));
    agent += u"</table>"_s;
    m_agent->setText(agent);

    if (detail.allocation) {
        const CurrentAllocation &a = *detail.allocation;
        const QString state = ms::text(m.allocationState);
        m_allocation->setText(
            u"<b>%1</b> %2<br>%3 → %4 (%5)<br><span style='color:%6'>■</span> %7 · %8"_s.arg(
                tr("Rented to").toHtmlEscaped(),
                (a.tenantName.isEmpty() ? QString::number(a.tenantId) : a.tenantName)
                    .toHtmlEscaped(),
                timetext::text(a.startTime, timetext::notSet()).toHtmlEscaped(),
                timetext::text(a.endTime, timetext::notSet()).toHtmlEscaped(),
                ms::relativeTime(a.endTime).toHtmlEscaped(), ms::colour(m.allocationState).name(),
                state.toHtmlEscaped(), a.id.toHtmlEscaped()));
    } else {
        m_allocation->setText(tr("<b>Free</b>: not rented now."));
    }

    m_gpus->removeRows(0, m_gpus->rowCount());
    QHash<int, GpuMetricSample> latest;
    for (const GpuMetricSample &s : detail.latestGpuMetrics)
        latest.insert(s.gpuIndex, s);
    QList<MachineMonitoringCharts::GpuReading> readings;
    for (const Gpu &g : m.gpus) {
        const auto it = latest.constFind(g.index);
        const GpuMetricSample *s = it == latest.cend() ? nullptr : &*it;
        const QString memUsed = s ? memoryUsedText(*s) : u"–"_s;
        auto *temperature = item(s ? temperatureText(*s) : u"–"_s);
        auto *utilisation = item(percent(s ? s->utilizationPercent : std::nullopt));
        if (s) {
            utilisation->setToolTip(tr("Read %1").arg(ms::exactTime(s->collectedAt)));
        }
        m_gpus->appendRow({item(QString::number(g.index), g.index), item(g.name),
                           item(mib(g.memoryTotalMb), g.memoryTotalMb), utilisation, item(memUsed),
                           temperature});
        readings.append({tr("GPU %1").arg(g.index),
                         s && s->utilizationPercent ? *s->utilizationPercent : 0.0,
                         s && s->memoryUsagePercent ? *s->memoryUsagePercent : 0.0, g.index});
    }
    showGpuHealth();
    for (int c : {0, 2, 3, 4, 5})
        m_gpuTable->resizeColumnToContents(c);
    m_tabs->setTabText(0, tr("&Overview (%n GPU(s))", nullptr, int(m.gpus.size())));

    m_charts->setGpuReadings(readings);
}

void MachineDetailPanel::takeLiveMetrics(const QString &hostId, const QJsonObject &event)
{
    if (hostId != m_id || !m_detail)
        return;
    MachineMonitoringCharts::LivePoint point;
    point.at = JsonReader(event).timestamp(u"at"_s);
    if (!point.at.isValid())
        return;
    JsonReader host(event.value(u"host"_s).toObject());
    point.gpuAvgUtilization = host.optionalNumber(u"gpuAvgUtilization"_s);
    point.memoryUsagePercent = host.optionalNumber(u"memoryUsagePercent"_s);
    QHash<int, int> rowOfGpu;
    for (int row = 0; row < m_gpus->rowCount(); ++row)
        rowOfGpu.insert(m_gpus->item(row, 0)->data(Qt::UserRole).toInt(), row);
    for (const QJsonValue &value : event.value(u"gpus"_s).toArray()) {
        JsonReader g(value.toObject());
        GpuMetricSample s;
        s.gpuIndex = g.integer(u"index"_s, -1);
        s.utilizationPercent = g.optionalNumber(u"utilizationPercent"_s);
        s.memoryUsagePercent = g.optionalNumber(u"memoryUsagePercent"_s);
        s.temperature = g.optionalNumber(u"temperature"_s);
        s.memoryUsed = g.optionalInt64(u"memoryUsed"_s);
        if (s.utilizationPercent)
            point.gpuUtilization.insert(s.gpuIndex, *s.utilizationPercent);
        if (s.memoryUsagePercent)
            point.gpuMemoryPercent.insert(s.gpuIndex, *s.memoryUsagePercent);
        // The GPU table's readings follow too (at most once a second per machine).
        const auto row = rowOfGpu.constFind(s.gpuIndex);
        if (row == rowOfGpu.cend())
            continue;
        QStandardItem *utilisation = m_gpus->item(*row, 3);
        utilisation->setText(percent(s.utilizationPercent));
        utilisation->setToolTip(tr("Read %1").arg(ms::exactTime(point.at)));
        m_gpus->item(*row, 4)->setText(memoryUsedText(s));
        m_gpus->item(*row, 5)->setText(temperatureText(s));
    }
    m_charts->appendLive(point);
}

} // namespace remotegpu::ui
