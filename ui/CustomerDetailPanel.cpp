#include "CustomerDetailPanel.h"

#include "CustomersApi.h"
#include "EnumTable.h"
#include "PagedTableModel.h"
#include "TimeText.h"
#include "UsageApi.h"
#include "UsageBlock.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// The Machines tab's column that takes the width the others leave.
constexpr int MachineNameColumn = 0;

QVariant text(int role, const QString &value)
{
    return role == Qt::DisplayRole ? QVariant(value) : QVariant();
}

// Text that may be cut when the panel is narrow: the whole of it in the tooltip too.
QVariant textWithTip(int role, const QString &value)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(value) : QVariant();
}

// A tab's table. Every column fits its contents except `stretch`, which takes the width the
// others leave (the last column when none is given).
QTableView *table(QAbstractItemModel *model, const QString &name, int stretch = -1)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(stretch < 0);
    if (stretch >= 0)
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    // The header fits its sections to the rows it has when its own geometry changes, not when
    // rows arrive later (a tab's rows come after the panel is laid out, and the columns stayed
    // as wide as their titles): fit them again whenever the rows change.
    const auto fit = [view, stretch] {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (column != stretch)
                view->resizeColumnToContents(column);
        }
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, view, fit);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, view, fit);
    return view;
}

} // namespace

CustomerDetailPanel::CustomerDetailPanel(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(std::make_unique<CustomersApi>(*api))
    , m_usageApi(std::make_unique<UsageApi>(*api))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_usage(new UsageBlock(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new QWidget(this))
{
    setObjectName(u"customerDetail"_s);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_heading->setFont(f);
    m_heading->setObjectName(u"customerHeading"_s);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setObjectName(u"customerSubheading"_s);
    m_subheading->setWordWrap(true);
    m_heading->setWordWrap(true);
    m_subheading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *usage = new QFormLayout;
    usage->setLabelAlignment(Qt::AlignLeft);
    addFigure(usage, u"machinesHeld"_s, tr("Machines held:"));
    addFigure(usage, u"gpuHoursThisMonth"_s, tr("GPU-hours this month:"));
    addFigure(usage, u"weekUsage"_s, tr("Last 7 days:"));
    addFigure(usage, u"tasks"_s, tr("Tasks:"));
    addFigure(usage, u"storage"_s, tr("Storage used:"));

    m_machines = new PagedTableModel<Machine>(
        {
            {tr("Machine"), u"name"_s,
             [](const Machine &m, int role) { return textWithTip(role, m.name); }},
            {tr("Region"), u"region"_s,
             [](const Machine &m, int role) { return textWithTip(role, m.region); }},
            {tr("GPUs"), u"totalGpu"_s,
             [](const Machine &m, int role) { return text(role, QLocale().toString(m.totalGpu)); }},
            {tr("Until"), QString(),
             [](const Machine &m, int role) {
                 return text(role, timetext::text(m.allocationEndTime));
             }},
        },
        [this](const PageRequest &request, QObject *context, Reply<Page<Machine>> reply) {
            m_api->machines(request.filters.value(u"tenantId"_s).toInteger(), request, context,
                            std::move(reply));
        },
        [](const Machine &m) { return m.id; }, this);
    m_allocations = new PagedTableModel<Allocation>(
        {
            {tr("Machine"), QString(),
             [](const Allocation &a, int role) {
                 return textWithTip(role, a.hostName.isEmpty() ? a.hostId : a.hostName);
             }},
            {tr("Status"), QString(),
             [](const Allocation &a, int role) { return text(role, toString(a.status)); }},
            {tr("Start"), u"startTime"_s,
             [](const Allocation &a, int role) { return text(role, timetext::text(a.startTime)); }},
            {tr("End"), u"endTime"_s,
             [](const Allocation &a, int role) { return text(role, timetext::text(a.endTime)); }},
            {tr("Remark"), QString(),
             [](const Allocation &a, int role) { return textWithTip(role, a.remark); }},
        },
        [this](const PageRequest &request, QObject *context, Reply<Page<Allocation>> reply) {
            m_api->allocations(request.filters.value(u"tenantId"_s).toInteger(), request, context,
                               std::move(reply));
        },
        [](const Allocation &a) { return a.id; }, this);
    m_members = new PagedTableModel<Customer>(
        {
            {tr("User name"), u"username"_s,
             [](const Customer &c, int role) { return text(role, c.username); }},
            {tr("Role"), QString(),
             [](const Customer &c, int role) {
                 return text(role, c.role == Role::CustomerOwner ? tr("owner") : tr("member"));
             }},
            {tr("Status"), QString(),
             [](const Customer &c, int role) {
                 return text(role,
                             c.status == CustomerStatus::Active ? tr("active") : tr("disabled"));
             }},
            {tr("E-mail"), QString(),
             [](const Customer &c, int role) { return text(role, c.email); }},
        },
        [this](const PageRequest &request, QObject *context, Reply<Page<Customer>> reply) {
            m_api->list(request, context, std::move(reply));
        },
        [](const Customer &c) { return QString::number(c.id); }, this);

    m_tabs->setObjectName(u"customerTabs"_s);
    // The machine's name is what a person reads there: it takes the room the others leave.
    m_tabs->addTab(table(m_machines, u"customerMachines"_s, MachineNameColumn), tr("&Machines"));
    m_tabs->addTab(table(m_allocations, u"customerAllocations"_s), tr("Allocation &history"));
    m_tabs->addTab(table(m_members, u"customerMembers"_s), tr("&Team"));

    m_body->setObjectName(u"customerDetailBody"_s);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(usage);
    body->addWidget(m_usage);
    body->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_body, 1);
    layout->addStretch(0);
    showCustomer(std::nullopt);
}

CustomerDetailPanel::~CustomerDetailPanel() = default;

void CustomerDetailPanel::setClock(Clock clock)
{
    m_clock = clock;
    m_usage->periodPicker()->setClock(std::move(clock));
}

QLabel *CustomerDetailPanel::addFigure(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name + u"Figure"_s);
    value->setWordWrap(true); // a long figure must not hold the panel wide
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    m_figures.insert(name, value);
    return value;
}

