#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace remotegpu {
struct MachineProcessReport;
} // namespace remotegpu

namespace remotegpu::ui {

// A held machine's last GPU process report, shared by the admin's and the customer's machine
// detail: a line saying when the agent took it (or why there is none) above one row per
// process and GPU.
class MachineProcessList : public QWidget
{
    Q_OBJECT

public:
    explicit MachineProcessList(QWidget *parent = nullptr);

    void setReport(const MachineProcessReport &report);
    // No rows, and `note` saying why (a free machine, a failed request).
    void showUnavailable(const QString &note);
    void clear();

    QStandardItemModel *model() const { return m_model; }
    QString note() const;

private:
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_note;
};

} // namespace remotegpu::ui
