#pragma once

#include "Error.h"
#include "Webhook.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace remotegpu::ui {

// Creating or editing a webhook: name, URL, the events it receives (one checkbox each) and
// whether it is on. The form is checked with Webhook::validate() before it is sent; what the
// server refuses (a private address, say) shows under the field it names, and the dialog stays
// open until the server accepts.
class WebhookDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WebhookDialog(const Webhook &webhook, QWidget *parent = nullptr);

    // The form's values over the webhook it was opened with.
    Webhook webhook() const;
    // Shows the server's refusal: each field error under its field, anything else above.
    void showError(const Error &error);
    // Enables the buttons again after a refusal.
    void setBusy(bool busy);

Q_SIGNALS:
    // OK with a form that passes the local checks.
    void submitted(const remotegpu::Webhook &webhook);

private:
    void submit();
    void showFieldErrors(const QList<FieldError> &errors);

    Webhook m_webhook;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QHash<QString, QCheckBox *> m_events;
    QCheckBox *m_enabled = nullptr;
    QHash<QString, QLabel *> m_fieldErrors;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace remotegpu::ui
