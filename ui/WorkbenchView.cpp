#include "WorkbenchView.h"

#include "ErrorBanner.h"
#include "MainWindow.h"
#include "Session.h"
#include "StatCard.h"
#include "StatCardRow.h"
#include "TimeText.h"
#include "UsageBlock.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant text(const QString &value, int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(value) : QVariant();
}

QColor taskColor(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Running:
        return QColor(0x15, 0x65, 0xc0);
    case TaskStatus::Succeeded:
        return QColor(0x1f, 0x8a, 0x3b);
    case TaskStatus::Failed:
        return QColor(0xc0, 0x39, 0x2b);
    default:
        return QColor(0x80, 0x80, 0x80);
    }
}

} // namespace

WorkbenchView::WorkbenchView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Workbench"),
                  tr("Your team's machines, GPUs and tasks at a glance. Click a card to open "
                     "what it counts."),
                  parent)
    , m_api(api)
    , m_usageApi(*api)
    , m_session(session)
{
    m_banner = new ErrorBanner(this);
    connect(m_banner, &ErrorBanner::retryRequested, this, &WorkbenchView::refresh);
    contentLayout()->addWidget(m_banner);

    auto *cards = new QWidget(this);
    buildCards(cards);
    contentLayout()->addWidget(cards);
    m_storage = new QLabel(this);
    m_storage->setObjectName(u"workbenchStorage"_s);
    contentLayout()->addWidget(m_storage);
    m_usage = new UsageBlock(this);
    m_usage->setVisible(false);
    contentLayout()->addWidget(m_usage);

    auto *heading = new QLabel(tr("Recent tasks"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    contentLayout()->addWidget(heading);

    m_tasks = new DashboardListModel<Task>(
        {
            {tr("Task"),
             [](const Task &t, int role) { return text(t.name.isEmpty() ? t.id : t.name, role); }},
            {tr("Status"),
             [](const Task &t, int role) -> QVariant {
                 if (role == Qt::DecorationRole)
                     return dotIcon(taskColor(t.status));
                 return text(taskStatusText(t), role);
             }},
            {tr("Machine"), [](const Task &t, int role) { return text(t.hostId, role); }},
            {tr("Image"), [](const Task &t, int role) { return text(t.image, role); }},
            {tr("Created"),
             [](const Task &t, int role) {
                 return text(timetext::text(t.createdAt, timetext::notSet()), role);
             }},
        },
        this);
    m_tasks->setObjectName(u"recentTasksModel"_s);
    m_tasksView = new QTableView(this);
    m_tasksView->setObjectName(u"recentTasksTable"_s);
    m_tasksView->setModel(m_tasks);
    m_tasksView->verticalHeader()->hide();
    m_tasksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasksView->setAlternatingRowColors(true);
    m_tasksView->horizontalHeader()->setStretchLastSection(true);
    m_tasksView->setColumnWidth(TaskName, 240);
    m_tasksView->setColumnWidth(TaskStatus, 200);
    m_tasksView->setColumnWidth(TaskMachine, 120);
    m_tasksView->setColumnWidth(TaskImage, 240);
    // A task opens the machine it ran on.
    connect(m_tasksView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Task *t = m_tasks->rowAt(index.row()))
            Q_EMIT openSectionRequested(int(MainWindow::Section::MyMachines),
                                        {{u"id"_s, t->hostId}});
    });
    contentLayout()->addWidget(m_tasksView, 1);
    m_tasksNote = new QLabel(this);
    m_tasksNote->setObjectName(u"recentTasksNote"_s);
    contentLayout()->addWidget(m_tasksNote);
    showFigures();
}

QString WorkbenchView::taskStatusText(const Task &task)
{
    QString status;
    switch (task.status) {
    case TaskStatus::Queued:
        status = tr("queued");
        break;
    case TaskStatus::Running:
        status = tr("running");
        break;
    case TaskStatus::Succeeded:
        status = tr("succeeded");
        break;
    case TaskStatus::Failed:
        status = tr("failed");
        break;
    case TaskStatus::Stopped:
        status = tr("stopped");
        break;
    }
    return task.exitCode ? tr("%1 (exit code %2)").arg(status).arg(*task.exitCode) : status;
}

void WorkbenchView::buildCards(QWidget *parent)
{
    StatCardRow row(parent);
    const auto add = [&](const QString &name, const QString &title, int column) {
        StatCard *card = row.add(name, title, column);
        m_cards.insert(name, card);
        return card;
    };
    const int machines = int(MainWindow::Section::MyMachines);
    const auto open = [this](int section, const QJsonObject &filters) {
        Q_EMIT openSectionRequested(section, filters);
    };

    StatCard *card = add(u"machinesCard"_s, tr("My machines"), 0);
    connect(card, &StatCard::activated, this, [open, machines] { open(machines, {}); });
    card = add(u"gpusCard"_s, tr("GPUs"), 1);
    connect(card, &StatCard::activated, this, [open, machines] { open(machines, {}); });
    card = add(u"expiringCard"_s, tr("Expiring soon"), 2);
    connect(card, &StatCard::activated, this, [open, machines] {
        open(machines, {{u"expiring"_s, true}});
    });
    card = add(u"loadCard"_s, tr("GPU load (24 h)"), 3);
    connect(card, &StatCard::activated, this, [open, machines] { open(machines, {}); });
    card = add(u"tasksCard"_s, tr("Tasks"), 4);
    card->addItem(u"running"_s, tr("running"), taskColor(TaskStatus::Running));
    card->addItem(u"queued"_s, tr("queued"), taskColor(TaskStatus::Queued));
    // No tasks section yet: the card shows the recent tasks below.
    connect(card, &StatCard::activated, this, [this] { m_tasksView->setFocus(); });
    connect(card, &StatCard::itemActivated, this, [this] { m_tasksView->setFocus(); });
    card = add(u"notificationsCard"_s, tr("Unread notifications"), 5);
    connect(card, &StatCard::activated, this,
            [open] { open(int(MainWindow::Section::Notifications), {}); });
}

