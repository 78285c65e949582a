#include "TenantUsageModel.h"

#include "CsvWriter.h"
#include "UsageBlock.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <limits>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

TenantUsageModel::TenantUsageModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TenantUsageModel::setTenants(const QList<TenantStatistics> &tenants)
{
    beginResetModel();
    m_tenants = tenants;
    endResetModel();
}

int TenantUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tenants.size());
}

int TenantUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantStatistics &t = m_tenants.at(index.row());
    const std::optional<double> ratio = t.usage.busyRatio();
    const bool low = ratio && *ratio < LowShare;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Tenant:
            return t.tenantName;
        case MachinesHeld:
            return QLocale().toString(t.machines);
        case HeldGpuHours:
            return UsageBlock::gpuHoursText(t.usage.heldGpuHours);
        case BusyGpuHours:
            return UsageBlock::gpuHoursText(t.usage.busyGpuHours);
        case UnreportedGpuHours:
            return UsageBlock::gpuHoursText(t.usage.unreportedGpuHours);
        case BusyShare:
            return UsageBlock::withCoverage(low ? tr("%1 — low").arg(UsageBlock::ratioText(ratio))
                                                : UsageBlock::ratioText(ratio),
                                            t.usage);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Tenant:
            return t.tenantName.toLower();
        case MachinesHeld:
            return t.machines;
        case HeldGpuHours:
            return t.usage.heldGpuHours;
        case BusyGpuHours:
            return t.usage.busyGpuHours;
        case UnreportedGpuHours:
            return t.usage.unreportedGpuHours;
        case BusyShare:
            return ratio ? *ratio : std::numeric_limits<double>::infinity();
        case ColumnCount:
            break;
        }
        break;
    case ShareRole:
        if (index.column() == BusyShare && ratio)
            return *ratio;
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Tenant ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (low)
            return QBrush(QColor(255, 196, 0, 60));
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (low)
            lines << tr("Busy in less than %1 % of the reported GPU-hours it held: worth a word "
                        "before renewing, or a candidate for reclaiming")
                         .arg(int(LowShare * 100));
        if (!ratio && t.usage.heldGpuHours > 0)
            lines << tr("No agent reported while this tenant held its machines");
        if (const QString note = UsageBlock::coverageNote(t.usage); !note.isEmpty())
            lines << note;
        if (!lines.isEmpty())
            return lines.join(u'\n');
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant TenantUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Tenant:
        return tr("Tenant");
    case MachinesHeld:
        return tr("Machines now");
    case HeldGpuHours:
        return tr("Held GPU-h");
    case BusyGpuHours:
        return tr("Busy GPU-h");
    case UnreportedGpuHours:
        return tr("Unreported GPU-h");
    case BusyShare:
        return tr("Busy share");
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray TenantUsageModel::csv() const
{
    CsvWriter w;
    w.addRow({u"tenantId"_s, u"tenantName"_s, u"machines"_s, u"heldGpuHours"_s, u"busyGpuHours"_s,
              u"unreportedGpuHours"_s, u"busyRatio"_s});
    for (const TenantStatistics &t : m_tenants) {
        const std::optional<double> ratio = t.usage.busyRatio();
        w.addValues({t.tenantId, t.tenantName, t.machines, t.usage.heldGpuHours,
                     t.usage.busyGpuHours, t.usage.unreportedGpuHours,
                     ratio ? QVariant(*ratio) : QVariant()});
    }
    return w.data();
}

} // namespace remotegpu::ui
