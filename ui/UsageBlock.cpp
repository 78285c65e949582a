#include "UsageBlock.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *figureLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

} // namespace

QString UsageBlock::ratioText(const std::optional<double> &ratio)
{
    if (!ratio)
        return tr("—", "no ratio: nothing was reported");
    return tr("%1 %").arg(QLocale().toString(*ratio * 100.0, 'f', 1));
}

namespace {

// The share of the held time reported, when a busy share rests on less than WellReported of it.
std::optional<double> partlyReported(const UsageFigures &figures)
{
    const std::optional<double> reported = figures.reportedRatio();
    if (!figures.busyRatio() || !reported || *reported >= UsageBlock::WellReported)
        return std::nullopt;
    return reported;
}

} // namespace

QString UsageBlock::shareText(const UsageFigures &figures)
{
    return withCoverage(ratioText(figures.busyRatio()), figures);
}

QString UsageBlock::withCoverage(const QString &shareWords, const UsageFigures &figures)
{
    const std::optional<double> reported = partlyReported(figures);
    if (!reported)
        return shareWords;
    return tr("%1 · %2 % reported", "busy share, then the share of held GPU-hours agents reported")
        .arg(shareWords, QLocale().toString(*reported * 100.0, 'f', 0));
}

QString UsageBlock::coverageNote(const UsageFigures &figures)
{
    const std::optional<double> reported = partlyReported(figures);
    if (!reported)
        return {};
    return tr("Agents reported %1 % of the held GPU-hours; the busy share is of those only. The "
              "rest is unknown, neither busy nor idle.")
        .arg(QLocale().toString(*reported * 100.0, 'f', 0));
}

QString UsageBlock::gpuHoursText(double hours)
{
    return QLocale().toString(hours, 'f', 1);
}

UsageBlock::UsageBlock(QWidget *parent)
    : QGroupBox(tr("Allocated vs used"), parent)
    , m_period(new UsagePeriodPicker(this))
    , m_held(figureLabel(this, u"usageHeld"_s))
    , m_busy(figureLabel(this, u"usageBusy"_s))
    , m_unreported(figureLabel(this, u"usageUnreported"_s))
    , m_status(figureLabel(this, u"usageStatus"_s))
    , m_ratio(new QProgressBar(this))
    , m_machines(new QTableWidget(0, 5, this))
{
    setObjectName(u"usageBlock"_s);
    m_ratio->setObjectName(u"usageRatio"_s);
    m_ratio->setRange(0, 1000);
    m_ratio->setAccessibleName(tr("Busy share of the reported GPU-hours"));
    m_ratio->setToolTip(tr("Busy GPU-hours / (held − unreported GPU-hours): the share of the time "
                           "the agents reported in which the GPUs were busy"));
    m_unreported->setToolTip(tr("Held GPU-hours no agent reported: unknown, not idle, so they "
                                "are left out of the ratio"));
    m_status->setWordWrap(true);
    m_machines->setObjectName(u"usageMachines"_s);
    // Short titles, so the table fits a detail panel; the unit is in the figures above and in
    // each title's tooltip.
    // (A machine's GPU count is in its name's tooltip.)
    m_machines->setHorizontalHeaderLabels(
        {tr("Machine"), tr("Held"), tr("Busy"), tr("Unreported"), tr("Busy share")});
    m_machines->horizontalHeaderItem(1)->setToolTip(tr("GPU-hours held"));
    m_machines->horizontalHeaderItem(2)->setToolTip(
        tr("GPU-hours busy (above the busy threshold)"));
    m_machines->horizontalHeaderItem(3)->setToolTip(tr("GPU-hours no agent reported"));
    m_machines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_machines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_machines->verticalHeader()->hide();
    m_machines->verticalHeader()->setDefaultSectionSize(m_machines->fontMetrics().height() + 8);
    m_machines->setShowGrid(false);
    m_machines->setAlternatingRowColors(true);
    // The figures keep their width and the name takes the rest (its tooltip has it whole):
    // no sideways scrolling in a narrow panel.
    m_machines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_machines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_machines->horizontalHeader()->setStretchLastSection(false);
    m_machines->setMaximumHeight(m_machines->fontMetrics().height() * 9);

    auto *figures = new QFormLayout;
    figures->addRow(tr("Held:"), m_held);
    figures->addRow(tr("Busy:"), m_busy);
    figures->addRow(tr("Unreported:"), m_unreported);
    figures->addRow(tr("Busy share:"), m_ratio);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_period);
    layout->addLayout(figures);
    layout->addWidget(m_status);
    layout->addWidget(m_machines);

    connect(m_period, &UsagePeriodPicker::periodChanged, this, &UsageBlock::reload);
    clear(QString());
}

