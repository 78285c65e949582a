#include "AllocationsView.h"

#include "AllocateDialog.h"
#include "ErrorBanner.h"
#include "ExtendDialog.h"
#include "HeaderStateKeeper.h"
#include "MachineStatus.h"
#include "ReclaimDialog.h"
#include "SelectionKeeper.h"
#include "Theme.h"
#include "TimelineWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant timeCell(const QDateTime &t, int role)
{
    if (role == Qt::DisplayRole)
        return localTimeText(t);
    if (role == PagedTableModelBase::SortRole)
        return t.toMSecsSinceEpoch();
    if (role == Qt::ToolTipRole)
        return t.toUTC().toString(Qt::ISODateWithMs);
    return {};
}

} // namespace

AllocationsView::AllocationsView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Allocations"),
                  tr("Every lease of every tenant: who rents which machine until when. Extend or "
                     "reclaim from the list or by dragging a lease's end on the timeline."),
                  parent)
    , m_apiClient(api)
    , m_api(api)
{
    Q_UNUSED(session);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"allocationsToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newAction = toolbar->addAction(tr("New allocation…"));
    m_newAction->setObjectName(u"newAllocationAction"_s);
    m_newAction->setToolTip(tr("Rent machines to a tenant for a period (Ctrl+N)"));
    m_extendAction = toolbar->addAction(tr("Extend…"));
    m_extendAction->setObjectName(u"extendAction"_s);
    m_extendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_extendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_extendAction->setToolTip(tr("Extend the selected allocations (Ctrl+E)"));
    m_reclaimAction = toolbar->addAction(tr("Reclaim…"));
    m_reclaimAction->setObjectName(u"reclaimAction"_s);
    m_reclaimAction->setShortcut(QKeySequence::Delete);
    m_reclaimAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reclaimAction->setToolTip(tr("End the selected allocations now, with a reason (Delete)"));
    m_detailsAction = toolbar->addAction(tr("Details"));
    m_detailsAction->setObjectName(u"detailsAction"_s);
    m_detailsAction->setToolTip(tr("Show the selected allocation (Enter)"));
    toolbar->addSeparator();
    m_refreshAction = toolbar->addAction(tr("Refresh"));
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setToolTip(tr("Load the allocations again (F5)"));
    for (QAction *a : {m_extendAction, m_reclaimAction})
        addAction(a);

    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_stateFilter->addItem(tr("All states"), QString());
    const bool dark = isDarkPalette();
    for (LeaseState s : {LeaseState::Active, LeaseState::Expiring, LeaseState::Pending,
                         LeaseState::Expired, LeaseState::Reclaimed})
        m_stateFilter->addItem(leaseStateIcon(s, dark), leaseStateText(s),
                               leaseStateFilterValue(s));
    m_stateFilter->setToolTip(tr("Expiring: active and ending within the server's expiring "
                                 "window (7 days unless changed in Settings)"));
    m_tenantFilter = new QComboBox(this);
    m_tenantFilter->setObjectName(u"tenantFilter"_s);
    m_tenantFilter->addItem(tr("All tenants"), qint64(0));
    m_tenantFilter->setMinimumContentsLength(16);
    m_tenantFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_machineFilter = new QLineEdit(this);
    m_machineFilter->setObjectName(u"machineFilter"_s);
    m_machineFilter->setPlaceholderText(tr("Machine id, e.g. node-07"));
    m_machineFilter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);

    auto *filters = new QHBoxLayout;
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_stateFilter);
    auto *tenantLabel = new QLabel(tr("&Tenant:"), this);
    tenantLabel->setBuddy(m_tenantFilter);
    auto *machineLabel = new QLabel(tr("&Machine:"), this);
    machineLabel->setBuddy(m_machineFilter);
    filters->addWidget(stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addSpacing(8);
    filters->addWidget(tenantLabel);
    filters->addWidget(m_tenantFilter);
    filters->addSpacing(8);
    filters->addWidget(machineLabel);
    filters->addWidget(m_machineFilter, 1);
    filters->addStretch();
    filters->addWidget(m_count);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(u"allocationsBanner"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"allocationTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_timeline = new TimelineWidget(api, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"allocationTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("&List"));
    m_tabs->addTab(m_timeline, tr("T&imeline"));

    contentLayout()->addWidget(toolbar);
    contentLayout()->addLayout(filters);
    contentLayout()->addWidget(m_banner);
    contentLayout()->addWidget(m_tabs, 1);

    createModel();
    HeaderStateKeeper::attach(m_table->horizontalHeader(), u"allocations"_s);

    connect(m_newAction, &QAction::triggered, this, [this] { createNew(); });
    connect(m_extendAction, &QAction::triggered, this, [this] {
        if (!selectedIds().isEmpty())
            openExtendDialog(selectedIds());
    });
    connect(m_reclaimAction, &QAction::triggered, this, [this] {
        if (!selectedIds().isEmpty())
            openReclaimDialog(selectedIds());
    });
    connect(m_detailsAction, &QAction::triggered, this, [this] {
        if (!selectedIds().isEmpty())
            openDetails(selectedIds().first());
    });
    connect(m_refreshAction, &QAction::triggered, this, [this] { refresh(); });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] { refresh(); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] { filtersEdited(); });
    connect(m_tenantFilter, &QComboBox::currentIndexChanged, this, [this] { filtersEdited(); });
    connect(m_machineFilter, &QLineEdit::textChanged, this, [this] { filtersEdited(); });
    // Enter and double-click: activated covers both (doubleClicked too would open two).
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openDetails(m_model->keyAt(index.row())); });
    connect(m_table, &QTableView::customContextMenuRequested, this,
            &AllocationsView::showContextMenu);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_activated && !m_timeline->hasLoaded() && !m_timeline->isLoading())
            m_timeline->reload();
        updateActions();
    });
    connect(m_timeline, &TimelineWidget::selectionChanged, this, [this] { updateActions(); });
    connect(m_timeline, &TimelineWidget::detailsRequested, this,
            [this](const QString &id) { openDetails(id); });
    connect(m_timeline, &TimelineWidget::extended, this, [this] { m_model->refresh(); });
    connect(m_timeline, &TimelineWidget::statusMessage, this, &SectionView::statusMessage);

    // The remaining time and the expiring state move with the clock.
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_table->viewport()->update();
        m_timeline->viewport()->update();
    });
    m_tick.start();
    updateActions();
}

