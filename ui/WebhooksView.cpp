#include "WebhooksView.h"

#include "ErrorBanner.h"
#include "Session.h"
#include "WebhookAttemptTableModel.h"
#include "WebhookDialog.h"
#include "WebhookSecretDialog.h"
#include "WebhookTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// How often the selected webhook's delivery log is read again while the section is shown.
constexpr int DeliveryPollMilliseconds = 5000;

QTableView *newTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

WebhooksView::WebhooksView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Webhooks"),
                  tr("URLs that receive fleet events — alerts, allocations, machines going "
                     "offline — as signed HTTP POSTs, retried until they are accepted."),
                  parent)
    , m_session(session)
    , m_api(api, WebhooksApi::Area::Admin)
{
    m_banner = new ErrorBanner(this);
    contentLayout()->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::retryRequested, this, &WebhooksView::load);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_new = button(tr("&New webhook…"), u"webhookNew"_s);
    m_edit = button(tr("&Edit…"), u"webhookEdit"_s);
    m_toggle = button(tr("Disable"), u"webhookToggle"_s);
    m_test = button(tr("Send &test"), u"webhookTest"_s);
    m_rotate = button(tr("&Rotate secret…"), u"webhookRotate"_s);
    m_delete = button(tr("&Delete…"), u"webhookDelete"_s);
    buttons->addStretch(1);
    m_readOnly = new QLabel(tr("Only your tenant's owner can change webhooks."), this);
    m_readOnly->setObjectName(u"webhookReadOnly"_s);
    m_readOnly->hide();
    buttons->addWidget(m_readOnly);
    contentLayout()->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &WebhooksView::createNew);
    connect(m_edit, &QPushButton::clicked, this, &WebhooksView::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &WebhooksView::toggleSelected);
    connect(m_test, &QPushButton::clicked, this, &WebhooksView::sendTestToSelected);
    connect(m_rotate, &QPushButton::clicked, this, &WebhooksView::rotateSelected);
    connect(m_delete, &QPushButton::clicked, this, &WebhooksView::deleteSelected);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new WebhookTableModel(this);
    m_table = newTable(splitter, u"webhooksTable"_s);
    m_table->setModel(m_model);
    m_table->setColumnWidth(WebhookTableModel::Name, 180);
    m_table->setColumnWidth(WebhookTableModel::Url, 320);
    m_table->setColumnWidth(WebhookTableModel::Events, 300);
    m_table->setColumnWidth(WebhookTableModel::Enabled, 80);
    m_table->setColumnWidth(WebhookTableModel::Failures, 140);
    connect(m_table, &QTableView::doubleClicked, this, &WebhooksView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        m_attempts->setAttempts({});
        loadDeliveries();
    });

    auto *logPane = new QWidget(splitter);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *logHeader = new QHBoxLayout;
    m_attemptTitle = new QLabel(tr("Deliveries: select a webhook"), logPane);
    m_attemptTitle->setObjectName(u"webhookDeliveriesTitle"_s);
    logHeader->addWidget(m_attemptTitle, 1);
    auto *reload = new QPushButton(tr("Refresh log"), logPane);
    reload->setObjectName(u"webhookDeliveriesRefresh"_s);
    logHeader->addWidget(reload);
    logLayout->addLayout(logHeader);
    connect(reload, &QPushButton::clicked, this, &WebhooksView::loadDeliveries);
    m_attempts = new WebhookAttemptTableModel(this);
    m_attemptTable = newTable(logPane, u"webhookDeliveriesTable"_s);
    m_attemptTable->setModel(m_attempts);
    m_attemptTable->setColumnWidth(WebhookAttemptTableModel::Time, 160);
    m_attemptTable->setColumnWidth(WebhookAttemptTableModel::Event, 170);
    logLayout->addWidget(m_attemptTable, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(logPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(splitter, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(DeliveryPollMilliseconds);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            loadDeliveries();
    });
    updateButtons();
}

bool WebhooksView::mayManage() const
{
    return m_session->role() != u"customer_member"_s;
}

void WebhooksView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_api.setArea(m_session->role() == u"admin"_s ? WebhooksApi::Area::Admin
                                                  : WebhooksApi::Area::Customer);
    m_poll->start();
    load();
}

void WebhooksView::refresh()
{
    m_activated = false;
    activate();
}

void WebhooksView::resetForNewSession()
{
    m_activated = false;
    m_poll->stop();
    m_model->setWebhooks({});
    m_attempts->setAttempts({});
    m_banner->clear();
    updateButtons();
}

void WebhooksView::load()
{
    const qint64 keep = m_pendingSelection ? m_pendingSelection : selectedId();
    m_api.list(this, [this, keep](Result<QList<Webhook>> answer) {
        if (!answer.ok()) {
            m_banner->showError(tr("Loading the webhooks failed"), answer.error());
            return;
        }
        m_banner->clear();
        m_model->setWebhooks(std::move(answer).value());
        m_pendingSelection = 0;
        if (keep > 0)
            selectWebhook(keep);
        updateButtons();
        Q_EMIT webhooksLoaded();
    });
}

qint64 WebhooksView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(WebhookTableModel::IdRole).toLongLong();
}