QString CustomerDetailPanel::figure(const QString &name) const
{
    QLabel *label = m_figures.value(name);
    return label ? label->text() : QString();
}

void CustomerDetailPanel::clearFigures()
{
    for (QLabel *label : std::as_const(m_figures))
        label->setText(u"–"_s);
}

void CustomerDetailPanel::showCustomer(const std::optional<Customer> &customer)
{
    const bool same = customer && m_customer && customer->id == m_customer->id;
    m_customer = customer;
    if (!same)
        m_detail.reset();
    if (!customer) {
        m_heading->setText(tr("No customer selected"));
        m_subheading->setText(tr("Select a customer to see its usage, machines, allocations and "
                                 "team."));
        clearFigures();
        m_tabs->setEnabled(false);
        m_usage->setLoader({});
        m_body->hide();
        ++m_generation;
        return;
    }
    m_body->show();
    const Customer &c = *customer;
    const QString company = c.company.isEmpty() ? c.displayName : c.company;
    m_heading->setText(company.isEmpty() ? c.username : tr("%1 — %2").arg(c.username, company));
    QString role = c.role == Role::CustomerOwner ? tr("Owner of a tenant")
                   : c.role == Role::Admin       ? tr("Administrator")
                                           : tr("Member of tenant %1").arg(c.tenantId.value_or(0));
    m_subheading->setText(tr("%1 · %2 · %3")
                              .arg(role, c.email,
                                   c.status == CustomerStatus::Active
                                       ? tr("active")
                                       : tr("disabled: cannot sign in")));
    if (!same)
        clearFigures();
    const std::optional<qint64> tenant = c.effectiveTenantId();
    m_tabs->setEnabled(tenant.has_value());
    m_usage->setEnabled(tenant.has_value());
    if (!tenant) {
        m_usage->setLoader({});
    } else if (!same) {
        m_usage->setLoader([this, id = *tenant](const QDateTime &from, const QDateTime &to,
                                                QObject *context, Reply<UsageReport> reply) {
            m_usageApi->allocations(from, to, id, context, std::move(reply));
        });
    } else {
        m_usage->reload();
    }
    if (tenant) {
        const QJsonObject filter{{u"tenantId"_s, *tenant}};
        if (m_machines->filters() != filter || !same) {
            m_machines->setFilters(filter);
            m_allocations->setFilters(filter);
            m_members->setFilters(filter);
        } else {
            m_machines->refresh();
            m_allocations->refresh();
            m_members->refresh();
        }
    }
    reload();
}

