#include "WebhookDialog.h"

#include "Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QString eventDescription(const QString &event)
{
    if (event == u"alert.fired"_s)
        return WebhookDialog::tr("An alert fires");
    if (event == u"alert.resolved"_s)
        return WebhookDialog::tr("An alert is resolved");
    if (event == u"allocation.created"_s)
        return WebhookDialog::tr("A machine is allocated");
    if (event == u"allocation.expiring"_s)
        return WebhookDialog::tr("An allocation is about to end");
    if (event == u"allocation.expired"_s)
        return WebhookDialog::tr("An allocation has ended");
    if (event == u"allocation.reclaimed"_s)
        return WebhookDialog::tr("A machine is reclaimed");
    if (event == u"host.offline"_s)
        return WebhookDialog::tr("A machine goes offline");
    return event;
}

} // namespace

WebhookDialog::WebhookDialog(const Webhook &webhook, QWidget *parent)
    : QDialog(parent)
    , m_webhook(webhook)
{
    setObjectName(u"webhookDialog"_s);
    setWindowTitle(webhook.id > 0 ? tr("Edit webhook") : tr("New webhook"));
    const QString errorStyle = isDarkPalette() ? u"color: #ff8a80;"_s : u"color: #b3261e;"_s;
    const auto errorLabel = [this, &errorStyle](const QString &field) {
        auto *label = new QLabel(this);
        label->setObjectName(u"webhookError_"_s + field);
        label->setWordWrap(true);
        label->setStyleSheet(errorStyle);
        label->hide();
        m_fieldErrors.insert(field, label);
        return label;
    };

    auto *layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(u"webhookDialogError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyle);
    m_error->hide();
    layout->addWidget(m_error);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(webhook.name, this);
    m_name->setObjectName(u"webhookName"_s);
    m_name->setMaxLength(int(Webhook::MaxNameLength));
    m_name->setPlaceholderText(tr("Ops chat, ticket system…"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), errorLabel(u"name"_s));
    m_url = new QLineEdit(webhook.url, this);
    m_url->setObjectName(u"webhookUrl"_s);
    m_url->setMaxLength(int(Webhook::MaxUrlLength));
    m_url->setPlaceholderText(tr("https://example.com/hooks/remotegpu"));
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), errorLabel(u"url"_s));

    auto *eventsBox = new QWidget(this);
    auto *grid = new QGridLayout(eventsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList types = Webhook::eventTypes();
    for (int i = 0; i < types.size(); ++i) {
        auto *box = new QCheckBox(eventDescription(types[i]), eventsBox);
        box->setObjectName(u"webhookEvent_"_s + types[i]);
        box->setToolTip(types[i]);
        box->setChecked(webhook.events.contains(types[i]));
        grid->addWidget(box, i / 2, i % 2);
        m_events.insert(types[i], box);
    }
    form->addRow(tr("Events:"), eventsBox);
    form->addRow(QString(), errorLabel(u"events"_s));
    m_enabled = new QCheckBox(tr("Send deliveries to this URL"), this);
    m_enabled->setObjectName(u"webhookEnabled"_s);
    m_enabled->setChecked(webhook.enabled);
    form->addRow(tr("Enabled:"), m_enabled);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(webhook.id > 0 ? tr("Save") : tr("Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WebhookDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

Webhook WebhookDialog::webhook() const
{
    Webhook w = m_webhook;
    w.name = m_name->text().trimmed();
    w.url = m_url->text().trimmed();
    w.events.clear();
    for (const QString &type : Webhook::eventTypes())
        if (m_events.value(type)->isChecked())
            w.events.append(type);
    w.enabled = m_enabled->isChecked();
    return w;
}

void WebhookDialog::submit()
{
    const Webhook w = webhook();
    const QList<FieldError> errors = w.validate();
    showFieldErrors(errors);
    m_error->hide();
    if (!errors.isEmpty())
        return;
    setBusy(true);
    Q_EMIT submitted(w);
}

void WebhookDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void WebhookDialog::showError(const Error &error)
{
    setBusy(false);
    showFieldErrors(error.fieldErrors);
    bool shownByField = false;
    for (const FieldError &e : error.fieldErrors)
        shownByField = shownByField || m_fieldErrors.contains(e.field);
    m_error->setText(error.message);
    m_error->setVisible(!shownByField);
}

void WebhookDialog::showFieldErrors(const QList<FieldError> &errors)
{
    for (QLabel *label : std::as_const(m_fieldErrors))
        label->hide();
    for (const FieldError &e : errors) {
        if (QLabel *label = m_fieldErrors.value(e.field); label && label->isHidden()) {
            label->setText(tr("⚠ %1").arg(e.message));
            label->show();
        }
    }
}

} // namespace remotegpu::ui
