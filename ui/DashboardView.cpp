#include "DashboardView.h"

#include "AlertText.h"
#include "DashboardApi.h"
#include "EnumTable.h"
#include "ErrorBanner.h"
#include "LiveFeed.h"
#include "MainWindow.h"
#include "Session.h"
#include "StatCard.h"
#include "StatCardRow.h"
#include "Theme.h"
#include "TimeText.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// State colours; each is always shown next to its word.
QColor stateColor(const QString &state)
{
    const bool dark = isDarkPalette();
    if (state == u"online"_s || state == u"resolved"_s || state == u"info"_s)
        return dark ? QColor(0x4c, 0xc3, 0x6a) : QColor(0x1e, 0x8e, 0x3e);
    if (state == u"offline"_s || state == u"critical"_s)
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    if (state == u"maintenance"_s || state == u"warning"_s || state == u"pending"_s)
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xb2, 0x6a, 0x00);
    if (state == u"allocated"_s || state == u"active"_s)
        return dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x6f, 0xd0);
    if (state == u"expiring"_s)
        return dark ? QColor(0xff, 0x9f, 0x43) : QColor(0xd9, 0x59, 0x00);
    return dark ? QColor(0x9a, 0xa0, 0xa8) : QColor(0x80, 0x86, 0x8e);
}

QString allocationStatusWord(AllocationStatus status)
{
    switch (status) {
    case AllocationStatus::Active:
        return DashboardView::tr("active");
    case AllocationStatus::Pending:
        return DashboardView::tr("pending");
    case AllocationStatus::Expired:
        return DashboardView::tr("expired");
    case AllocationStatus::Reclaimed:
        return DashboardView::tr("reclaimed");
    }
    return {};
}

QTableView *compactTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    view->setToolTip(DashboardView::tr("Double-click or press Enter to open it in its section"));
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(title, box);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

