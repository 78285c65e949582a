#include "MachinesView.h"

#include "ErrorBanner.h"
#include "HeaderStateKeeper.h"
#include "JsonReader.h"
#include "ListFields.h"
#include "LiveFeed.h"
#include "MachineDetailPanel.h"
#include "MachineEditDialog.h"
#include "MachineStatus.h"
#include "PagedTableModel.h"
#include "SelectionKeeper.h"
#include "Session.h"
#include "ShareBarDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;
namespace ms = machinestatus;

namespace {

constexpr int kAutoRefreshMs = 30000;

QString shortGpuModel(const QString &model)
{
    QString s = model;
    if (s.startsWith(u"NVIDIA "_s))
        s.remove(0, 7);
    return s;
}

// What a state column shows in the roles every state column shares: its words, icon and colour.
template<typename State>
QVariant stateData(State state, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return ms::text(state);
    case Qt::DecorationRole:
        return ms::icon(state);
    case Qt::ForegroundRole:
        return ms::colour(state);
    }
    return {};
}

QList<PagedColumn<MachineListItem>> machineColumns()
{
    using Row = MachineListItem;
    QList<PagedColumn<Row>> c(MachinesView::ColumnCount);
    c[MachinesView::StatusColumn] = {
        MachinesView::tr("Status"), u"status"_s, [](const Row &r, int role) -> QVariant {
            const MachineStatus s = r.machine.status;
            if (role == Qt::ToolTipRole)
                return MachinesView::tr("%1, health %2").arg(ms::text(s), r.machine.healthStatus);
            return stateData(s, role);
        }};
    c[MachinesView::NameColumn] = {
        MachinesView::tr("Name"), u"name"_s, [](const Row &r, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return r.machine.name;
            if (role == Qt::ToolTipRole)
                return MachinesView::tr("%1\nid %2\nhost %3")
                    .arg(r.machine.name, r.machine.id,
                         r.machine.hostname.isEmpty() ? u"–"_s : r.machine.hostname);
            return {};
        }};
    c[MachinesView::IpColumn] = {
        MachinesView::tr("IP address"), u"ipAddress"_s, [](const Row &r, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return r.machine.ipAddress;
            if (role == Qt::ToolTipRole && !r.machine.publicIp.isEmpty())
                return MachinesView::tr("Public: %1").arg(r.machine.publicIp);
            return {};
        }};
    c[MachinesView::GpuColumn] = {
        MachinesView::tr("GPUs"), u"totalGpu"_s, [](const Row &r, int role) -> QVariant {
            if (role == Qt::DisplayRole) {
                if (r.machine.totalGpu == 0)
                    return MachinesView::tr("none");
                return r.gpuModel.isEmpty()
                           ? QString::number(r.machine.totalGpu)
                           : u"%1 × %2"_s.arg(r.machine.totalGpu).arg(shortGpuModel(r.gpuModel));
            }
            if (role == Qt::ToolTipRole)
                return MachinesView::tr("%n GPU(s): %1", nullptr, r.machine.totalGpu)
                    .arg(r.gpuModel);
            return {};
        }};
    c[MachinesView::LoadColumn] = {
        MachinesView::tr("GPU load"), u"gpuAvgUtilization"_s,
        [](const Row &r, int role) -> QVariant {
            const std::optional<double> &load = r.gpuAvgUtilization;
            switch (role) {
            case Qt::DisplayRole:
                return load ? MachinesView::tr("%1 %").arg(qRound(*load)) : u"—"_s;
            case MachinesView::LoadShareRole:
                return load ? QVariant(*load / 100.0) : QVariant();
            case Qt::ToolTipRole: {
                if (!load) {
                    if (r.machine.status == MachineStatus::Offline)
                        return MachinesView::tr("No current figures: the machine is offline.");
                    return MachinesView::tr("No figures yet: no agent has reported.");
                }
                QStringList parts{MachinesView::tr("%1 % busy").arg(*load, 0, 'f', 1)};
                if (r.gpuAvgTemperature)
                    parts << MachinesView::tr("%1 °C").arg(*r.gpuAvgTemperature, 0, 'f', 0);
                if (r.gpuAvgPower)
                    parts << MachinesView::tr("%1 W").arg(*r.gpuAvgPower, 0, 'f', 0);
                return MachinesView::tr("Mean of the GPUs at %1: %2")
                    .arg(ms::exactTime(r.metricsAt), parts.join(u", "_s));
            }
            case Qt::TextAlignmentRole: // a figure sits after its bar; a dash mid-cell
                return int((load ? Qt::AlignRight : Qt::AlignHCenter) | Qt::AlignVCenter);
            }
            return {};
        },
        Qt::DescendingOrder};
    c[MachinesView::RegionColumn] = {MachinesView::tr("Region"), u"region"_s,
                                     [](const Row &r, int role) -> QVariant {
                                         if (role == Qt::DisplayRole)
                                             return r.machine.region;
                                         return {};
                                     }};
    c[MachinesView::AllocationColumn] = {
        MachinesView::tr("Allocation"), QString(), [](const Row &r, int role) -> QVariant {
            const AllocationState s = r.machine.allocationState;
            if (role == Qt::ToolTipRole)
                return r.machine.allocationId.isEmpty()
                           ? MachinesView::tr("Not rented now")
                           : MachinesView::tr("Allocation %1").arg(r.machine.allocationId);
            return stateData(s, role);
        }};
    c[MachinesView::TenantColumn] = {MachinesView::tr("Tenant"), QString(),
                                     [](const Row &r, int role) -> QVariant {
                                         if (role == Qt::DisplayRole)
                                             return r.machine.tenantName;
                                         return {};
                                     }};
    c[MachinesView::LeaseEndColumn] = {
        MachinesView::tr("Lease ends"), QString(), [](const Row &r, int role) -> QVariant {
            const QDateTime &t = r.machine.allocationEndTime;
            switch (role) {
            case Qt::DisplayRole:
                return ms::relativeTime(t);
            case Qt::ToolTipRole:
                return ms::exactTime(t);
            case Qt::ForegroundRole:
                if (r.machine.allocationState == AllocationState::Expiring)
                    return ms::colour(AllocationState::Expiring);
                return {};
            }
            return {};
        }};
    c[MachinesView::HeartbeatColumn] = {
        MachinesView::tr("Last seen"), u"lastHeartbeat"_s, [](const Row &r, int role) -> QVariant {
            const QDateTime &t = r.machine.lastHeartbeat;
            if (role == Qt::DisplayRole)
                return t.isValid() ? ms::relativeTime(t) : MachinesView::tr("never");
            if (role == Qt::ToolTipRole)
                return r.machine.offlineReason.isEmpty()
                           ? ms::exactTime(t)
                           : MachinesView::tr("%1\nOffline: %2")
                                 .arg(ms::exactTime(t), r.machine.offlineReason);
            return {};
        }};
    c[MachinesView::AgentColumn] = {
        MachinesView::tr("Agent"), QString(), [](const Row &r, int role) -> QVariant {
            const Machine &m = r.machine;
            QStringList problems;
            if (m.flappingSince.isValid())
                problems << MachinesView::tr("flapping");
            if (m.unhealthyGpus > 0)
                problems << MachinesView::tr("%n unhealthy GPU(s)", nullptr, m.unhealthyGpus);
            if (m.status == MachineStatus::Offline)
                problems << MachinesView::tr("offline");
            // A machine no agent has ever reported from is neither healthy nor broken: "OK"
            // would vouch for what nobody measured, and "offline" (the status a new machine
            // starts in) would suggest an agent that stopped.
            const bool neverReported = m.agentVersion.isEmpty() && !m.lastHeartbeat.isValid();
            switch (role) {
            case Qt::DisplayRole:
                if (neverReported)
                    return MachinesView::tr("no agent");
                return problems.isEmpty() ? MachinesView::tr("OK") : problems.join(u" · "_s);
            case Qt::ToolTipRole: {
                if (neverReported)
                    return MachinesView::tr("No agent has reported from this machine yet.");
                QStringList lines;
                lines << MachinesView::tr("Agent %1")
                             .arg(m.agentVersion.isEmpty() ? MachinesView::tr("not reported")
                                                           : m.agentVersion);
                if (!m.offlineReason.isEmpty())
                    lines << MachinesView::tr("Offline: %1").arg(m.offlineReason);
                if (m.flappingSince.isValid())
                    lines << MachinesView::tr("Flapping since %1")
                                 .arg(ms::relativeTime(m.flappingSince));
                if (m.agentBufferedDropped > 0)
                    lines << MachinesView::tr("%n heartbeat(s) dropped by the agent's buffer",
                                              nullptr, int(m.agentBufferedDropped));
                return lines.join(u'\n');
            }
            case Qt::ForegroundRole:
                if (neverReported)
                    return QColor(0x75, 0x75, 0x75);
                if (!problems.isEmpty())
                    return QColor(0xc6, 0x28, 0x28);
                return {};
            }
            return {};
        }};
    return c;
}