Webhook WebhooksView::selected() const
{
    const int row = m_model->rowOf(selectedId());
    return row >= 0 ? m_model->webhooks().at(row) : Webhook{};
}

void WebhooksView::selectWebhook(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void WebhooksView::updateButtons()
{
    const bool manage = mayManage();
    const Webhook w = selected();
    const bool any = w.id > 0;
    m_new->setEnabled(manage);
    m_edit->setEnabled(manage && any);
    m_toggle->setEnabled(manage && any);
    m_toggle->setText(any && !w.enabled ? tr("Enable") : tr("Disable"));
    m_test->setEnabled(manage && any && w.enabled);
    m_rotate->setEnabled(manage && any);
    m_delete->setEnabled(manage && any);
    m_readOnly->setVisible(!manage);
    m_attemptTitle->setText(any ? tr("Deliveries to %1").arg(w.name)
                                : tr("Deliveries: select a webhook"));
}

void WebhooksView::createNew()
{
    if (!mayManage())
        return;
    Webhook fresh;
    fresh.events = {u"alert.fired"_s, u"host.offline"_s};
    openDialog(fresh);
}

void WebhooksView::editSelected()
{
    const Webhook w = selected();
    if (w.id > 0 && mayManage())
        openDialog(w);
}

void WebhooksView::openDialog(const Webhook &webhook)
{
    auto *dialog = new WebhookDialog(webhook, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookDialog::submitted, this, [this, dialog](const Webhook &w) {
        const auto answered = [this, dialog, created = w.id == 0](Result<Webhook> answer) {
            if (!answer.ok()) {
                dialog->showError(answer.error());
                return;
            }
            dialog->accept();
            m_pendingSelection = answer->id;
            Q_EMIT statusMessage(created ? tr("Webhook %1 created").arg(answer->name)
                                         : tr("Webhook %1 saved").arg(answer->name));
            if (created)
                showSecret(*answer);
            load();
        };
        if (w.id > 0)
            m_api.update(w, dialog, answered);
        else
            m_api.create(w, dialog, answered);
    });
    dialog->open();
}

void WebhooksView::showSecret(const Webhook &webhook)
{
    auto *dialog = new WebhookSecretDialog(webhook.name, webhook.secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT secretShown(webhook.secret);
}

void WebhooksView::toggleSelected()
{
    Webhook w = selected();
    if (w.id == 0)
        return;
    w.enabled = !w.enabled;
    m_api.update(w, this, [this](Result<Webhook> answer) {
        if (!answer.ok()) {
            showErrorDialog(this, tr("Changing the webhook failed"), answer.error());
            return;
        }
        Q_EMIT statusMessage(answer->enabled ? tr("Webhook %1 enabled").arg(answer->name)
                                             : tr("Webhook %1 disabled").arg(answer->name));
        load();
    });
}

void WebhooksView::sendTestToSelected()
{
    const Webhook w = selected();
    if (w.id == 0)
        return;
    m_api.sendTest(w.id, this, [this, w](Result<void> answer) {
        if (!answer.ok()) {
            showErrorDialog(this, tr("Sending a test event failed"), answer.error());
            return;
        }
        Q_EMIT statusMessage(tr("Test event queued for %1").arg(w.name));
        // The worker sends within a second or two; look then rather than at the next poll.
        QTimer::singleShot(1500, this, &WebhooksView::loadDeliveries);
    });
}

void WebhooksView::rotateSelected()
{
    const Webhook w = selected();
    if (w.id == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Rotate secret"),
                                tr("Give “%1” a new signing secret? Deliveries are signed with "
                                   "the new one at once; the receiver must be given it.")
                                    .arg(w.name),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"webhookRotateConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Rotate"), QMessageBox::AcceptRole);
    connect(confirm, &QPushButton::clicked, this, [this, w] {
        m_api.rotateSecret(w.id, this, [this](Result<Webhook> answer) {
            if (!answer.ok()) {
                showErrorDialog(this, tr("Rotating the secret failed"), answer.error());
                return;
            }
            showSecret(*answer);
        });
    });
    box->open();
}

void WebhooksView::deleteSelected()
{
    const Webhook w = selected();
    if (w.id == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete webhook"),
                                tr("Delete “%1”? Its delivery log goes with it.").arg(w.name),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"webhookDeleteConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, w] {
        m_api.remove(w.id, this, [this, w](Result<void> answer) {
            if (!answer.ok()) {
                showErrorDialog(this, tr("Deleting the webhook failed"), answer.error());
                return;
            }
            Q_EMIT statusMessage(tr("Webhook %1 deleted").arg(w.name));
            load();
        });
    });
    box->open();
}

void WebhooksView::loadDeliveries()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    PageRequest request;
    request.pageSize = 100;
    m_api.deliveries(id, request, this, [this, id](Result<Page<WebhookAttempt>> answer) {
        if (selectedId() != id)
            return; // another webhook was selected meanwhile
        if (!answer.ok()) {
            m_banner->showError(tr("Loading the delivery log failed"), answer.error());
            return;
        }
        m_attempts->setAttempts(std::move(answer).value().list);
        Q_EMIT deliveriesLoaded();
    });
}

} // namespace remotegpu::ui