AllocationsView::~AllocationsView() = default;

void AllocationsView::createModel()
{
    const auto now = [this] { return m_now(); };
    QList<PagedColumn<Allocation>> columns{
        {tr("ID"), QString(),
         [](const Allocation &a, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(a.id) : QVariant();
         }},
        {tr("Tenant"), QString(),
         [](const Allocation &a, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return a.tenantName.isEmpty() ? tr("tenant %1").arg(a.tenantId) : a.tenantName;
             return {};
         }},
        {tr("Machine"), QString(),
         [](const Allocation &a, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return machinestatus::machineName(a.hostId, a.hostName);
             return {};
         }},
        {tr("Start"), u"startTime"_s,
         [](const Allocation &a, int role) { return timeCell(a.startTime, role); }},
        {tr("End"), u"endTime"_s,
         [](const Allocation &a, int role) { return timeCell(a.endTime, role); }},
        {tr("State"), QString(),
         [now](const Allocation &a, int role) -> QVariant {
             const LeaseState s = leaseState(a, now());
             switch (role) {
             case Qt::DisplayRole:
                 return leaseStateText(s);
             case Qt::DecorationRole:
                 return leaseStateIcon(s, isDarkPalette());
             case Qt::ForegroundRole:
                 return leaseStateColor(s, isDarkPalette());
             case PagedTableModelBase::SortRole:
                 return int(s);
             case Qt::ToolTipRole:
                 return a.reclaimedAt.isValid()
                            ? tr("Reclaimed at %1").arg(localTimeText(a.reclaimedAt))
                            : QVariant();
             default:
                 return {};
             }
         }},
        {tr("Remaining"), QString(),
         [now](const Allocation &a, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return remainingText(a, now());
             if (role == Qt::TextAlignmentRole)
                 return QVariant(Qt::AlignRight | Qt::AlignVCenter);
             if (role == PagedTableModelBase::SortRole)
                 return now().secsTo(a.endTime);
             return {};
         }},
        {tr("Created"), u"createdAt"_s,
         [](const Allocation &a, int role) { return timeCell(a.createdAt, role); }},
    };
    AllocationsApi api = m_api;
    auto *model = new PagedTableModel<Allocation>(
        std::move(columns),
        [api](const PageRequest &request, QObject *context, Reply<Page<Allocation>> reply) {
            api.list(request, context, std::move(reply));
        },
        [](const Allocation &a) { return a.id; }, this);
    model->setObjectName(u"allocationModel"_s);
    QJsonObject filters;
    if (m_model) {
        filters = m_model->filters();
        m_model->deleteLater();
    }
    m_model = model;
    m_table->setModel(model);
    // The server's default order (newest first) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Wide enough for an id, a name and a local time with its zone; a saved layout wins.
    const int widths[ColumnCount] = {175, 170, 200, 160, 160, 105, 135, 160};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_keeper = SelectionKeeper::attach(m_table, model);
    connect(model, &PagedTableModelBase::loaded, this, [this] {
        m_banner->clear();
        updateCount();
    });
    connect(model, &PagedTableModelBase::loadFailed, this, [this](const Error &error) {
        m_banner->showError(tr("Loading allocations failed"), error);
        updateCount();
    });
    connect(model, &PagedTableModelBase::loadingChanged, this, [this] { updateCount(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    Q_UNUSED(filters);
}

void AllocationsView::setClock(Clock clock)
{
    m_now = std::move(clock);
    m_timeline->setClock(m_now);
}

void AllocationsView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->reload();
    loadTenants();
    if (m_tabs->currentIndex() == 1)
        m_timeline->reload();
}

void AllocationsView::refresh()
{
    if (!m_activated) {
        activate();
        return;
    }
    m_model->refresh();
    if (m_timeline->hasLoaded() || m_tabs->currentIndex() == 1)
        m_timeline->reload();
    if (!m_tenantsLoaded)
        loadTenants();
}

void AllocationsView::focusSearch()
{
    m_machineFilter->setFocus(Qt::ShortcutFocusReason);
    m_machineFilter->selectAll();
}

void AllocationsView::createNew()
{
    openAllocateDialog();
}

void AllocationsView::loadTenants()
{
    m_api.owners(this, [this](Result<QList<Customer>> owners) {
        if (!owners.ok()) {
            m_tenantFilter->setToolTip(
                tr("Tenants could not be loaded: %1").arg(owners.error().message));
            return;
        }
        m_tenantsLoaded = true;
        m_settingFilters = true;
        const qint64 current =
            m_pendingTenant ? m_pendingTenant : m_tenantFilter->currentData().toLongLong();
        while (m_tenantFilter->count() > 1)
            m_tenantFilter->removeItem(1);
        for (const Customer &c : std::as_const(*owners)) {
            const QString name = !c.company.isEmpty()       ? c.company
                                 : !c.displayName.isEmpty() ? c.displayName
                                                            : c.username;
            m_tenantFilter->addItem(name == c.username ? name : u"%1 (%2)"_s.arg(name, c.username),
                                    c.id);
        }
        const int index = m_tenantFilter->findData(current);
        m_tenantFilter->setCurrentIndex(std::max(0, index));
        m_pendingTenant = 0;
        m_settingFilters = false;
    });
}

void AllocationsView::filtersEdited()
{
    if (m_settingFilters)
        return;
    m_model->setFilter(u"status"_s, m_stateFilter->currentData().toString());
    const qint64 tenant = m_tenantFilter->currentData().toLongLong();
    m_model->setFilter(u"tenantId"_s, tenant > 0 ? QJsonValue(tenant) : QJsonValue());
    m_model->setFilter(u"hostId"_s, m_machineFilter->text().trimmed());
}

void AllocationsView::applyFilters(const QJsonObject &in)
{
    QJsonObject filters;
    for (const QString &field : {u"status"_s, u"tenantId"_s, u"hostId"_s, u"from"_s, u"to"_s})
        if (in.contains(field))
            filters.insert(field, in.value(field));
    if (in.value(u"expiring"_s).toBool())
        filters.insert(u"status"_s, u"expiring"_s);

    m_settingFilters = true;
    const QJsonValue status = filters.value(u"status"_s);
    const QString oneStatus = status.isArray() && status.toArray().size() == 1
                                  ? status.toArray().first().toString()
                                  : status.toString();
    m_stateFilter->setCurrentIndex(std::max(0, m_stateFilter->findData(oneStatus)));
    const qint64 tenant = filters.value(u"tenantId"_s).toInteger();
    const int tenantIndex = m_tenantFilter->findData(tenant);
    if (tenant > 0 && tenantIndex < 0)
        m_pendingTenant = tenant; // chosen once the tenants arrive
    m_tenantFilter->setCurrentIndex(std::max(0, tenantIndex));
    m_machineFilter->setText(filters.value(u"hostId"_s).toString());
    m_settingFilters = false;

    m_activated = true;
    m_model->setFilters(filters);
    if (!m_tenantsLoaded)
        loadTenants();
}

void AllocationsView::resetForNewSession()
{
    m_activated = false;
    m_tenantsLoaded = false;
    m_settingFilters = true;
    m_stateFilter->setCurrentIndex(0);
    while (m_tenantFilter->count() > 1)
        m_tenantFilter->removeItem(1);
    m_tenantFilter->setCurrentIndex(0);
    m_machineFilter->clear();
    m_settingFilters = false;
    m_model->clear(); // loads again on activate()
    m_timeline->setData({}, {});
    m_count->clear();
    m_banner->clear();
}

QStringList AllocationsView::selectedIds() const
{
    if (m_tabs->currentIndex() == 1)
        return m_timeline->selectedId().isEmpty() ? QStringList()
                                                  : QStringList{m_timeline->selectedId()};
    return m_keeper->selectedKeys();
}

void AllocationsView::updateActions()
{
    const int n = int(selectedIds().size());
    m_extendAction->setEnabled(n >= 1);
    m_reclaimAction->setEnabled(n >= 1);
    m_detailsAction->setEnabled(n == 1);
    m_extendAction->setText(n > 1 ? tr("Extend %n…", nullptr, n) : tr("Extend…"));
    m_reclaimAction->setText(n > 1 ? tr("Reclaim %n…", nullptr, n) : tr("Reclaim…"));
}

void AllocationsView::updateCount()
{
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_count->setText(tr("Loading…"));
        return;
    }
    if (m_model->lastError()) {
        m_count->clear();
        return;
    }
    m_count->setText(tr("%n allocation(s)", nullptr, int(m_model->totalRows())));
}

void AllocationsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_detailsAction);
    menu->addSeparator();
    menu->addAction(m_extendAction);
    menu->addAction(m_reclaimAction);
    menu->addSeparator();
    const QString id = m_model->keyAt(index.row());
    menu->addAction(tr("Copy id"), this, [id] { QApplication::clipboard()->setText(id); });
    if (const Allocation *a = m_model->rowAt(index.row())) {
        const QString host = a->hostId;
        menu->addAction(tr("Show on timeline"), this, [this, host, id] {
            m_tabs->setCurrentIndex(1);
            m_timeline->setSelectedId(id);
            m_timeline->scrollToHost(host);
        });
    }
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void AllocationsView::changed()
{
    m_model->refresh();
    if (m_timeline->hasLoaded())
        m_timeline->reload();
}