QString describeMachine(const MachineListItem &m)
{
    return ms::machineName(m.machine.id, m.machine.name);
}

} // namespace

MachinesView::MachinesView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Machines"),
                  tr("Every GPU host: its state, GPUs and current tenant. Select one to see its "
                     "detail below."),
                  parent)
    , m_api(*api)
    , m_session(session)
{
    m_model = new PagedTableModel<MachineListItem>(
        machineColumns(),
        [this](const PageRequest &request, QObject *context, Reply<Page<MachineListItem>> reply) {
            m_api.list(request, context, std::move(reply));
        },
        [](const MachineListItem &row) { return row.machine.id; }, this);
    m_model->setPageSize(100);
    // A status change pushed by the live feed changes that row in place (status, agent state,
    // last seen): no reload, so selection, scroll position and the other rows stay as they are.
    connect(session->liveFeed(), &LiveFeed::hostStatusChanged, this,
            [this](const QString &hostId, const QString &status, const QString &reason,
                   bool flapping, const QDateTime &at) {
                const auto s = fromString<MachineStatus>(status);
                if (!s)
                    return;
                // The server's time of the change, not the console's clock (an event from a
                // reconnect's backlog is not "now").
                const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
                m_model->updateRow(hostId, [&](MachineListItem &row) {
                    Machine &m = row.machine;
                    m.status = *s;
                    m.offlineReason = *s == MachineStatus::Offline ? reason : QString();
                    if (!flapping)
                        m.flappingSince = {};
                    else if (!m.flappingSince.isValid())
                        m.flappingSince = when;
                    // Back online means a heartbeat arrived then.
                    if (*s == MachineStatus::Online)
                        m.lastHeartbeat = when;
                    // What an offline machine last reported is not its load now (as the
                    // server's list says).
                    if (*s == MachineStatus::Offline) {
                        row.gpuAvgUtilization.reset();
                        row.gpuAvgTemperature.reset();
                        row.gpuAvgPower.reset();
                        row.metricsAt = {};
                    }
                });
            });
    // Each machine's load follows its metrics as they arrive (at most once a second per host).
    connect(session->liveFeed(), &LiveFeed::metricsReceived, this,
            [this](const QString &hostId, const QJsonObject &event) {
                // Read only for a machine on the loaded page (most events name others).
                m_model->updateRow(hostId, [&event](MachineListItem &row) {
                    const QDateTime at = JsonReader(event).timestamp(u"at"_s);
                    // A snapshot older than the one shown (a reconnect's backlog) is history.
                    if (row.metricsAt.isValid() && at.isValid() && at < row.metricsAt)
                        return;
                    JsonReader host(event.value(u"host"_s).toObject());
                    row.gpuAvgUtilization = host.optionalNumber(u"gpuAvgUtilization"_s);
                    row.gpuAvgTemperature = host.optionalNumber(u"gpuAvgTemperature"_s);
                    row.gpuAvgPower = host.optionalNumber(u"gpuAvgPower"_s);
                    row.metricsAt = at;
                });
            });

    m_table = new QTableView(this);
    m_table->setObjectName(u"machineTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSortIndicator(NameColumn, Qt::AscendingOrder);
    // Widths that leave the GPU column (which takes what is left) room for "8 × A100-SXM4-80GB"
    // at 1440 px beside the sidebar; the other columns' longest usual texts still fit.
    const QList<int> widths{110, 140, 100, 185, 100, 80, 95, 140, 85, 85, 105};
    for (int i = 0; i < widths.size(); ++i)
        header->resizeSection(i, widths.at(i));
    header->setSectionResizeMode(GpuColumn, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(LoadColumn, new ShareBarDelegate(LoadShareRole, 0, m_table));
    HeaderStateKeeper::attach(header, u"machines"_s);
    m_keeper = SelectionKeeper::attach(m_table, m_model);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(u"machinesErrorBanner"_s);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MachinesView::refresh);

    m_detail = new MachineDetailPanel(&m_api, this);
    connect(session->liveFeed(), &LiveFeed::metricsReceived, m_detail,
            &MachineDetailPanel::takeLiveMetrics);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"machinesSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    buildActions();
    buildFilters();

    contentLayout()->addWidget(m_toolbar);
    contentLayout()->addWidget(m_banner);
    contentLayout()->addWidget(m_splitter, 1);

    // Sorting is the server's: a click on a sortable column asks it; a click on one it cannot
    // sort by puts the indicator back.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int section, Qt::SortOrder order) {
                if (!m_activated)
                    return;
                if (m_model->sortFieldOf(section).isEmpty()) {
                    int previous = NameColumn;
                    for (int c = 0; c < ColumnCount; ++c) {
                        if (m_model->sortFieldOf(c) == m_model->sortField())
                            previous = c;
                    }
                    const QSignalBlocker block(header);
                    header->setSortIndicator(previous, m_model->sortOrder());
                    return;
                }
                m_model->sort(section, order);
            });

    connect(m_model, &PagedTableModelBase::loaded, this, [this] {
        m_banner->clear();
        // The filter choices grow with what the fleet has.
        QSet<QString> regions;
        QSet<QString> models;
        for (const MachineListItem &row : m_model->rows()) {
            regions.insert(row.machine.region);
            models.insert(row.gpuModel);
        }
        auto grow = [](QComboBox *combo, const QSet<QString> &values) {
            QStringList sorted(values.cbegin(), values.cend());
            sorted.sort(Qt::CaseInsensitive);
            for (const QString &v : sorted) {
                if (!v.isEmpty() && combo->findData(v) < 0)
                    combo->addItem(v, v);
            }
        };
        const QSignalBlocker b1(m_region);
        const QSignalBlocker b2(m_gpuModel);
        grow(m_region, regions);
        grow(m_gpuModel, models);
        updateCount();
        updateActions();
        currentRowChanged();
    });
    connect(m_model, &PagedTableModelBase::refreshed, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_model, &PagedTableModelBase::loadFailed, this, [this](const Error &error) {
        m_banner->showError(tr("Loading machines failed"), error);
        updateCount();
    });
    connect(m_model, &PagedTableModelBase::loadingChanged, this, [this] { updateCount(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MachinesView::updateActions);
    m_currentDebounce.setSingleShot(true);
    m_currentDebounce.setInterval(120);
    connect(&m_currentDebounce, &QTimer::timeout, this, &MachinesView::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_currentDebounce.start(); });
    connect(m_table, &QTableView::activated, this, [this] { editCurrent(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &MachinesView::showContextMenu);

    m_autoRefresh.setInterval(kAutoRefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible() && m_activated && !m_model->isLoading())
            refresh();
    });
    updateActions();
    updateCount();
}

