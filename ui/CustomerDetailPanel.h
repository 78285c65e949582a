#pragma once

#include "Allocation.h"
#include "Customer.h"
#include "CustomerDetail.h"
#include "Machine.h"
#include "PagedTableModel.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace remotegpu {
class ApiClient;
class CustomersApi;
class UsageApi;
} // namespace remotegpu

namespace remotegpu::ui {

class UsageBlock;

// What the console knows about one account: who it is, its usage (GET /api/admin/customers/:id
// and the tenant's row of /api/admin/statistics/customers over the last 7 days), the tenant's
// allocated versus used GPU-hours over a chosen period, and tabs with the tenant's machines, its
// allocation history and its team members.
class CustomerDetailPanel : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    CustomerDetailPanel(ApiClient *api, QWidget *parent = nullptr);
    ~CustomerDetailPanel() override;

    void setClock(Clock clock);
    // Shows `customer` (loads its detail and lists); nullopt shows nothing.
    void showCustomer(const std::optional<Customer> &customer);
    // Loads what is shown again.
    void reload();
    qint64 customerId() const { return m_customer ? m_customer->id : 0; }
    const std::optional<CustomerDetail> &detail() const { return m_detail; }

    PagedTableModel<Machine> *machinesModel() const { return m_machines; }
    PagedTableModel<Allocation> *allocationsModel() const { return m_allocations; }
    PagedTableModel<Customer> *membersModel() const { return m_members; }
    QString figure(const QString &name) const;
    UsageBlock *usageBlock() const { return m_usage; }

Q_SIGNALS:
    void detailLoaded();

private:
    QLabel *addFigure(QFormLayout *form, const QString &name, const QString &label);
    void clearFigures();

    std::unique_ptr<CustomersApi> m_api;
    std::unique_ptr<UsageApi> m_usageApi;
    Clock m_clock;
    std::optional<Customer> m_customer;
    std::optional<CustomerDetail> m_detail;
    quint64 m_generation = 0;

    QLabel *m_heading;
    QLabel *m_subheading;
    QHash<QString, QLabel *> m_figures;
    UsageBlock *m_usage;
    QTabWidget *m_tabs;
    // Figures, usage and tabs: hidden while no customer is selected, so the empty panel is a
    // sentence rather than a page of dashes and disabled tables.
    QWidget *m_body;
    PagedTableModel<Machine> *m_machines;
    PagedTableModel<Allocation> *m_allocations;
    PagedTableModel<Customer> *m_members;
};

} // namespace remotegpu::ui