DashboardView::DashboardView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Dashboard"),
                  tr("The fleet at a glance. Click a figure to open the machines, allocations or "
                     "alerts behind it."),
                  parent)
    , m_api(std::make_unique<DashboardApi>(*api))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_banner(new ErrorBanner(this))
    , m_updated(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_chart(new GpuTrendChart(this))
{
    connect(session->liveFeed(), &LiveFeed::metricsReceived, this, &DashboardView::takeLiveMetrics);
    // Machines that go offline or come back, and alerts that fire or resolve, change the cards
    // and the active alerts at once rather than at the next 30 s refresh.
    connect(session->liveFeed(), &LiveFeed::hostStatusChanged, this, &DashboardView::eventArrived);
    connect(session->liveFeed(), &LiveFeed::alertEvent, this, &DashboardView::eventArrived);
    m_eventReload.setSingleShot(true);
    m_eventReload.setInterval(EventReloadMs);
    connect(&m_eventReload, &QTimer::timeout, this, [this] {
        loadStats();
        loadLists();
    });
    m_liveSample.setInterval(LiveSampleIntervalMs);
    connect(&m_liveSample, &QTimer::timeout, this, &DashboardView::sampleLiveAverage);
    m_liveSample.start();
    m_timer.setInterval(RefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        loadStats();
        loadLists();
        // A trend still on its way is not superseded by the timer (only by a new range).
        if (!m_chart->isPaused() && !m_trendInFlight)
            loadTrend();
    });

    m_banner->setObjectName(u"dashboardErrorBanner"_s);
    connect(m_banner, &ErrorBanner::retryRequested, this, &DashboardView::refresh);

    m_updated->setObjectName(u"lastUpdatedLabel"_s);
    m_updated->setText(tr("Not loaded yet"));
    m_refresh->setObjectName(u"dashboardRefresh"_s);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setToolTip(tr("Load the figures again now (F5)"));
    connect(m_refresh, &QToolButton::clicked, this, &DashboardView::refresh);
    auto *header = new QHBoxLayout;
    header->addWidget(m_updated);
    header->addStretch(1);
    header->addWidget(m_refresh);

    auto *cards = new QWidget(this);
    buildCards(cards);

    m_chart->setObjectName(u"gpuTrendChart"_s);
    connect(m_chart, &GpuTrendChart::rangeChanged, this, [this] { loadTrend(); });
    connect(m_chart, &GpuTrendChart::pausedChanged, this, [this](bool paused) {
        if (!paused)
            loadTrend();
    });

    const auto statusData = [](const QString &state, const QString &word, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return word;
        if (role == Qt::DecorationRole)
            return dotIcon(stateColor(state));
        return {};
    };
    m_allocations = new DashboardListModel<Allocation>(
        {
            {tr("Machine"),
             [](const Allocation &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return a.hostName.isEmpty() ? a.hostId : a.hostName;
                 if (role == Qt::ToolTipRole)
                     return a.hostId;
                 return {};
             }},
            {tr("Tenant"),
             [](const Allocation &a, int role) -> QVariant {
                 return role == Qt::DisplayRole ? QVariant(a.tenantName) : QVariant();
             }},
            {tr("Status"),
             [statusData](const Allocation &a, int role) {
                 return statusData(toString(a.status), allocationStatusWord(a.status), role);
             }},
            {tr("Ends"),
             [](const Allocation &a, int role) -> QVariant {
                 return role == Qt::DisplayRole ? QVariant(timetext::text(a.endTime)) : QVariant();
             }},
        },
        this);
    m_alerts = new DashboardListModel<Alert>(
        {
            {tr("Severity"),
             [statusData](const Alert &a, int role) {
                 return statusData(toString(a.severity), AlertText::severity(a.severity), role);
             }},
            {tr("Machine"),
             [](const Alert &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                     return AlertText::machine(a);
                 return {};
             }},
            {tr("Since"),
             [](const Alert &a, int role) -> QVariant {
                 return role == Qt::DisplayRole ? QVariant(timetext::text(a.triggeredAt))
                                                : QVariant();
             }},
            {tr("Message"),
             [](const Alert &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                     return a.message;
                 return {};
             }},
        },
        this);
    m_allocationsView = compactTable(m_allocations, u"recentAllocations"_s, this);
    m_alertsView = compactTable(m_alerts, u"activeAlerts"_s, this);
    connect(m_allocationsView, &QTableView::activated, this, &DashboardView::openAllocation);
    connect(m_alertsView, &QTableView::activated, this, &DashboardView::openAlert);

    auto *lists = new QWidget(this);
    auto *listsLayout = new QHBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addWidget(titled(tr("Recent &allocations"), m_allocationsView, lists), 1);
    listsLayout->addWidget(titled(tr("Active a&lerts"), m_alertsView, lists), 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"dashboardSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(lists);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    contentLayout()->addWidget(m_banner);
    contentLayout()->addLayout(header);
    contentLayout()->addWidget(cards);
    contentLayout()->addWidget(splitter, 1);
}

DashboardView::~DashboardView() = default;

void DashboardView::buildCards(QWidget *parent)
{
    StatCardRow row(parent);
    const auto add = [&](const QString &name, const QString &title, int column) {
        StatCard *card = row.add(name, title, column);
        m_cards.insert(name, card);
        return card;
    };
    const int machines = int(MainWindow::Section::Machines);

    StatCard *card = add(u"machinesCard"_s, tr("Machines"), 0);
    card->setCaption(tr("by status"));
    card->addItem(u"online"_s, tr("online"), stateColor(u"online"_s));
    card->addItem(u"offline"_s, tr("offline"), stateColor(u"offline"_s));
    card->addItem(u"maintenance"_s, tr("in maintenance"), stateColor(u"maintenance"_s));
    connect(card, &StatCard::activated, this, [this, machines] { openSection(machines, {}); });
    connect(card, &StatCard::itemActivated, this, [this, machines](const QString &status) {
        openSection(machines, {{u"status"_s, status}});
    });

    card = add(u"rentalCard"_s, tr("Rented machines"), 1);
    card->addItem(u"allocated"_s, tr("allocated"), stateColor(u"allocated"_s));
    card->addItem(u"expiring"_s, tr("expiring"), stateColor(u"expiring"_s));
    card->addItem(u"unallocated"_s, tr("free"), stateColor(u"unallocated"_s));
    connect(card, &StatCard::activated, this, [this, machines] {
        openSection(machines, {{u"allocationState"_s, QJsonArray{u"allocated"_s, u"expiring"_s}}});
    });
    connect(card, &StatCard::itemActivated, this, [this, machines](const QString &state) {
        openSection(machines, {{u"allocationState"_s, state}});
    });

    card = add(u"gpusCard"_s, tr("GPUs allocated"), 2);
    card->addItem(u"allocated"_s, tr("allocated"), stateColor(u"allocated"_s));
    card->addItem(u"idle"_s, tr("idle"), stateColor(u"unallocated"_s));
    connect(card, &StatCard::activated, this, [this, machines] {
        openSection(machines, {{u"allocationState"_s, QJsonArray{u"allocated"_s, u"expiring"_s}}});
    });
    connect(card, &StatCard::itemActivated, this, [this, machines](const QString &key) {
        openSection(machines,
                    {{u"allocationState"_s,
                      key == u"idle"_s ? QJsonValue(u"unallocated"_s)
                                       : QJsonValue(QJsonArray{u"allocated"_s, u"expiring"_s})}});
    });

    card = add(u"allocationsCard"_s, tr("Active allocations"), 3);
    connect(card, &StatCard::activated, this, [this] {
        openSection(int(MainWindow::Section::Allocations), {{u"status"_s, u"active"_s}});
    });

    card = add(u"expiringCard"_s, tr("Expiring soon"), 4);
    connect(card, &StatCard::activated, this, [this, machines] {
        openSection(machines, {{u"allocationState"_s, u"expiring"_s}});
    });

    card = add(u"alertsCard"_s, tr("Active alerts"), 5);
    connect(card, &StatCard::activated, this,
            [this] { openSection(int(MainWindow::Section::Alerts), {}); });

    card = add(u"tenantsCard"_s, tr("Tenants"), 6);
    connect(card, &StatCard::activated, this, [this] {
        openSection(int(MainWindow::Section::Customers), {{u"role"_s, u"customer_owner"_s}});
    });
}

StatCard *DashboardView::card(const QString &name) const
{
    return m_cards.value(name);
}

void DashboardView::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void DashboardView::setRefreshInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void DashboardView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    refresh();
    updateTimers();
}

