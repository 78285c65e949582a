#pragma once

#include "Customer.h"
#include "PagedTableModel.h"
#include "SectionView.h"

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace remotegpu {
class ApiClient;
class CustomersApi;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class CustomerDetailPanel;
class CustomerDialog;
class ErrorBanner;

// The admin's accounts: a server-paged list (search, status and role filters, server sort),
// create / edit / disable / enable / delete, and a detail panel for the selected account.
class CustomersView : public SectionView
{
    Q_OBJECT

public:
    CustomersView(ApiClient *api, Session *session, QWidget *parent = nullptr);
    ~CustomersView() override;

    void activate() override;
    void refresh() override;
    void focusSearch() override;
    void createNew() override;
    void applyFilters(const QJsonObject &filters) override;
    void resetForNewSession() override;

    // Opens the edit dialog / the enable-disable and delete confirmations for the selected row.
    void editSelected();
    void toggleSelected();
    void deleteSelected();

    PagedTableModel<Customer> *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CustomerDetailPanel *detailPanel() const { return m_detail; }
    const Customer *selectedCustomer() const;
    // Selects the row of `id` if it is loaded.
    bool selectCustomer(qint64 id);

Q_SIGNALS:
    // After a create, edit, enable, disable or delete the server accepted.
    void customerChanged(qint64 id);

private:
    void updateActions();
    void followSelection();
    void setEnabledOf(const Customer &customer, bool enabled);
    void remove(const Customer &customer);
    void syncFilterWidgets();

    ApiClient *m_client;
    std::unique_ptr<CustomersApi> m_api;
    bool m_activated = false;
    PagedTableModel<Customer> *m_model;
    ErrorBanner *m_banner;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_role;
    QToolButton *m_new;
    QToolButton *m_edit;
    QToolButton *m_toggle;
    QToolButton *m_delete;
    QLabel *m_count;
    QTableView *m_table;
    CustomerDetailPanel *m_detail;
};

} // namespace remotegpu::ui
