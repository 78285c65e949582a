#include "MachineProcessList.h"

#include "MachineProcessReport.h"
#include "MachineStatus.h"
#include "TimeText.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QString mib(qint64 v)
{
    return v >= 1024 ? QLocale().toString(v / 1024.0, 'f', v % 1024 ? 1 : 0) + u" GiB"_s
                     : QLocale().toString(v) + u" MiB"_s;
}

} // namespace

MachineProcessList::MachineProcessList(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, 5, this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this))
{
    m_model->setHorizontalHeaderLabels(
        {tr("GPU"), tr("PID"), tr("User"), tr("GPU memory"), tr("Command")});
    m_table->setObjectName(u"machineProcessTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_note->setObjectName(u"machineProcessNote"_s);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
}

void MachineProcessList::setReport(const MachineProcessReport &report)
{
    m_model->removeRows(0, m_model->rowCount());
    // An empty list means "nothing ran" only when there was a report to say so.
    if (!report.reportedAt.isValid())
        m_note->setText(tr("The agent sent no process report since the allocation began."));
    else if (report.processes.isEmpty())
        m_note->setText(tr("No GPU process was running at %1 (%2).")
                            .arg(timetext::text(report.reportedAt),
                                 machinestatus::relativeTime(report.reportedAt)));
    else
        m_note->setText(tr("Reported %1 (%2).")
                            .arg(timetext::text(report.reportedAt),
                                 machinestatus::relativeTime(report.reportedAt)));
    for (const GpuProcess &p : report.processes) {
        auto *gpu = new QStandardItem(QString::number(p.gpuIndex));
        gpu->setData(p.gpuIndex, Qt::UserRole);
        m_model->appendRow({gpu, new QStandardItem(QString::number(p.pid)),
                            new QStandardItem(p.username.isEmpty() ? tr("unknown") : p.username),
                            new QStandardItem(p.usedMemoryMb ? mib(*p.usedMemoryMb) : tr("n/a")),
                            new QStandardItem(p.processName)});
    }
    m_table->resizeColumnsToContents();
}

void MachineProcessList::showUnavailable(const QString &note)
{
    m_model->removeRows(0, m_model->rowCount());
    m_note->setText(note);
}

void MachineProcessList::clear()
{
    showUnavailable({});
}

QString MachineProcessList::note() const
{
    return m_note->text();
}

} // namespace remotegpu::ui