void DashboardView::takeLiveMetrics(const QString &hostId, const QJsonObject &event)
{
    const QJsonObject host = event.value(u"host"_s).toObject();
    const QJsonValue utilization = host.value(u"gpuAvgUtilization"_s);
    if (hostId.isEmpty() || !utilization.isDouble())
        return;
    const int gpus = int(event.value(u"gpus"_s).toArray().size());
    m_liveHosts.insert(hostId, {utilization.toDouble(), std::max(1, gpus), m_clock()});
    m_liveFresh = true;
}

void DashboardView::sampleLiveAverage()
{
    if (!m_liveFresh)
        return; // nothing new: the line does not pretend the fleet stood still
    m_liveFresh = false;
    const QDateTime now = m_clock();
    double weighted = 0;
    qint64 gpus = 0;
    for (auto it = m_liveHosts.begin(); it != m_liveHosts.end();) {
        if (it->at.msecsTo(now) > LiveHostStaleMs) {
            it = m_liveHosts.erase(it);
            continue;
        }
        weighted += it->utilization * it->gpus;
        gpus += it->gpus;
        ++it;
    }
    if (gpus > 0)
        m_chart->addLivePoint(now, weighted / double(gpus));
}

void DashboardView::eventArrived()
{
    if (!m_activated)
        return;
    if (!isVisible()) {
        m_eventsWhileHidden = true;
        return;
    }
    if (!m_eventReload.isActive())
        m_eventReload.start();
}

void DashboardView::refresh()
{
    loadStats();
    loadTrend();
    loadLists();
}

