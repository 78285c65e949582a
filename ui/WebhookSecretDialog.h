#pragma once

#include <QDialog>

class QLineEdit;

namespace remotegpu::ui {

// A webhook's signing secret, right after it was created or rotated: the only time the console
// can show it. Read-only, with a button that copies it to the clipboard.
class WebhookSecretDialog : public QDialog
{
    Q_OBJECT

public:
    WebhookSecretDialog(const QString &webhookName, const QString &secret,
                        QWidget *parent = nullptr);

    QString secret() const;

private:
    QLineEdit *m_secret = nullptr;
};

} // namespace remotegpu::ui
