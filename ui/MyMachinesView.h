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
class MyMachineDetailPanel;
template<typename T>
class PagedTableModel;

// The machines the signed-in person's tenant holds now: GPUs, region, state, when the
// allocation ends (expiring ones marked in words), the latest GPU load and the SSH command to
// connect (copyable), and below them the selected machine's GPUs, charts, processes and tasks.
// Server-paged and server-sorted; applyFilters() takes the list's filters (e.g. expiring).
class MyMachinesView : public SectionView
{
    Q_OBJECT

public:
    enum Column { Name, Gpus, Region, State, Ends, Load, Ssh, ColumnCount };

    MyMachinesView(ApiClient *api, Session *session, QWidget *parent = nullptr);

    void activate() override;
    void refresh() override;
    void resetForNewSession() override;
    // The list's server filters (region, status, gpuModel), plus two of the console's own:
    // {"expiring": true} sorts by end time, soonest first (the server has no such filter, and
    // expiring rows are marked in words), and {"id": "node-01"} selects that machine.
    void applyFilters(const QJsonObject &filters) override;

    PagedTableModel<CustomerMachine> *model() const { return m_model; }
    MyMachineDetailPanel *detailPanel() const { return m_panel; }

private:
    void showDetail();

    CustomerApi m_api;
    QString m_selectWhenLoaded;
    bool m_activated = false;
    ErrorBanner *m_banner = nullptr;
    PagedTableModel<CustomerMachine> *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QLineEdit *m_ssh = nullptr;
    QLabel *m_count = nullptr;
    MyMachineDetailPanel *m_panel = nullptr;
};

} // namespace remotegpu::ui
