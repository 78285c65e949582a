#pragma once

#include "SectionView.h"
#include "UsageApi.h"

#include <memory>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace remotegpu {
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class TenantUsageModel;
class UsagePeriodPicker;

// The fleet's "allocated versus used": every tenant's held, busy and unreported GPU-hours over a
// period, lowest busy share first (the renewal question: who uses least of what it rents), rows
// under 30 % marked, sortable by any column, and the table as CSV.
class UtilisationView : public SectionView
{
    Q_OBJECT

public:
    UtilisationView(ApiClient *api, Session *session, QWidget *parent = nullptr);
    ~UtilisationView() override;

    void activate() override;
    void refresh() override;
    void resetForNewSession() override;

    UsagePeriodPicker *periodPicker() const { return m_period; }
    TenantUsageModel *model() const { return m_model; }
    QSortFilterProxyModel *sortedModel() const { return m_sorted; }
    QTableView *table() const { return m_table; }
    // Writes the table, in its current order of tenants, to `path` off the UI thread.
    void exportCsv(const QString &path);

Q_SIGNALS:
    void loaded();
    void exported(bool ok, const QString &path);

private:
    void load();

    std::unique_ptr<UsageApi> m_api;
    bool m_loadedOnce = false;
    quint64 m_generation = 0;
    UsagePeriodPicker *m_period;
    QLabel *m_summary;
    QPushButton *m_export;
    TenantUsageModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
};

} // namespace remotegpu::ui