MachinesView::~MachinesView() = default;

void MachinesView::buildActions()
{
    auto make = [this](const QString &text, const QString &name, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        return a;
    };
    m_new = make(tr("&Add…"), u"machineAddAction"_s, tr("Register a machine (Ctrl+N)"));
    m_edit = make(tr("&Edit…"), u"machineEditAction"_s, tr("Edit the machine (Enter)"));
    m_delete =
        make(tr("&Delete…"), u"machineDeleteAction"_s, tr("Delete the selected machines (Delete)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_delete);
    m_maintenanceOn = make(tr("Start &maintenance…"), u"machineMaintenanceOnAction"_s,
                           tr("Take the selected machines out of service"));
    m_maintenanceOff = make(tr("E&nd maintenance"), u"machineMaintenanceOffAction"_s,
                            tr("Put the selected machines back in service"));
    m_allocate = make(tr("A&llocate…"), u"machineAllocateAction"_s,
                      tr("Rent the selected free machines to a tenant"));
    m_extend = make(tr("E&xtend…"), u"machineExtendAction"_s,
                    tr("Extend the leases of the selected rented machines"));
    m_reclaim = make(tr("&Reclaim…"), u"machineReclaimAction"_s,
                     tr("End the leases of the selected rented machines now"));
    m_import = make(tr("&Import from CSV…"), u"machineImportAction"_s,
                    tr("Register many machines from a CSV file"));
    m_refresh = make(tr("Re&fresh"), u"machineRefreshAction"_s, tr("Load the list again (F5)"));

    connect(m_new, &QAction::triggered, this, &MachinesView::createNew);
    connect(m_edit, &QAction::triggered, this, &MachinesView::editCurrent);
    connect(m_delete, &QAction::triggered, this, &MachinesView::deleteSelected);
    connect(m_maintenanceOn, &QAction::triggered, this,
            [this] { setMaintenanceForSelected(true); });
    connect(m_maintenanceOff, &QAction::triggered, this,
            [this] { setMaintenanceForSelected(false); });
    connect(m_allocate, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const MachineListItem &m : selectedMachines())
            ids << m.machine.id;
        if (!ids.isEmpty())
            Q_EMIT allocateRequested(ids);
    });
    auto allocationIds = [this] {
        QStringList ids;
        for (const MachineListItem &m : selectedMachines()) {
            if (!m.machine.allocationId.isEmpty())
                ids << m.machine.allocationId;
        }
        return ids;
    };
    connect(m_extend, &QAction::triggered, this, [this, allocationIds] {
        if (const QStringList ids = allocationIds(); !ids.isEmpty())
            Q_EMIT extendRequested(ids);
    });
    connect(m_reclaim, &QAction::triggered, this, [this, allocationIds] {
        if (const QStringList ids = allocationIds(); !ids.isEmpty())
            Q_EMIT reclaimRequested(ids);
    });
    connect(m_import, &QAction::triggered, this, [this] { Q_EMIT importRequested(); });
    connect(m_refresh, &QAction::triggered, this, &MachinesView::refresh);

    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(u"machinesToolbar"_s);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addAction(m_new);
    m_toolbar->addAction(m_edit);
    m_toolbar->addAction(m_delete);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_maintenanceOn);
    m_toolbar->addAction(m_maintenanceOff);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_allocate);
    m_toolbar->addAction(m_extend);
    m_toolbar->addAction(m_reclaim);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_import);
    m_toolbar->addAction(m_refresh);
}