void CustomerDetailPanel::reload()
{
    if (!m_customer)
        return;
    const quint64 generation = ++m_generation;
    const qint64 id = m_customer->id;
    m_api->detail(id, this, [this, generation](Result<CustomerDetail> answer) {
        if (generation != m_generation)
            return;
        if (!answer) {
            m_figures.value(u"machinesHeld"_s)
                ->setText(tr("Could not load: %1").arg(answer.error().message));
            return;
        }
        m_detail = *answer;
        const CustomerStatistics &s = answer->statistics;
        const QLocale locale;
        const QString scope = s.scope == u"tenant"_s ? tr(" (whole tenant)") : QString();
        m_figures.value(u"machinesHeld"_s)->setText(locale.toString(s.machinesHeld) + scope);
        m_figures.value(u"gpuHoursThisMonth"_s)
            ->setText(locale.toString(s.gpuHoursThisMonth, 'f', 1));
        m_figures.value(u"tasks"_s)
            ->setText(tr("%1 running, %2 queued, %3 failed, %4 in all")
                          .arg(locale.toString(s.taskCount(u"running"_s)),
                               locale.toString(s.taskCount(u"queued"_s)),
                               locale.toString(s.taskCount(u"failed"_s)),
                               locale.toString(s.totalTasks())));
        m_figures.value(u"storage"_s)->setText(locale.formattedDataSize(s.storageUsedBytes));
        Q_EMIT detailLoaded();
    });
    const std::optional<qint64> tenant = m_customer->effectiveTenantId();
    if (!tenant) {
        m_figures.value(u"weekUsage"_s)->setText(tr("no tenant"));
        return;
    }
    const QDateTime now = m_clock();
    // The server answers this tenant's row alone (customerId); the id is still checked below.
    m_api->tenantStatistics(
        now.addDays(-7), now, *tenant, this,
        [this, generation, tenant](Result<TenantStatisticsReport> answer) {
            if (generation != m_generation)
                return;
            QLabel *label = m_figures.value(u"weekUsage"_s);
            if (!answer) {
                label->setText(tr("Could not load: %1").arg(answer.error().message));
                return;
            }
            const QLocale locale;
            for (const TenantStatistics &t : answer->list) {
                if (t.tenantId != *tenant)
                    continue;
                // The same held and busy GPU-hours as the Allocated vs used block below, so the
                // two never disagree (the older "used" figure summed raw samples and read a few
                // GPU-hours where the rollups count a thousand).
                if (t.usage.heldGpuHours <= 0.0) {
                    label->setText(tr("nothing allocated"));
                    return;
                }
                label->setText(tr("%1 GPU-hours held, %2 busy (busy share %3)")
                                   .arg(UsageBlock::gpuHoursText(t.usage.heldGpuHours),
                                        UsageBlock::gpuHoursText(t.usage.busyGpuHours),
                                        UsageBlock::shareText(t.usage)));
                return;
            }
            label->setText(tr("nothing allocated"));
        });
}

} // namespace remotegpu::ui
