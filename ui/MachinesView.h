#pragma once

#include "MachineListItem.h"
#include "MachinesApi.h"
#include "SectionView.h"

#include <QStringList>
#include <QTimer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QToolBar;
class QToolButton;

namespace remotegpu {
class ApiClient;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;
class MachineDetailPanel;
class MachineEditDialog;
class SelectionKeeper;
template<typename T>
class PagedTableModel;

// The machine inventory: a server-paged list with filters, the current row's detail below it,
// and the actions on one or many machines (add, edit, delete, maintenance; allocate, extend and
// reclaim are handed to the allocation dialogs through signals).
class MachinesView : public SectionView
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        IpColumn,
        GpuColumn,
        LoadColumn, // the GPUs' mean utilisation now, kept current by the live feed
        RegionColumn,
        AllocationColumn,
        TenantColumn,
        LeaseEndColumn,
        HeartbeatColumn,
        AgentColumn, // flapping, unhealthy GPUs, why offline
        ColumnCount
    };
    // The load column's share (0..1) for its bar; none while the machine has no current figures.
    static constexpr int LoadShareRole = Qt::UserRole + 2; // past PagedTableModelBase::KeyRole

    MachinesView(ApiClient *api, Session *session, QWidget *parent = nullptr);
    ~MachinesView() override;

    void activate() override;
    void refresh() override;
    void focusSearch() override;
    void createNew() override;
    void applyFilters(const QJsonObject &filters) override;
    void resetForNewSession() override;

    PagedTableModel<MachineListItem> *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MachineDetailPanel *detailPanel() const { return m_detail; }
    // The selected machines, in row order.
    QList<MachineListItem> selectedMachines() const;

    // The actions, for tests and the main window's menus.
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *maintenanceOnAction() const { return m_maintenanceOn; }
    QAction *maintenanceOffAction() const { return m_maintenanceOff; }
    QAction *allocateAction() const { return m_allocate; }
    QAction *extendAction() const { return m_extend; }
    QAction *reclaimAction() const { return m_reclaim; }

    // Opens the edit dialog of the current machine (Enter, double click).
    void editCurrent();
    // Asks to delete the selected machines (Delete key), naming them.
    void deleteSelected();
    // Maintenance on (asks for a reason) or off for the selected machines.
    void setMaintenanceForSelected(bool enabled);

    // How often the list reloads while visible (default 30 s).
    void setAutoRefreshInterval(int milliseconds);

Q_SIGNALS:
    void allocateRequested(const QStringList &machineIds);
    void extendRequested(const QStringList &allocationIds);
    void reclaimRequested(const QStringList &allocationIds);
    void importRequested();
    // The edit dialog was opened (tests reach it through this).
    void editDialogOpened(remotegpu::ui::MachineEditDialog *dialog);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildFilters();
    void buildActions();
    void updateActions();
    void updateCount();
    void sendFilter(const QString &field, const QJsonValue &value);
    QJsonObject filtersFromWidgets() const;
    void setWidgetsFromFilters(const QJsonObject &filters);
    void clearFilters();
    void loadTenants();
    void rememberChoices();
    void currentRowChanged();
    void openEditor(const Machine &machine, bool isNew);
    void runMaintenance(const QList<MachineListItem> &machines, bool enabled,
                        const QString &reason);
    void removeMachines(const QList<MachineListItem> &machines);
    void showContextMenu(const QPoint &pos);

    MachinesApi m_api;
    Session *m_session;
    PagedTableModel<MachineListItem> *m_model;
    QTableView *m_table;
    SelectionKeeper *m_keeper;
    ErrorBanner *m_banner;
    MachineDetailPanel *m_detail;
    QSplitter *m_splitter;
    QToolBar *m_toolbar;
    QLabel *m_count;

    QPushButton *m_statusButton;
    QMenu *m_statusMenu;
    QList<QAction *> m_statusActions;
    QComboBox *m_allocationState;
    QComboBox *m_region;
    QComboBox *m_gpuModel;
    QComboBox *m_tenant;
    QLineEdit *m_search;
    QToolButton *m_clearFilters;

    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_maintenanceOn;
    QAction *m_maintenanceOff;
    QAction *m_allocate;
    QAction *m_extend;
    QAction *m_reclaim;
    QAction *m_import;
    QAction *m_refresh;

    // Allowed filters the bar has no widget for (gpuCountMin, gpuCountMax), kept from
    // applyFilters until Clear filters.
    QJsonObject m_extraFilters;
    QTimer m_autoRefresh;
    QTimer m_currentDebounce;
    bool m_activated = false;
    bool m_tenantsLoaded = false;
    bool m_settingWidgets = false;
};

} // namespace remotegpu::ui