void MachinesView::buildFilters()
{
    const QStringList &allowed = ListFields::machines().filterable;
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"machineSearch"_s);
    m_search->setPlaceholderText(tr("Search name, IP or host (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { sendFilter(u"q"_s, text.trimmed()); });

    m_statusButton = new QPushButton(this);
    m_statusButton->setObjectName(u"machineStatusFilter"_s);
    m_statusMenu = new QMenu(m_statusButton);
    for (MachineStatus s :
         {MachineStatus::Online, MachineStatus::Offline, MachineStatus::Maintenance}) {
        QAction *a = m_statusMenu->addAction(ms::icon(s), ms::text(s));
        a->setCheckable(true);
        a->setData(toString(s));
        connect(a, &QAction::toggled, this, [this] {
            rememberChoices();
            sendFilter(u"status"_s, filtersFromWidgets().value(u"status"_s));
        });
        m_statusActions << a;
    }
    m_statusButton->setMenu(m_statusMenu);

    m_allocationState = new QComboBox(this);
    m_allocationState->setObjectName(u"machineAllocationFilter"_s);
    m_allocationState->addItem(tr("Any allocation"), QStringList());
    m_allocationState->addItem(ms::icon(AllocationState::Unallocated), tr("Free"),
                               QStringList{u"unallocated"_s});
    m_allocationState->addItem(ms::icon(AllocationState::Allocated), tr("Rented"),
                               QStringList{u"allocated"_s, u"expiring"_s});
    m_allocationState->addItem(ms::icon(AllocationState::Expiring), tr("Expiring"),
                               QStringList{u"expiring"_s});

    m_region = new QComboBox(this);
    m_region->setObjectName(u"machineRegionFilter"_s);
    m_region->addItem(tr("Any region"), QString());
    m_gpuModel = new QComboBox(this);
    m_gpuModel->setObjectName(u"machineGpuModelFilter"_s);
    m_gpuModel->addItem(tr("Any GPU model"), QString());
    m_gpuModel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(u"machineTenantFilter"_s);
    m_tenant->addItem(tr("Any tenant"), QVariant());
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *combo : {m_allocationState, m_region, m_gpuModel, m_tenant}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_settingWidgets)
                return;
            const QJsonObject f = filtersFromWidgets();
            for (const QString &field :
                 {u"allocationState"_s, u"region"_s, u"gpuModel"_s, u"tenantId"_s})
                sendFilter(field, f.value(field));
        });
    }

    m_clearFilters = new QToolButton(this);
    m_clearFilters->setObjectName(u"machineClearFilters"_s);
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setToolTip(tr("Show every machine"));
    connect(m_clearFilters, &QToolButton::clicked, this, &MachinesView::clearFilters);

    m_count = new QLabel(this);
    m_count->setObjectName(u"machineCount"_s);

    bar->addWidget(m_search, 2);
    if (allowed.contains(u"status"_s))
        bar->addWidget(m_statusButton);
    if (allowed.contains(u"allocationState"_s))
        bar->addWidget(m_allocationState);
    if (allowed.contains(u"region"_s))
        bar->addWidget(m_region);
    if (allowed.contains(u"gpuModel"_s))
        bar->addWidget(m_gpuModel);
    if (allowed.contains(u"tenantId"_s))
        bar->addWidget(m_tenant);
    bar->addWidget(m_clearFilters);
    bar->addStretch(1);
    bar->addWidget(m_count);
    for (QWidget *w : {static_cast<QWidget *>(m_statusButton),
                       static_cast<QWidget *>(m_allocationState), static_cast<QWidget *>(m_region),
                       static_cast<QWidget *>(m_gpuModel), static_cast<QWidget *>(m_tenant)})
        w->setVisible(bar->indexOf(w) >= 0);
    contentLayout()->addLayout(bar);
    rememberChoices();
}

