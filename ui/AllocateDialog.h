#pragma once

#include "AllocationPresentation.h"
#include "AllocationsApi.h"

#include <QDialog>
#include <QStringList>
#include <QTimer>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QStandardItemModel;

namespace remotegpu {
class ApiClient;
}

namespace remotegpu::ui {

class FieldErrorLabels;

// New allocation: a tenant, a period (start + end, or start + a duration in days or months) and
// the machines free over the whole of it (from free-windows), several at once. Checks before
// sending; a machine the server refuses (409: held by another lease) stays checked with the
// server's words, which name that lease. Open with open() or show(); done() after success.
class AllocateDialog : public QDialog
{
    Q_OBJECT

public:
    AllocateDialog(ApiClient *api, const QStringList &preselectedMachines,
                   QWidget *parent = nullptr);
    ~AllocateDialog() override;

    void setClock(Clock clock);
    // The checked machines, in list order.
    QStringList checkedMachines() const;
    // Checks (or unchecks) a machine of the list; false when it is not listed or not free.
    bool setMachineChecked(const QString &hostId, bool checked);
    QStandardItemModel *machineModel() const { return m_machines; }
    // True while the free machines or the tenants are being fetched or a create is on its way.
    bool isBusy() const { return m_pending > 0 || m_sending; }
    // The allocations made so far by this dialog.
    QStringList createdIds() const { return m_created; }

    // Checks the form (as the Create button does); false with the problems shown by the fields.
    bool validateForm();

Q_SIGNALS:
    // Every checked machine was allocated.
    void done(const QStringList &allocationIds);
    void busyChanged(bool busy);

private:
    void loadTenants();
    void scheduleFreeMachines();
    void loadFreeMachines();
    void durationChanged();
    void endChanged();
    void submit();
    void sendNext();
    void setSending(bool sending);
    void updateSummary();
    QDateTime startUtc() const;
    QDateTime endUtc() const;

    AllocationsApi m_api;
    Clock m_now = systemClock();
    QStringList m_preselected;
    QComboBox *m_tenant;
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QComboBox *m_unit;
    QDateTimeEdit *m_end;
    QLineEdit *m_remark;
    QLineEdit *m_machineFilter;
    QListView *m_machineView;
    QStandardItemModel *m_machines;
    QLabel *m_machineState;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<FieldErrorLabels> m_errors;
    QTimer m_freeDebounce;
    QStringList m_queue;
    QStringList m_created;
    QStringList m_failures;
    int m_pending = 0;
    quint64 m_freeGeneration = 0;
    bool m_sending = false;
    bool m_syncing = false;
};

} // namespace remotegpu::ui
