#pragma once

#include "AllocationsApi.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace remotegpu {
class ApiClient;
}

namespace remotegpu::ui {

class FieldErrorLabels;

// Reclaims one allocation or several now (the machines are free at once), with a reason that
// goes into the audit log: required, at most 512 characters. One at a time; the first refusal
// stops the rest and is shown with its trace id. Open with open() or show(); done() after every
// one succeeded.
class ReclaimDialog : public QDialog
{
    Q_OBJECT

public:
    ReclaimDialog(ApiClient *api, const QStringList &allocationIds, QWidget *parent = nullptr);
    ~ReclaimDialog() override;

    void setReason(const QString &reason);
    bool validateForm();
    bool isSending() const { return m_sending; }
    QStringList reclaimedIds() const { return m_done; }

Q_SIGNALS:
    void done(const QStringList &allocationIds);

private:
    void submit();
    void sendNext();
    void setSending(bool sending);

    AllocationsApi m_api;
    QStringList m_ids;
    QStringList m_queue;
    QStringList m_done;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<FieldErrorLabels> m_errors;
    bool m_sending = false;
};

} // namespace remotegpu::ui