// The status button says what it filters ("Status: Online, Offline").
void MachinesView::rememberChoices()
{
    QStringList chosen;
    for (QAction *a : std::as_const(m_statusActions)) {
        if (a->isChecked())
            chosen << a->text();
    }
    m_statusButton->setText(chosen.isEmpty() ? tr("Any status")
                                             : tr("Status: %1").arg(chosen.join(u", "_s)));
}

QJsonObject MachinesView::filtersFromWidgets() const
{
    QJsonObject f;
    QJsonArray statuses;
    for (QAction *a : m_statusActions) {
        if (a->isChecked())
            statuses.append(a->data().toString());
    }
    if (!statuses.isEmpty())
        f.insert(u"status"_s, statuses);
    const QStringList states = m_allocationState->currentData().toStringList();
    if (!states.isEmpty())
        f.insert(u"allocationState"_s, QJsonArray::fromStringList(states));
    if (const QString r = m_region->currentData().toString(); !r.isEmpty())
        f.insert(u"region"_s, r);
    if (const QString g = m_gpuModel->currentData().toString(); !g.isEmpty())
        f.insert(u"gpuModel"_s, g);
    if (const QVariant t = m_tenant->currentData(); t.isValid())
        f.insert(u"tenantId"_s, t.toLongLong());
    if (const QString q = m_search->text().trimmed(); !q.isEmpty())
        f.insert(u"q"_s, q);
    for (auto it = m_extraFilters.begin(); it != m_extraFilters.end(); ++it)
        f.insert(it.key(), it.value());
    return f;
}