void DashboardView::resetForNewSession()
{
    m_activated = false;
    m_timer.stop();
    m_eventReload.stop();
    m_eventsWhileHidden = false;
    ++m_trendGeneration; // answers still under way are for the old session
    m_trendInFlight = false;
    m_stats.reset();
    m_lastUpdated = {};
    m_updated->setText(tr("Not loaded yet"));
    m_banner->clear();
    for (StatCard *card : std::as_const(m_cards)) {
        card->setValue(u"–"_s);
        card->setStale(false);
    }
    m_chart->clear();
    m_liveHosts.clear();
    m_liveFresh = false;
    m_allocations->setRows({});
    m_alerts->setRows({});
}

void DashboardView::showEvent(QShowEvent *event)
{
    SectionView::showEvent(event);
    updateTimers();
    // Back after a while: what is shown is older than one refresh, so load it now; after events
    // while hidden, the cards and lists at least.
    if (m_activated && m_lastUpdated.isValid() &&
        m_lastUpdated.msecsTo(m_clock()) > m_timer.interval()) {
        refresh();
    } else if (m_activated && m_eventsWhileHidden) {
        loadStats();
        loadLists();
    }
    m_eventsWhileHidden = false;
}

void DashboardView::changeEvent(QEvent *event)
{
    SectionView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // The state colours have a light and a dark variant.
    const auto recolour = [this](const QString &card, const QString &item, const QString &state) {
        m_cards.value(card)->setItemColor(item, stateColor(state));
    };
    for (const QString &state : {u"online"_s, u"offline"_s, u"maintenance"_s})
        recolour(u"machinesCard"_s, state, state);
    for (const QString &state : {u"allocated"_s, u"expiring"_s, u"unallocated"_s})
        recolour(u"rentalCard"_s, state, state);
    recolour(u"gpusCard"_s, u"allocated"_s, u"allocated"_s);
    recolour(u"gpusCard"_s, u"idle"_s, u"unallocated"_s);
}

void DashboardView::hideEvent(QHideEvent *event)
{
    SectionView::hideEvent(event);
    updateTimers();
}

void DashboardView::updateTimers()
{
    if (m_activated && isVisible())
        m_timer.start();
    else
        m_timer.stop();
}

void DashboardView::loadStats()
{
    if (m_statsInFlight)
        return;
    m_statsInFlight = true;
    m_api->stats(this, [this](Result<DashboardStats> answer) {
        m_statsInFlight = false;
        if (!m_activated)
            return;
        if (!answer) {
            failed(tr("Refreshing the dashboard failed"), answer.error());
        } else {
            ++m_statsLoads;
            if (m_hadError) {
                m_banner->clear();
                m_hadError = false;
            }
            showStats(*answer);
        }
        Q_EMIT statsLoaded();
    });
}

void DashboardView::showStats(const DashboardStats &s)
{
    m_stats = s;
    const QLocale locale;
    const auto number = [&locale](qint64 n) { return locale.toString(n); };

    StatCard *card = m_cards.value(u"machinesCard"_s);
    card->setValue(number(s.machines));
    card->setItemValue(u"online"_s, s.online);
    card->setItemValue(u"offline"_s, s.offline);
    card->setItemValue(u"maintenance"_s, s.maintenance);

    card = m_cards.value(u"rentalCard"_s);
    card->setValue(number(s.allocatedMachines));
    card->setItemValue(u"allocated"_s, s.allocatedMachines - s.expiringSoon);
    card->setItemValue(u"expiring"_s, s.expiringSoon);
    card->setItemValue(u"unallocated"_s, s.unallocatedMachines());

    card = m_cards.value(u"gpusCard"_s);
    card->setValue(tr("%1 / %2").arg(number(s.allocatedGpus), number(s.gpus)));
    card->setItemValue(u"allocated"_s, s.allocatedGpus);
    card->setItemValue(u"idle"_s, s.idleGpus());

    card = m_cards.value(u"allocationsCard"_s);
    card->setValue(number(s.activeAllocations));
    card->setCaption(tr("allocations running now"));

    card = m_cards.value(u"expiringCard"_s);
    card->setValue(number(s.expiringSoon));
    card->setCaption(s.expiringWindowDays == 1
                         ? tr("ending within a day")
                         : tr("ending within %1 days").arg(s.expiringWindowDays));

    card = m_cards.value(u"alertsCard"_s);
    card->setValue(number(s.activeAlerts));
    card->setCaption(s.activeAlerts > 0 ? tr("need attention") : tr("all clear"));

    card = m_cards.value(u"tenantsCard"_s);
    card->setValue(number(s.tenants));
    card->setCaption(tr("%1 renting machines").arg(number(s.tenantsWithMachines)));

    for (StatCard *c : std::as_const(m_cards))
        c->setStale(false);
    m_lastUpdated = m_clock();
    m_updated->setText(tr("Last updated %1").arg(timetext::clock(m_lastUpdated)));
}