AllocateDialog *AllocationsView::openAllocateDialog(const QStringList &machines)
{
    auto *dialog = new AllocateDialog(m_apiClient, machines, this);
    dialog->setClock(m_now);
    connect(dialog, &AllocateDialog::done, this, [this](const QStringList &ids) {
        Q_EMIT statusMessage(tr("%n allocation(s) created", nullptr, int(ids.size())));
    });
    connect(dialog, &QDialog::finished, this, [this] { changed(); });
    dialog->open();
    return dialog;
}

ExtendDialog *AllocationsView::openExtendDialog(const QStringList &allocationIds)
{
    auto *dialog = new ExtendDialog(m_apiClient, allocationIds, this);
    dialog->setClock(m_now);
    connect(dialog, &ExtendDialog::done, this, [this](const QList<Allocation> &list) {
        Q_EMIT statusMessage(tr("%n allocation(s) extended", nullptr, int(list.size())));
        changed();
    });
    dialog->open();
    return dialog;
}

ReclaimDialog *AllocationsView::openReclaimDialog(const QStringList &allocationIds)
{
    auto *dialog = new ReclaimDialog(m_apiClient, allocationIds, this);
    connect(dialog, &ReclaimDialog::done, this, [this](const QStringList &ids) {
        Q_EMIT statusMessage(tr("%n allocation(s) reclaimed", nullptr, int(ids.size())));
    });
    connect(dialog, &QDialog::finished, this, [this] { changed(); });
    dialog->open();
    return dialog;
}