void WorkbenchView::activate()
{
    // The home page: its figures are loaded again each time it is shown.
    m_activated = true;
    refresh();
}

void WorkbenchView::showOwnUsage()
{
    // What the whole tenant rents and uses is the owner's to see (the route refuses members).
    const bool owner = m_session->role() == u"customer_owner"_s;
    m_usage->setVisible(owner);
    if (!owner)
        m_usage->setLoader({});
    else if (!m_usageLoader)
        m_usage->setLoader([this](const QDateTime &from, const QDateTime &to, QObject *context,
                                  Reply<UsageReport> reply) {
            m_usageApi.ownUsage(from, to, context, std::move(reply));
        });
    else
        m_usage->reload();
    m_usageLoader = owner;
}

void WorkbenchView::refresh()
{
    if (!m_activated || m_pending > 0)
        return;
    const quint64 generation = ++m_generation;
    showOwnUsage();
    m_pending = 3;
    m_failed = false;
    auto current = [this, generation] { return generation == m_generation; };
    m_api.dashboardStats(this, [this, current](Result<CustomerApi::DashboardStats> answer) {
        if (!current())
            return;
        if (answer.ok())
            m_stats = *answer;
        answered(tr("Loading your figures failed"), answer.ok() ? nullptr : &answer.error());
    });
    m_api.machineSummary(this, [this, current](Result<CustomerMachineSummary> answer) {
        if (!current())
            return;
        if (answer.ok())
            m_summary = *answer;
        answered(tr("Loading your machines' summary failed"),
                 answer.ok() ? nullptr : &answer.error());
    });
    m_api.recentTasks(this, [this, current](Result<QList<Task>> answer) {
        if (!current())
            return;
        if (answer.ok()) {
            m_tasks->setRows(*answer);
            m_tasksNote->setText(answer->isEmpty() ? tr("Your team has run no task yet.")
                                                   : QString());
        }
        answered(tr("Loading the recent tasks failed"), answer.ok() ? nullptr : &answer.error());
    });
}

void WorkbenchView::answered(const QString &what, const Error *error)
{
    if (error) {
        m_failed = true;
        m_banner->showError(what, *error);
    }
    if (--m_pending > 0)
        return;
    if (!m_failed)
        m_banner->clear();
    showFigures();
    Q_EMIT loaded();
}

void WorkbenchView::resetForNewSession()
{
    m_activated = false;
    ++m_generation;
    m_pending = 0;
    m_stats.reset();
    m_summary.reset();
    m_usageLoader = false;
    m_usage->setLoader({});
    m_usage->setVisible(false);
    m_tasks->setRows({});
    m_tasksNote->clear();
    m_banner->clear();
    showFigures();
}

void WorkbenchView::showFigures()
{
    const QLocale locale;
    const auto number = [&](std::optional<qint64> v) { return v ? locale.toString(*v) : u"–"_s; };
    const auto *s = m_stats ? &*m_stats : nullptr;
    const auto *m = m_summary ? &*m_summary : nullptr;

    StatCard *card = m_cards.value(u"machinesCard"_s);
    card->setValue(number(m ? std::optional(m->machines) : std::nullopt));
    card->setCaption(s ? tr("%n active allocation(s)", nullptr, int(s->activeAllocations))
                       : QString());
    card = m_cards.value(u"gpusCard"_s);
    card->setValue(number(m ? std::optional(m->gpus) : std::nullopt));
    card->setCaption(tr("held by your team now"));
    card = m_cards.value(u"expiringCard"_s);
    card->setValue(number(m ? std::optional(m->expiringSoon) : std::nullopt));
    card->setCaption(tr("allocations ending soon"));
    card = m_cards.value(u"loadCard"_s);
    card->setValue(m && m->averageGpuUtilization24h
                       ? locale.toString(*m->averageGpuUtilization24h, 'f', 0) + u" %"_s
                       : u"–"_s);
    card->setCaption(tr("average GPU utilisation"));
    card = m_cards.value(u"tasksCard"_s);
    card->setValue(number(s ? std::optional(s->tasksRunning + s->tasksQueued) : std::nullopt));
    card->setItemValue(u"running"_s, s ? s->tasksRunning : 0);
    card->setItemValue(u"queued"_s, s ? s->tasksQueued : 0);
    card = m_cards.value(u"notificationsCard"_s);
    card->setValue(number(s ? std::optional(s->unreadNotifications) : std::nullopt));
    card->setCaption(tr("for you"));

    for (StatCard *c : std::as_const(m_cards))
        c->setStale(m_failed);
    m_storage->setText(s ? tr("Storage used by your datasets and images: %1")
                               .arg(locale.formattedDataSize(s->storageUsedBytes))
                         : QString());
}

} // namespace remotegpu::ui
