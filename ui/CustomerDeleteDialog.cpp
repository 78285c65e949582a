#include "CustomerDeleteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

CustomerDeleteDialog::CustomerDeleteDialog(const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_needsTypedName(customer.role == Role::CustomerOwner)
{
    setObjectName(u"deleteCustomerDialog"_s);
    setWindowTitle(tr("Delete %1?").arg(customer.username));
    setModal(true);

    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setObjectName(u"deleteExplanation"_s);
    if (m_needsTypedName) {
        text->setText(
            tr("<p><b>%1</b> owns a tenant. Deleting it ends every session of the account "
               "and it can never sign in again; its history stays for the audit trail.</p>"
               "<p>The server refuses while the tenant still has members or active or "
               "pending allocations: remove those first.</p>")
                .arg(customer.username.toHtmlEscaped()));
    } else {
        text->setText(tr("<p>Deleting <b>%1</b> ends every session of the account and it can never "
                         "sign in again; its history stays for the audit trail.</p>")
                          .arg(customer.username.toHtmlEscaped()));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"confirmDelete"_s);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    if (m_needsTypedName) {
        auto *prompt = new QLabel(
            tr("Type <b>%1</b> to confirm:").arg(customer.username.toHtmlEscaped()), this);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(u"confirmUsername"_s);
        prompt->setBuddy(m_confirm);
        layout->addWidget(prompt);
        layout->addWidget(m_confirm);
        m_delete->setEnabled(false);
        const QString username = customer.username;
        connect(m_confirm, &QLineEdit::textChanged, this, [this, username](const QString &typed) {
            m_delete->setEnabled(typed == username);
        });
    }
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
}

} // namespace remotegpu::ui
