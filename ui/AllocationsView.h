#pragma once

#include "Allocation.h"
#include "AllocationPresentation.h"
#include "AllocationsApi.h"
#include "PagedTableModel.h"
#include "SectionView.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace remotegpu {
class ApiClient;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class AllocateDialog;
class ErrorBanner;
class ExtendDialog;
class ReclaimDialog;
class SelectionKeeper;
class TimelineWidget;

// Allocations: every lease of every tenant as a server-paged list (state as colour, shape and
// word; time left), filtered by state, tenant and machine, and as a timeline of machines by day
// where a lease is extended by dragging its end. New allocation (Ctrl+N), Extend (Ctrl+E, one or
// many: bulk), Reclaim (Delete, with a reason) from the toolbar, the context menu and the keys.
class AllocationsView : public SectionView
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TenantColumn,
        MachineColumn,
        StartColumn,
        EndColumn,
        StateColumn,
        RemainingColumn,
        CreatedColumn,
        ColumnCount
    };

    AllocationsView(ApiClient *api, Session *session, QWidget *parent = nullptr);
    ~AllocationsView() override;

    void activate() override;
    void refresh() override;
    void focusSearch() override;
    void createNew() override;
    // Fields of the list API (status, tenantId, hostId, from, to) plus {"expiring": true}, the
    // dashboard's shortcut for status "expiring".
    void applyFilters(const QJsonObject &filters) override;
    void resetForNewSession() override;

    void setClock(Clock clock);

    PagedTableModel<Allocation> *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TimelineWidget *timeline() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }
    // The ids of the selected rows of the list (or the bar selected on the timeline).
    QStringList selectedIds() const;

    // The dialogs, opened (non-modal) over this view; the view refreshes after each succeeds.
    AllocateDialog *openAllocateDialog(const QStringList &machines = {});
    ExtendDialog *openExtendDialog(const QStringList &allocationIds);
    ReclaimDialog *openReclaimDialog(const QStringList &allocationIds);
    void openDetails(const QString &allocationId);

private:
    void createModel();
    void loadTenants();
    void filtersEdited();
    void updateActions();
    void updateCount();
    void showContextMenu(const QPoint &pos);
    void changed();

    ApiClient *m_apiClient;
    AllocationsApi m_api;
    Clock m_now = systemClock();
    PagedTableModel<Allocation> *m_model = nullptr;
    SelectionKeeper *m_keeper = nullptr;
    ErrorBanner *m_banner;
    QComboBox *m_stateFilter;
    QComboBox *m_tenantFilter;
    QLineEdit *m_machineFilter;
    QLabel *m_count;
    QTabWidget *m_tabs;
    QTableView *m_table;
    TimelineWidget *m_timeline;
    QAction *m_newAction;
    QAction *m_extendAction;
    QAction *m_reclaimAction;
    QAction *m_detailsAction;
    QAction *m_refreshAction;
    QTimer m_tick;
    bool m_activated = false;
    bool m_tenantsLoaded = false;
    bool m_settingFilters = false;
    qint64 m_pendingTenant = 0;
};

} // namespace remotegpu::ui