void UsageBlock::setLoader(Loader loader)
{
    m_loader = std::move(loader);
    reload();
}

QString UsageBlock::figure(const QString &name) const
{
    if (name == u"held"_s)
        return m_held->text();
    if (name == u"busy"_s)
        return m_busy->text();
    if (name == u"unreported"_s)
        return m_unreported->text();
    if (name == u"ratio"_s)
        return m_ratio->format();
    return {};
}

void UsageBlock::clear(const QString &why)
{
    m_report.reset();
    for (QLabel *label : {m_held, m_busy, m_unreported})
        label->setText(u"–"_s);
    m_ratio->setValue(0);
    m_ratio->setFormat(ratioText(std::nullopt));
    m_status->setText(why);
    m_status->setVisible(!why.isEmpty());
    m_machines->setRowCount(0);
}

void UsageBlock::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_loader) {
        clear(QString());
        return;
    }
    const auto [from, to] = m_period->range();
    if (from >= to) {
        clear(tr("The period has not begun yet."));
        return;
    }
    m_status->setText(tr("Loading…"));
    m_status->setVisible(true);
    m_loader(from, to, this, [this, generation](Result<UsageReport> answer) {
        if (generation != m_generation)
            return;
        if (!answer) {
            clear(tr("Could not load: %1").arg(answer.error().message));
            return;
        }
        display(*answer);
        Q_EMIT loaded();
    });
}

void UsageBlock::display(const UsageReport &report)
{
    m_report = report;
    const UsageFigures &t = report.totals;
    m_held->setText(tr("%1 GPU-hours").arg(gpuHoursText(t.heldGpuHours)));
    m_busy->setText(tr("%1 GPU-hours (above %2 % utilisation)")
                        .arg(gpuHoursText(t.busyGpuHours))
                        .arg(report.busyThresholdPercent));
    m_unreported->setText(tr("%1 GPU-hours").arg(gpuHoursText(t.unreportedGpuHours)));
    const std::optional<double> ratio = t.busyRatio();
    m_ratio->setValue(ratio ? int(std::lround(std::min(1.0, *ratio) * 1000.0)) : 0);
    m_ratio->setFormat(ratioText(ratio));
    if (report.allocations.isEmpty())
        m_status->setText(tr("Nothing was allocated in this period."));
    else if (!ratio)
        m_status->setText(tr("No agent reported during the allocations of this period."));
    else
        m_status->setText(coverageNote(t));
    m_status->setVisible(!m_status->text().isEmpty());
    m_machines->setRowCount(int(report.machines.size()));
    for (int row = 0; row < report.machines.size(); ++row) {
        const MachineUsage &m = report.machines.at(row);
        QTableWidgetItem *name = cell(m.hostName.isEmpty() ? m.hostId : m.hostName, Qt::AlignLeft);
        name->setToolTip(tr("%1 (%n GPU(s))", nullptr, int(m.gpus)).arg(name->text()));
        m_machines->setItem(row, 0, name);
        m_machines->setItem(row, 1, cell(gpuHoursText(m.usage.heldGpuHours)));
        m_machines->setItem(row, 2, cell(gpuHoursText(m.usage.busyGpuHours)));
        m_machines->setItem(row, 3, cell(gpuHoursText(m.usage.unreportedGpuHours)));
        m_machines->setItem(row, 4, cell(shareText(m.usage)));
    }
}

} // namespace remotegpu::ui
