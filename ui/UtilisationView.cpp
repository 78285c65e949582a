#include "UtilisationView.h"

#include "ShareBarDelegate.h"
#include "TenantUsageModel.h"
#include "UsageBlock.h"
#include "UsagePeriodPicker.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

UtilisationView::UtilisationView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Utilisation"),
                  tr("GPU-hours each tenant held against those its GPUs were busy; the lowest "
                     "share first."),
                  parent)
    , m_api(std::make_unique<UsageApi>(*api))
    , m_period(new UsagePeriodPicker(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_model(new TenantUsageModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    Q_UNUSED(session);
    m_period->setPeriod(UsagePeriodPicker::Period::Last30Days);
    m_summary->setObjectName(u"utilisationSummary"_s);
    m_summary->setWordWrap(true);
    m_export->setObjectName(u"utilisationExport"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(TenantUsageModel::SortRole);
    m_table->setObjectName(u"utilisationTable"_s);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TenantUsageModel::BusyShare, Qt::AscendingOrder);
    m_table->setItemDelegateForColumn(
        TenantUsageModel::BusyShare,
        new ShareBarDelegate(TenantUsageModel::ShareRole, TenantUsageModel::LowShare, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false); // the low-share hint is a row colour
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period, 1);
    bar->addWidget(m_export);
    contentLayout()->addLayout(bar);
    contentLayout()->addWidget(m_summary);
    contentLayout()->addWidget(m_table, 1);

    connect(m_period, &UsagePeriodPicker::periodChanged, this, &UtilisationView::load);
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export utilisation"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(u"csv"_s);
        dialog->selectFile(u"utilisation.csv"_s);
        connect(dialog, &QFileDialog::fileSelected, this, &UtilisationView::exportCsv);
        dialog->open();
    });
}

UtilisationView::~UtilisationView() = default;

void UtilisationView::activate()
{
    if (!m_loadedOnce)
        load();
}

void UtilisationView::refresh()
{
    load();
}

void UtilisationView::resetForNewSession()
{
    ++m_generation;
    m_loadedOnce = false;
    m_model->setTenants({});
    m_summary->clear();
}

void UtilisationView::load()
{
    m_loadedOnce = true;
    const quint64 generation = ++m_generation;
    const auto [from, to] = m_period->range();
    if (from >= to) {
        m_model->setTenants({});
        m_summary->setText(tr("The period has not begun yet."));
        return;
    }
    m_summary->setText(tr("Loading…"));
    m_api->tenants(from, to, this, [this, generation](Result<TenantStatisticsReport> answer) {
        if (generation != m_generation)
            return;
        if (!answer) {
            m_summary->setText(tr("Could not load: %1").arg(answer.error().message));
            return;
        }
        m_model->setTenants(answer->list);
        UsageFigures fleet;
        int low = 0;
        for (const TenantStatistics &t : answer->list) {
            fleet += t.usage;
            const std::optional<double> ratio = t.usage.busyRatio();
            if (ratio && *ratio < TenantUsageModel::LowShare)
                ++low;
        }
        m_summary->setText(
            tr("Fleet: %1 GPU-hours held, %2 busy (above %3 % utilisation), %4 unreported; "
               "busy share %5. %n tenant(s) under 30 %.",
               nullptr, low)
                .arg(UsageBlock::gpuHoursText(fleet.heldGpuHours),
                     UsageBlock::gpuHoursText(fleet.busyGpuHours))
                .arg(answer->busyThresholdPercent)
                .arg(UsageBlock::gpuHoursText(fleet.unreportedGpuHours),
                     UsageBlock::shareText(fleet)));
        Q_EMIT loaded();
    });
}

void UtilisationView::exportCsv(const QString &path)
{
    // The rows in the table's order: what the operator sees is what the file says.
    QList<TenantStatistics> rows;
    for (int r = 0; r < m_sorted->rowCount(); ++r)
        rows.append(m_model->tenants().at(m_sorted->mapToSource(m_sorted->index(r, 0)).row()));
    TenantUsageModel ordered;
    ordered.setTenants(rows);
    const QByteArray data = ordered.csv();
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, path] {
        const bool ok = watcher->result();
        watcher->deleteLater();
        Q_EMIT statusMessage(ok ? tr("Utilisation exported to %1").arg(path)
                                : tr("Could not write %1").arg(path));
        Q_EMIT exported(ok, path);
    });
    watcher->setFuture(QtConcurrent::run([data, path] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(data);
        return file.commit();
    }));
}

} // namespace remotegpu::ui