void DashboardView::loadTrend()
{
    const qint64 span = GpuTrendChart::rangeSeconds(m_chart->range());
    const int step = m_chart->stepFor(span);
    // The end is rounded up to a whole step so the buckets stay put between refreshes.
    const qint64 now = m_clock().toSecsSinceEpoch();
    const qint64 to = (now + step - 1) / step * step;
    m_trendRequest = {QDateTime::fromSecsSinceEpoch(to - span, Qt::UTC),
                      QDateTime::fromSecsSinceEpoch(to, Qt::UTC), step};
    ++m_trendRequests;
    m_trendInFlight = true;
    const quint64 generation = ++m_trendGeneration;
    m_api->gpuTrend(m_trendRequest.from, m_trendRequest.to, step, this,
                    [this, generation](Result<GpuTrend> answer) {
                        if (generation != m_trendGeneration)
                            return; // a newer range or refresh is on its way
                        m_trendInFlight = false;
                        if (!answer) {
                            failed(tr("Loading the GPU utilisation trend failed"), answer.error());
                            return;
                        }
                        ++m_trendLoads;
                        m_chart->setTrend(*answer);
                        Q_EMIT trendLoaded();
                    });
}

void DashboardView::loadLists()
{
    if (m_pendingLists > 0)
        return;
    m_pendingLists = 2;
    const auto done = [this] {
        if (--m_pendingLists == 0)
            Q_EMIT listsLoaded();
    };
    m_api->recentAllocations(this, [this, done](Result<QList<Allocation>> answer) {
        if (!answer)
            failed(tr("Loading the recent allocations failed"), answer.error());
        else if (m_activated)
            m_allocations->setRows(*answer);
        done();
    });
    m_api->activeAlerts(this, [this, done](Result<QList<Alert>> answer) {
        if (!answer)
            failed(tr("Loading the active alerts failed"), answer.error());
        else if (m_activated)
            m_alerts->setRows(*answer);
        done();
    });
}

void DashboardView::failed(const QString &what, const Error &error)
{
    if (!m_activated)
        return;
    m_hadError = true;
    m_banner->showError(what, error);
    for (StatCard *c : std::as_const(m_cards))
        c->setStale(m_stats.has_value());
    if (m_lastUpdated.isValid())
        m_updated->setText(tr("Last updated %1 — showing the last figures loaded")
                               .arg(timetext::clock(m_lastUpdated)));
}

void DashboardView::openSection(int section, const QJsonObject &filters)
{
    Q_EMIT openSectionRequested(section, filters);
}

void DashboardView::openAllocation(const QModelIndex &index)
{
    const Allocation *a = m_allocations->rowAt(index.row());
    if (!a)
        return;
    openSection(int(MainWindow::Section::Allocations),
                {{u"tenantId"_s, a->tenantId}, {u"hostId"_s, a->hostId}});
}

void DashboardView::openAlert(const QModelIndex &index)
{
    if (!m_alerts->rowAt(index.row()))
        return;
    // The alerts list takes no filters yet: it opens on the active alerts.
    openSection(int(MainWindow::Section::Alerts), {});
}

} // namespace remotegpu::ui