void MachinesView::setWidgetsFromFilters(const QJsonObject &filters)
{
    m_settingWidgets = true;
    m_extraFilters = {};
    for (const QString &field : {u"gpuCountMin"_s, u"gpuCountMax"_s}) {
        if (filters.contains(field))
            m_extraFilters.insert(field, filters.value(field));
    }
    const QSignalBlocker b0(m_search);
    m_search->setText(filters.value(u"q"_s).toString());
    auto values = [&filters](const QString &field) {
        const QJsonValue v = filters.value(field);
        QStringList out;
        if (v.isArray()) {
            for (const QJsonValue &x : v.toArray())
                out << x.toVariant().toString();
        } else if (!v.isUndefined() && !v.isNull()) {
            out << v.toVariant().toString();
        }
        return out;
    };
    const QStringList statuses = values(u"status"_s);
    for (QAction *a : std::as_const(m_statusActions)) {
        const QSignalBlocker b(a);
        a->setChecked(statuses.contains(a->data().toString()));
    }
    rememberChoices();
    QStringList states = values(u"allocationState"_s);
    states.sort();
    int stateIndex = 0;
    for (int i = 1; i < m_allocationState->count(); ++i) {
        QStringList d = m_allocationState->itemData(i).toStringList();
        d.sort();
        if (d == states)
            stateIndex = i;
    }
    m_allocationState->setCurrentIndex(stateIndex);
    auto choose = [](QComboBox *combo, const QString &value) {
        if (value.isEmpty()) {
            combo->setCurrentIndex(0);
            return;
        }
        int i = combo->findData(value);
        if (i < 0) {
            combo->addItem(value, value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    };
    choose(m_region, values(u"region"_s).value(0));
    choose(m_gpuModel, values(u"gpuModel"_s).value(0));
    const QString tenant = values(u"tenantId"_s).value(0);
    if (tenant.isEmpty()) {
        m_tenant->setCurrentIndex(0);
    } else {
        int i = m_tenant->findData(tenant.toLongLong());
        if (i < 0) {
            m_tenant->addItem(tr("Tenant %1").arg(tenant), tenant.toLongLong());
            i = m_tenant->count() - 1;
        }
        m_tenant->setCurrentIndex(i);
    }
    m_settingWidgets = false;
}

void MachinesView::sendFilter(const QString &field, const QJsonValue &value)
{
    if (m_settingWidgets || !m_activated)
        return;
    m_model->setFilter(field, value);
}

void MachinesView::clearFilters()
{
    setWidgetsFromFilters({});
    if (m_activated)
        m_model->setFilters({});
}

void MachinesView::updateCount()
{
    if (!m_activated) {
        m_count->clear();
        return;
    }
    const qint64 total = m_model->totalRows();
    QString text = m_model->filters().isEmpty() ? tr("%n machine(s)", nullptr, int(total))
                                                : tr("%n machine(s) match", nullptr, int(total));
    if (m_model->isLoading())
        text += u" · "_s + tr("loading…");
    m_count->setText(text);
    m_clearFilters->setEnabled(!m_model->filters().isEmpty());
}

void MachinesView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    // One request: the filters wait on the model's debounce, which the sort's reload takes.
    const QJsonObject f = filtersFromWidgets();
    for (auto it = f.begin(); it != f.end(); ++it)
        m_model->setFilter(it.key(), it.value());
    QHeaderView *header = m_table->horizontalHeader();
    QString field = m_model->sortFieldOf(header->sortIndicatorSection());
    if (field.isEmpty()) {
        field = u"name"_s;
        const QSignalBlocker block(header);
        header->setSortIndicator(NameColumn, Qt::AscendingOrder);
    }
    m_model->setSort(field, header->sortIndicatorOrder());
    loadTenants();
    if (isVisible())
        m_autoRefresh.start();
}

void MachinesView::loadTenants()
{
    if (m_tenantsLoaded)
        return;
    m_api.tenants(this, [this](Result<Page<Customer>> answer) {
        if (!answer.ok())
            return; // The filter stays at "Any tenant"; the next refresh asks again.
        m_tenantsLoaded = true;
        const QVariant current = m_tenant->currentData();
        m_settingWidgets = true;
        while (m_tenant->count() > 1)
            m_tenant->removeItem(1);
        for (const Customer &c : answer->list) {
            const QString name = !c.company.isEmpty()       ? c.company
                                 : !c.displayName.isEmpty() ? c.displayName
                                                            : c.username;
            m_tenant->addItem(name, c.id);
            m_tenant->setItemData(m_tenant->count() - 1, c.username, Qt::ToolTipRole);
        }
        const int i = current.isValid() ? m_tenant->findData(current) : 0;
        m_tenant->setCurrentIndex(std::max(0, i));
        m_settingWidgets = false;
    });
}

void MachinesView::refresh()
{
    if (!m_activated) {
        activate();
        return;
    }
    m_model->refresh();
    m_detail->refresh();
    loadTenants();
}

void MachinesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MachinesView::applyFilters(const QJsonObject &filters)
{
    QJsonObject allowed;
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        if (ListFields::machines().filterable.contains(it.key()))
            allowed.insert(it.key(), it.value());
    }
    setWidgetsFromFilters(allowed);
    if (!m_activated) {
        activate();
        return;
    }
    m_model->setFilters(filtersFromWidgets());
}