void AllocationsView::openDetails(const QString &allocationId)
{
    if (allocationId.isEmpty())
        return;
    m_api.get(allocationId, this, [this, allocationId](Result<Allocation> a) {
        if (!a.ok()) {
            showErrorDialog(this, tr("Loading %1 failed").arg(allocationId), a.error());
            return;
        }
        auto *dialog = new QDialog(this);
        dialog->setObjectName(u"allocationDetailsDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Allocation %1").arg(a->id));
        auto *form = new QFormLayout;
        const QDateTime now = m_now();
        const LeaseState state = leaseState(*a, now);
        auto addRow = [&](const QString &label, const QString &value) {
            auto *v = new QLabel(value, dialog);
            v->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(label, v);
            return v;
        };
        addRow(tr("ID:"), a->id);
        addRow(tr("Tenant:"), u"%1 (id %2)"_s.arg(a->tenantName).arg(a->tenantId));
        addRow(tr("Machine:"), machinestatus::machineName(a->hostId, a->hostName));
        addRow(tr("Start:"), localTimeText(a->startTime));
        addRow(tr("End:"), localTimeText(a->endTime));
        QLabel *stateLabel =
            addRow(tr("State:"), u"%1 — %2"_s.arg(leaseStateText(state), remainingText(*a, now)));
        QPalette p = stateLabel->palette();
        p.setColor(QPalette::WindowText, leaseStateColor(state, isDarkPalette()));
        stateLabel->setPalette(p);
        if (a->reclaimedAt.isValid())
            addRow(tr("Reclaimed at:"), localTimeText(a->reclaimedAt));
        addRow(tr("Remark:"), a->remark.isEmpty() ? tr("—") : a->remark);
        addRow(tr("Created:"), localTimeText(a->createdAt));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        const bool open = state == LeaseState::Active || state == LeaseState::Expiring ||
                          state == LeaseState::Pending;
        if (open) {
            const QString id = a->id;
            QPushButton *extend = buttons->addButton(tr("Extend…"), QDialogButtonBox::ActionRole);
            connect(extend, &QPushButton::clicked, this, [this, dialog, id] {
                dialog->close();
                openExtendDialog({id});
            });
            QPushButton *reclaim =
                buttons->addButton(tr("Reclaim…"), QDialogButtonBox::DestructiveRole);
            connect(reclaim, &QPushButton::clicked, this, [this, dialog, id] {
                dialog->close();
                openReclaimDialog({id});
            });
        }
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addLayout(form);
        layout->addWidget(buttons);
        dialog->open();
    });
}

} // namespace remotegpu::ui
