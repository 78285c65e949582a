#pragma once

#include "TenantStatistics.h"

#include <QAbstractTableModel>
#include <QList>

namespace remotegpu::ui {

// The fleet's tenants with what they held and used over a period, one row each (a row of
// GET /api/admin/statistics/customers). SortRole gives numbers, so a sort proxy orders the
// figures numerically; a tenant without a ratio sorts after every ratio when ascending.
class TenantUsageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Tenant,
        MachinesHeld,
        HeldGpuHours,
        BusyGpuHours,
        UnreportedGpuHours,
        BusyShare,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    // The busy share as a number 0..1 in the BusyShare column (none where nothing was
    // reported), drawn as a bar by ShareBarDelegate.
    static constexpr int ShareRole = Qt::UserRole + 2;
    // Below this busy share a row carries a hint: a candidate for reclaiming, or for a smaller
    // renewal.
    static constexpr double LowShare = 0.30;

    explicit TenantUsageModel(QObject *parent = nullptr);

    void setTenants(const QList<TenantStatistics> &tenants);
    const QList<TenantStatistics> &tenants() const { return m_tenants; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The rows as CSV (header first), in the model's order.
    QByteArray csv() const;

private:
    QList<TenantStatistics> m_tenants;
};

} // namespace remotegpu::ui