void MachinesView::resetForNewSession()
{
    m_activated = false;
    m_tenantsLoaded = false;
    m_autoRefresh.stop();
    m_model->clear();
    m_detail->clear();
    setWidgetsFromFilters({});
    updateCount();
}

void MachinesView::setAutoRefreshInterval(int milliseconds)
{
    m_autoRefresh.setInterval(milliseconds);
}

void MachinesView::showEvent(QShowEvent *event)
{
    SectionView::showEvent(event);
    if (m_activated)
        m_autoRefresh.start();
}

void MachinesView::hideEvent(QHideEvent *event)
{
    SectionView::hideEvent(event);
    m_autoRefresh.stop();
}

QList<MachineListItem> MachinesView::selectedMachines() const
{
    QList<MachineListItem> out;
    for (const QString &key : m_keeper->selectedKeys()) {
        if (const MachineListItem *row = m_model->rowAt(m_model->rowOfKey(key)))
            out << *row;
    }
    return out;
}

void MachinesView::updateActions()
{
    const QList<MachineListItem> selected = selectedMachines();
    bool anyMaintenance = false;
    bool anyInService = false;
    bool allFree = !selected.isEmpty();
    bool allRented = !selected.isEmpty();
    for (const MachineListItem &m : selected) {
        const bool maintenance = m.machine.status == MachineStatus::Maintenance;
        anyMaintenance |= maintenance;
        anyInService |= !maintenance;
        const bool rented = !m.machine.allocationId.isEmpty() &&
                            m.machine.allocationState != AllocationState::Unallocated;
        allFree &= !rented && !maintenance;
        allRented &= rented;
    }
    m_edit->setEnabled(selected.size() == 1);
    m_delete->setEnabled(!selected.isEmpty());
    m_maintenanceOn->setEnabled(anyInService);
    m_maintenanceOff->setEnabled(anyMaintenance);
    m_allocate->setEnabled(allFree);
    m_extend->setEnabled(allRented);
    m_reclaim->setEnabled(allRented);
    const int n = int(selected.size());
    m_delete->setText(n > 1 ? tr("&Delete %n machines…", nullptr, n) : tr("&Delete…"));
}

void MachinesView::currentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const MachineListItem *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (!row) {
        if (m_model->rowCount() == 0)
            m_detail->clear();
        return;
    }
    m_detail->setMachine(row->machine.id,
                         row->machine.allocationState != AllocationState::Unallocated);
}

void MachinesView::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_table->indexAt(pos);
    if (at.isValid() && !m_table->selectionModel()->isRowSelected(at.row(), {}))
        m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    updateActions();
    auto *menu = new QMenu(this);
    menu->setObjectName(u"machineContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_edit);
    menu->addSeparator();
    menu->addAction(m_allocate);
    menu->addAction(m_extend);
    menu->addAction(m_reclaim);
    menu->addSeparator();
    menu->addAction(m_maintenanceOn);
    menu->addAction(m_maintenanceOff);
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_new);
    menu->addAction(m_refresh);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void MachinesView::createNew()
{
    Machine m;
    openEditor(m, true);
}

void MachinesView::editCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const MachineListItem *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (!row)
        return;
    const QString id = row->machine.id;
    // The list has no GPUs: the editor starts from the full machine.
    if (m_detail->detail() && m_detail->detail()->item.machine.id == id) {
        openEditor(m_detail->detail()->item.machine, false);
        return;
    }
    Q_EMIT statusMessage(tr("Loading %1…").arg(id));
    m_api.detail(id, this, [this, id](Result<MachineDetail> answer) {
        if (!answer.ok()) {
            showErrorDialog(this, tr("Opening machine %1 failed").arg(id), answer.error());
            return;
        }
        openEditor(answer->item.machine, false);
    });
}

