#include "MyMachinesView.h"

#include "ErrorBanner.h"
#include "HeaderStateKeeper.h"
#include "MyMachineDetailPanel.h"
#include "PagedTableModel.h"
#include "SelectionKeeper.h"
#include "Theme.h"
#include "TimeText.h"

#include <QApplication>
#include <QBrush>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant text(const QString &value, int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(value) : QVariant();
}

} // namespace

MyMachinesView::MyMachinesView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("My machines"),
                  tr("The machines your team holds now, how busy their GPUs are, and how to "
                     "connect to them."),
                  parent)
    , m_api(api)
{
    Q_UNUSED(session);
    m_banner = new ErrorBanner(this);
    contentLayout()->addWidget(m_banner);

    const CustomerApi customerApi(api);
    m_model = new PagedTableModel<CustomerMachine>(
        {
            {tr("Name"), u"name"_s,
             [](const CustomerMachine &m, int role) {
                 return text(m.name.isEmpty() ? m.id : m.name, role);
             }},
            {tr("GPUs"), QString(),
             [](const CustomerMachine &m, int role) {
                 return text(tr("%1 × %2").arg(m.gpuCount).arg(m.gpuModel), role);
             }},
            {tr("Region"), u"region"_s,
             [](const CustomerMachine &m, int role) { return text(m.region, role); }},
            {tr("State"), QString(),
             [](const CustomerMachine &m, int role) -> QVariant {
                 const bool healthy = m.healthStatus.isEmpty() || m.healthStatus == u"healthy"_s;
                 if (role == Qt::DecorationRole)
                     return QApplication::style()->standardIcon(
                         healthy ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
                 return text(healthy ? m.status : m.status + u" · "_s + m.healthStatus, role);
             }},
            {tr("Allocation ends"), u"endTime"_s,
             [](const CustomerMachine &m, int role) -> QVariant {
                 if (role == Qt::ForegroundRole && m.expiring)
                     return QBrush(isDarkPalette() ? QColor(0xff, 0xc1, 0x07)
                                                   : QColor(0x9a, 0x60, 0x00));
                 const QString when = timetext::text(m.allocationEnd);
                 return text(m.expiring ? tr("%1 (expiring)").arg(when) : when, role);
             }},
            {tr("GPU load"), QString(),
             [](const CustomerMachine &m, int role) -> QVariant {
                 if (role == Qt::TextAlignmentRole)
                     return int(Qt::AlignRight | Qt::AlignVCenter);
                 return text(m.latestGpuUtilization
                                 ? QLocale().toString(*m.latestGpuUtilization, 'f', 0) + u" %"_s
                                 : tr("—"),
                             role);
             }},
            {tr("SSH"), QString(),
             [](const CustomerMachine &m, int role) { return text(m.sshCommand(), role); }},
        },
        [this, customerApi](const PageRequest &request, QObject *context,
                            Reply<Page<CustomerMachine>> reply) {
            if (!m_activated)
                return; // nothing is sent before the section is first shown
            customerApi.machines(request, context, std::move(reply));
        },
        [](const CustomerMachine &m) { return m.id; }, this);
    m_model->setObjectName(u"myMachinesModel"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"myMachinesTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Name, 160);
    m_table->setColumnWidth(Gpus, 190);
    m_table->setColumnWidth(Region, 110);
    m_table->setColumnWidth(State, 130);
    m_table->setColumnWidth(Ends, 200);
    m_table->setColumnWidth(Load, 80);
    SelectionKeeper::attach(m_table, m_model);
    HeaderStateKeeper::attach(m_table->horizontalHeader(), u"myMachines"_s);

    // The table above, the selected machine's connection and detail below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"myMachinesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    contentLayout()->addWidget(splitter, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(u"myMachineDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lowerLayout->addWidget(m_detail);
    auto *sshRow = new QHBoxLayout;
    m_ssh = new QLineEdit(this);
    m_ssh->setObjectName(u"myMachineSsh"_s);
    m_ssh->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy SSH command"), this);
    copy->setObjectName(u"myMachineCopySsh"_s);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ssh->text());
        Q_EMIT statusMessage(tr("SSH command copied"));
    });
    sshRow->addWidget(m_ssh, 1);
    sshRow->addWidget(copy);
    lowerLayout->addLayout(sshRow);
    m_panel = new MyMachineDetailPanel(api, lower);
    lowerLayout->addWidget(m_panel, 1);
    m_count = new QLabel(this);
    contentLayout()->addWidget(m_count);

    connect(m_model, &PagedTableModelBase::loaded, this, [this] {
        m_banner->clear();
        m_count->setText(tr("%n machine(s)", nullptr, int(m_model->totalRows())));
        if (const int row = m_model->rowOfKey(m_selectWhenLoaded); row >= 0) {
            m_table->selectRow(row);
            m_selectWhenLoaded.clear();
        }
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        showDetail();
    });
    connect(m_model, &PagedTableModelBase::loadFailed, this, [this](const Error &error) {
        m_banner->showError(tr("Loading your machines failed"), error);
    });
    connect(m_banner, &ErrorBanner::retryRequested, m_model, &PagedTableModelBase::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MyMachinesView::showDetail);
    showDetail();
}

void MyMachinesView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->reload();
}

void MyMachinesView::refresh()
{
    if (!m_activated) {
        activate();
        return;
    }
    m_model->refresh();
    m_panel->refresh();
}

void MyMachinesView::applyFilters(const QJsonObject &filters)
{
    QJsonObject server = filters;
    if (server.take(u"expiring"_s).toBool())
        m_table->sortByColumn(Ends, Qt::AscendingOrder);
    m_selectWhenLoaded = server.take(u"id"_s).toString();
    if (const int row = m_model->rowOfKey(m_selectWhenLoaded); row >= 0) {
        m_table->selectRow(row);
        m_selectWhenLoaded.clear();
    }
    if (server != m_model->filters())
        m_model->setFilters(server);
}

void MyMachinesView::resetForNewSession()
{
    m_selectWhenLoaded.clear();
    m_activated = false;
    m_model->reload(); // drops the rows; nothing is sent until shown again
    m_banner->clear();
    showDetail();
}

void MyMachinesView::showDetail()
{
    const CustomerMachine *m = m_model->rowAt(m_table->currentIndex().row());
    if (!m) {
        m_detail->setText(tr("Select a machine to see how to connect to it."));
        m_ssh->clear();
        m_panel->clear();
        return;
    }
    m_detail->setText(tr("%1 — %2 CPU cores, %3 GB memory, %4 %5. Allocation %6 from %7 to %8.")
                          .arg(m->name.isEmpty() ? m->id : m->name)
                          .arg(m->totalCpu)
                          .arg(m->totalMemoryGb)
                          .arg(m->osType, m->osVersion, m->allocationId,
                               timetext::text(m->allocationStart),
                               timetext::text(m->allocationEnd)));
    m_ssh->setText(m->sshCommand());
    m_panel->setMachine(m->id);
}

} // namespace remotegpu::ui
