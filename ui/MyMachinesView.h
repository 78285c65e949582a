#pragma once

#include "CustomerApi.h"
#include "CustomerMachine.h"
#include "SectionView.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace remotegpu {
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;
template<typename T>
class PagedTableModel;

// The machines the signed-in person's tenant holds now: GPUs, region, state, when the
// allocation ends (expiring ones marked in words), the latest GPU load and the SSH command to
// connect (copyable). Server-paged and server-sorted.
class MyMachinesView : public SectionView
{
    Q_OBJECT

public:
    enum Column { Name, Gpus, Region, State, Ends, Load, Ssh, ColumnCount };

    MyMachinesView(ApiClient *api, Session *session, QWidget *parent = nullptr);

    void activate() override;
    void refresh() override;
    void resetForNewSession() override;

    PagedTableModel<CustomerMachine> *model() const { return m_model; }

private:
    void showDetail();

    CustomerApi m_api;
    bool m_activated = false;
    ErrorBanner *m_banner = nullptr;
    PagedTableModel<CustomerMachine> *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QLineEdit *m_ssh = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace remotegpu::ui
