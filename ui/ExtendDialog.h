#pragma once

#include "AllocationPresentation.h"
#include "AllocationsApi.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace remotegpu {
class ApiClient;
}

namespace remotegpu::ui {

class FieldErrorLabels;

// Extends one allocation or several (bulk extend, all or nothing) by a number of days or to a
// new end. Shows each lease's old → new end before sending and checks the server's bounds
// (1–200 allocations, 1–3650 days, a new end after each current end). Open with open() or
// show(); done() after success.
class ExtendDialog : public QDialog
{
    Q_OBJECT

public:
    ExtendDialog(ApiClient *api, const QStringList &allocationIds, QWidget *parent = nullptr);
    ~ExtendDialog() override;

    void setClock(Clock clock);
    // The allocations as loaded (empty until they arrive).
    const QList<Allocation> &allocations() const { return m_allocations; }
    bool isLoaded() const { return m_loaded; }
    bool isSending() const { return m_sending; }
    void setDays(int days);
    void setNewEnd(const QDateTime &utc);
    bool validateForm();

Q_SIGNALS:
    void done(const QList<remotegpu::Allocation> &extended);
    void loadedChanged();

private:
    void load();
    void updatePreview();
    void submit();
    void setSending(bool sending);
    QDateTime newEndOf(const Allocation &a) const;

    AllocationsApi m_api;
    Clock m_now = systemClock();
    QStringList m_ids;
    QList<Allocation> m_allocations;
    QRadioButton *m_byDays;
    QRadioButton *m_toEnd;
    QSpinBox *m_days;
    QDateTimeEdit *m_end;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<FieldErrorLabels> m_errors;
    bool m_loaded = false;
    bool m_sending = false;
};

} // namespace remotegpu::ui
