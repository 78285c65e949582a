#pragma once

#include "Error.h"
#include "Machine.h"
#include "MachineDetail.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace remotegpu {
class MachinesApi;
} // namespace remotegpu

namespace remotegpu::ui {

// Registers a machine (no id given) or edits one: every editable field of Machine and its GPUs.
// Fields are checked as they change with Machine::validate, the server's own rules: the reason
// stands under the field and Save stays disabled while any is wrong. The server's field errors
// (a 409 for a taken address, a 400) appear under their fields after a save. Open it with
// open(); it deletes itself when closed.
class MachineEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `machine` with an empty id (and createdAt invalid) is a new one.
    MachineEditDialog(MachinesApi *api, const Machine &machine, bool isNew,
                      QWidget *parent = nullptr);

    bool isNew() const { return m_isNew; }
    // The machine as the fields describe it now.
    Machine machine() const;
    // The problems shown now, by field ("ipAddress", "gpus", …): empty when none.
    QString fieldError(const QString &field) const;
    bool canSave() const;
    QStandardItemModel *gpuModel() const { return m_gpus; }

    // Saves (the Save button). Public for keyboard-free tests.
    void save();

Q_SIGNALS:
    // The server accepted the machine.
    void saved(const remotegpu::MachineDetail &detail);

private:
    QLineEdit *addLine(const QString &field, const QString &objectName);
    QSpinBox *addSpin(const QString &field, const QString &objectName, int min, int max);
    QLabel *errorLabel(const QString &field);
    void revalidate();
    void showErrors(const QList<FieldError> &errors);
    void addGpuRow();
    void removeGpuRows();
    void setBusy(bool busy);

    MachinesApi *m_api;
    Machine m_original;
    bool m_isNew;
    bool m_busy = false;

    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_hostname = nullptr;
    QLineEdit *m_ipAddress = nullptr;
    QLineEdit *m_publicIp = nullptr;
    QLineEdit *m_sshHost = nullptr;
    QSpinBox *m_sshPort = nullptr;
    QSpinBox *m_winrmPort = nullptr;
    QSpinBox *m_agentPort = nullptr;
    QComboBox *m_osType = nullptr;
    QLineEdit *m_osVersion = nullptr;
    QComboBox *m_arch = nullptr;
    QComboBox *m_deploymentMode = nullptr;
    QLineEdit *m_k8sNodeName = nullptr;
    QLineEdit *m_region = nullptr;
    QSpinBox *m_totalCpu = nullptr;
    QSpinBox *m_totalMemoryGb = nullptr;
    QSpinBox *m_totalDiskGb = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_labels = nullptr;
    QStandardItemModel *m_gpus = nullptr;
    QTableView *m_gpuTable = nullptr;
    QLabel *m_gpuSummary = nullptr;
    QLabel *m_serverError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;

    // Field → the label under it; field → what the server said about it (kept until the field
    // changes).
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QString> m_serverErrors;
    QHash<QString, QString> m_shownErrors;
    // Fields the person changed: a new machine's empty fields keep Save disabled without
    // shouting in red before anything was typed.
    QSet<QString> m_touched;
};

} // namespace remotegpu::ui
