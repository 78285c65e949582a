#pragma once

#include "SectionView.h"
#include "Webhook.h"
#include "WebhooksApi.h"

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace remotegpu {
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;
class WebhookAttemptTableModel;
class WebhookDialog;
class WebhookTableModel;

// Webhooks: the URLs that receive fleet events, signed. An administrator manages every webhook
// (theirs receive every tenant's events); a customer owner its tenant's; a member only reads.
// New/edit in WebhookDialog; the secret is shown once after create and rotate
// (WebhookSecretDialog); send test, enable/disable, delete; below, the selected webhook's
// delivery attempts, refreshed every few seconds while the section is shown.
class WebhooksView : public SectionView
{
    Q_OBJECT

public:
    WebhooksView(ApiClient *api, Session *session, QWidget *parent = nullptr);

    void activate() override;
    void refresh() override;
    void createNew() override;
    void resetForNewSession() override;

    WebhookTableModel *webhookModel() const { return m_model; }
    WebhookAttemptTableModel *attemptModel() const { return m_attempts; }
    qint64 selectedId() const;
    void selectWebhook(qint64 id);
    void editSelected();
    void toggleSelected();
    void sendTestToSelected();
    void rotateSelected();
    void deleteSelected();
    void loadDeliveries();

Q_SIGNALS:
    void webhooksLoaded();
    void deliveriesLoaded();
    // A secret was just shown (after create or rotate).
    void secretShown(const QString &secret);

private:
    void load();
    void openDialog(const Webhook &webhook);
    void showSecret(const Webhook &webhook);
    void updateButtons();
    bool mayManage() const;
    Webhook selected() const;

    Session *m_session;
    WebhooksApi m_api;
    bool m_activated = false;
    qint64 m_pendingSelection = 0;
    ErrorBanner *m_banner = nullptr;
    WebhookTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    WebhookAttemptTableModel *m_attempts = nullptr;
    QTableView *m_attemptTable = nullptr;
    QLabel *m_attemptTitle = nullptr;
    QLabel *m_readOnly = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_delete = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace remotegpu::ui
