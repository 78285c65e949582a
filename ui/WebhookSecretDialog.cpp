#include "WebhookSecretDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

WebhookSecretDialog::WebhookSecretDialog(const QString &webhookName, const QString &secret,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"webhookSecretDialog"_s);
    setWindowTitle(tr("Signing secret of %1").arg(webhookName));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(
        tr("Every delivery is signed with this secret (header webhook-signature). Copy it into "
           "the receiving system now: it is not shown again. If it is lost, rotate the secret."),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *row = new QHBoxLayout;
    m_secret = new QLineEdit(secret, this);
    m_secret->setObjectName(u"webhookSecret"_s);
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    row->addWidget(m_secret, 1);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(u"webhookSecretCopy"_s);
    row->addWidget(copy);
    layout->addLayout(row);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QApplication::clipboard()->setText(m_secret->text());
        copy->setText(tr("Copied"));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
}

QString WebhookSecretDialog::secret() const
{
    return m_secret->text();
}

} // namespace remotegpu::ui