void MachinesView::openEditor(const Machine &machine, bool isNew)
{
    auto *dialog = new MachineEditDialog(&m_api, machine, isNew, this);
    connect(dialog, &MachineEditDialog::saved, this, [this, isNew](const MachineDetail &d) {
        const QString id = d.item.machine.id;
        Q_EMIT statusMessage(isNew ? tr("Machine %1 added").arg(d.item.machine.name)
                                   : tr("Machine %1 saved").arg(d.item.machine.name));
        m_model->refresh();
        m_detail->refresh();
        if (isNew) {
            // Select the new machine once the list has it.
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection =
                connect(m_model, &PagedTableModelBase::refreshed, this, [this, id, connection] {
                    disconnect(*connection);
                    const int row = m_model->rowOfKey(id);
                    if (row >= 0)
                        m_table->selectionModel()->setCurrentIndex(
                            m_model->index(row, NameColumn),
                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                });
        }
    });
    Q_EMIT editDialogOpened(dialog);
    dialog->open();
}

void MachinesView::deleteSelected()
{
    const QList<MachineListItem> machines = selectedMachines();
    if (machines.isEmpty())
        return;
    QStringList names;
    for (const MachineListItem &m : machines)
        names << describeMachine(m);
    auto *box = new QMessageBox(this);
    box->setObjectName(u"machineDeleteConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Delete machines"));
    if (machines.size() == 1) {
        box->setText(tr("Delete machine %1?").arg(names.first()));
    } else {
        const int shown = 10;
        QString list = names.mid(0, shown).join(u"\n"_s);
        if (names.size() > shown)
            list += u"\n"_s + tr("… and %n more", nullptr, int(names.size() - shown));
        box->setText(tr("Delete these %n machines?", nullptr, int(machines.size())));
        box->setDetailedText(names.join(u"\n"_s));
        box->setInformativeText(list);
    }
    const QString extra =
        tr("Its GPUs and readings are deleted too. A machine that is or was rented cannot be "
           "deleted; set it to maintenance instead.");
    box->setInformativeText(
        box->informativeText().isEmpty() ? extra : box->informativeText() + u"\n\n"_s + extra);
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"machineDeleteConfirmButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, yes, machines](auto *button) {
        if (button == yes)
            removeMachines(machines);
        Q_UNUSED(box);
    });
    box->open();
}

namespace {

// Counts the answers of a batch and reports once, when the last one is in.
struct Batch
{
    int pending = 0;
    int done = 0;
    QStringList failures;
    Error firstError;

    // Counts one machine's answer; true once every machine of the batch has answered.
    template<typename T>
    bool settle(const QString &label, const Result<T> &answer)
    {
        if (answer.ok()) {
            ++done;
        } else {
            if (failures.isEmpty())
                firstError = answer.error();
            failures << QStringLiteral("%1: %2").arg(label, answer.error().message);
        }
        return --pending == 0;
    }
};

Error combined(const Batch &batch)
{
    Error e = batch.firstError;
    if (batch.failures.size() > 1)
        e.message = batch.failures.join(u"\n"_s);
    return e;
}

} // namespace

void MachinesView::removeMachines(const QList<MachineListItem> &machines)
{
    auto batch = std::make_shared<Batch>();
    batch->pending = int(machines.size());
    for (const MachineListItem &m : machines) {
        const QString label = describeMachine(m);
        m_api.remove(
            m.machine.id, this, [this, batch, label](const Result<MachineDeleted> &answer) {
                if (!batch->settle(label, answer))
                    return;
                m_model->refresh();
                if (batch->done > 0)
                    Q_EMIT statusMessage(tr("%n machine(s) deleted", nullptr, batch->done));
                if (!batch->failures.isEmpty())
                    showErrorDialog(this,
                                    batch->failures.size() == 1
                                        ? tr("Deleting %1 failed").arg(label)
                                        : tr("%n machine(s) could not be deleted", nullptr,
                                             int(batch->failures.size())),
                                    combined(*batch));
            });
    }
}

void MachinesView::setMaintenanceForSelected(bool enabled)
{
    QList<MachineListItem> machines;
    for (const MachineListItem &m : selectedMachines()) {
        if ((m.machine.status == MachineStatus::Maintenance) != enabled)
            machines << m;
    }
    if (machines.isEmpty())
        return;
    if (!enabled) {
        runMaintenance(machines, false, {});
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"maintenanceReasonDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Start maintenance"));
    QStringList names;
    for (const MachineListItem &m : machines)
        names << m.machine.name;
    dialog->setLabelText(tr("Take %1 out of service.\nReason (optional, kept in the audit log):")
                             .arg(names.size() > 3 ? tr("%n machines", nullptr, int(names.size()))
                                                   : names.join(u", "_s)));
    dialog->setOkButtonText(tr("Start maintenance"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, machines](const QString &reason) { runMaintenance(machines, true, reason); });
    dialog->open();
}

void MachinesView::runMaintenance(const QList<MachineListItem> &machines, bool enabled,
                                  const QString &reason)
{
    auto batch = std::make_shared<Batch>();
    batch->pending = int(machines.size());
    for (const MachineListItem &m : machines) {
        const QString label = describeMachine(m);
        m_api.setMaintenance(
            m.machine.id, enabled, reason, this,
            [this, batch, label, enabled](const Result<MachineDetail> &answer) {
                if (!batch->settle(label, answer))
                    return;
                m_model->refresh();
                m_detail->refresh();
                if (batch->done > 0)
                    Q_EMIT statusMessage(
                        enabled ? tr("%n machine(s) in maintenance", nullptr, batch->done)
                                : tr("%n machine(s) back in service", nullptr, batch->done));
                if (!batch->failures.isEmpty())
                    showErrorDialog(this, tr("Changing maintenance failed"), combined(*batch));
            });
    }
}

} // namespace remotegpu::ui
