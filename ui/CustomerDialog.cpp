#include "CustomerDialog.h"

#include "CustomersApi.h"
#include "EnumTable.h"
#include "ErrorBanner.h"
#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// The fields the dialog edits, by their JSON names.
const QStringList &editedFields()
{
    static const QStringList fields{u"email"_s,    u"company"_s, u"displayName"_s,
                                    u"fullName"_s, u"phone"_s,   u"accountType"_s};
    return fields;
}

QColor errorColor()
{
    return isDarkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

} // namespace

CustomerDialog::CustomerDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_api(std::make_unique<CustomersApi>(*api))
{
    build();
    setWindowTitle(tr("New customer"));
    loadOwners();
}

CustomerDialog::CustomerDialog(ApiClient *api, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_api(std::make_unique<CustomersApi>(*api))
    , m_editing(true)
    , m_original(customer)
{
    build();
    setWindowTitle(tr("Edit %1").arg(customer.username));
    m_username->setText(customer.username);
    m_username->setReadOnly(true);
    m_email->setText(customer.email);
    m_company->setText(customer.company);
    m_displayName->setText(customer.displayName);
    m_fullName->setText(customer.fullName);
    m_phone->setText(customer.phone);
    m_accountType->setCurrentIndex(m_accountType->findData(customer.accountType));
    m_role->setCurrentIndex(m_role->findData(toString(customer.role)));
    m_role->setEnabled(false);
    if (customer.tenantId)
        m_tenant->addItem(QString::number(*customer.tenantId), *customer.tenantId);
    m_tenant->setEnabled(false);
    updateRoleFields();
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::build()
{
    setObjectName(u"customerDialog"_s);
    setModal(true);
    setMinimumWidth(460);

    m_username = new QLineEdit(this);
    m_username->setObjectName(u"usernameEdit"_s);
    m_username->setPlaceholderText(tr("e.g. acme or acme.bob"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"emailEdit"_s);
    m_email->setPlaceholderText(tr("name@company.example"));
    m_company = new QLineEdit(this);
    m_company->setObjectName(u"companyEdit"_s);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(u"displayNameEdit"_s);
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(u"fullNameEdit"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_accountType = new QComboBox(this);
    m_accountType->setObjectName(u"accountTypeCombo"_s);
    m_accountType->addItem(tr("Enterprise"), u"enterprise"_s);
    m_accountType->addItem(tr("Individual"), u"individual"_s);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"roleCombo"_s);
    m_role->addItem(tr("Owner (a new tenant)"), u"customer_owner"_s);
    m_role->addItem(tr("Member of a tenant"), u"customer_member"_s);
    // Admins are not made here: the API refuses it.
    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(u"tenantCombo"_s);
    m_tenant->setPlaceholderText(tr("Choose the owner"));

    m_generatePassword = new QRadioButton(tr("&Generate one and show it once"), this);
    m_generatePassword->setObjectName(u"generatePassword"_s);
    m_setPassword = new QRadioButton(tr("&Set it:"), this);
    m_setPassword->setObjectName(u"setPassword"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setEnabled(false);
    m_generatePassword->setChecked(true);
    connect(m_setPassword, &QRadioButton::toggled, m_password, &QLineEdit::setEnabled);
    auto *passwordRow = new QWidget(this);
    auto *passwordLayout = new QVBoxLayout(passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_generatePassword);
    auto *setRow = new QHBoxLayout;
    setRow->addWidget(m_setPassword);
    setRow->addWidget(m_password, 1);
    passwordLayout->addLayout(setRow);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(form, u"username"_s, tr("&User name:"), m_username);
    addField(form, u"email"_s, tr("&E-mail:"), m_email);
    addField(form, u"role"_s, tr("&Kind:"), m_role);
    addField(form, u"tenantId"_s, tr("&Tenant:"), m_tenant);
    addField(form, u"company"_s, tr("&Company:"), m_company);
    addField(form, u"displayName"_s, tr("&Display name:"), m_displayName);
    addField(form, u"fullName"_s, tr("&Full name:"), m_fullName);
    addField(form, u"phone"_s, tr("P&hone:"), m_phone);
    addField(form, u"accountType"_s, tr("&Account type:"), m_accountType);
    if (!m_editing)
        addField(form, u"password"_s, tr("&Password:"), passwordRow);
    else
        passwordRow->hide();

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(u"generalError"_s);
    m_generalError->setWordWrap(true);
    m_generalError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generalError->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { updateRoleFields(); });
    // An error goes away as soon as its field is edited.
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString field = it.key();
        if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            connect(edit, &QLineEdit::textEdited, this, [this, field] {
                if (QLabel *label = m_errorLabels.value(field))
                    label->hide();
            });
        }
    }
    updateRoleFields();
}

QLabel *CustomerDialog::addField(QFormLayout *form, const QString &field, const QString &label,
                                 QWidget *editor)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(editor);
    auto *error = new QLabel(box);
    error->setObjectName(field + u"Error"_s);
    error->setWordWrap(true);
    QPalette p = error->palette();
    p.setColor(QPalette::WindowText, errorColor());
    error->setPalette(p);
    error->hide();
    layout->addWidget(error);
    form->addRow(label, box);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(box)))
        l->setBuddy(editor);
    m_errorLabels.insert(field, error);
    m_editors.insert(field, editor);
    return error;
}

void CustomerDialog::updateRoleFields()
{
    const bool member = m_role->currentData().toString() == u"customer_member"_s;
    m_tenant->setEnabled(member && !m_editing);
    if (auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout()))
        form->setRowVisible(m_tenant->parentWidget(), member);
    adjustSize();
}

void CustomerDialog::loadOwners()
{
    PageRequest request;
    request.pageSize = PageRequest::MaxPageSize;
    request.sortBy = u"username"_s;
    request.filters.insert(u"role"_s, u"customer_owner"_s);
    m_api->list(request, this, [this](Result<Page<Customer>> answer) {
        if (answer)
            setOwners(answer->list);
    });
}

void CustomerDialog::setOwners(const QList<Customer> &owners)
{
    const QVariant current = m_tenant->currentData();
    m_tenant->clear();
    for (const Customer &owner : owners) {
        const QString company = owner.company.isEmpty() ? owner.displayName : owner.company;
        m_tenant->addItem(company.isEmpty() ? owner.username
                                            : tr("%1 (%2)").arg(owner.username, company),
                          owner.id);
    }
    m_tenant->setCurrentIndex(current.isValid() ? m_tenant->findData(current) : -1);
}

QString CustomerDialog::fieldError(const QString &field) const
{
    QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

Customer CustomerDialog::customerFromFields() const
{
    Customer c = m_original;
    c.username = m_username->text().trimmed();
    c.email = m_email->text().trimmed();
    c.company = m_company->text().trimmed();
    c.displayName = m_displayName->text().trimmed();
    c.fullName = m_fullName->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.accountType = m_accountType->currentData().toString();
    if (!m_editing) {
        c.role = fromString<Role>(m_role->currentData().toString()).value_or(Role::CustomerOwner);
        c.tenantId.reset();
        if (c.role == Role::CustomerMember && m_tenant->currentIndex() >= 0)
            c.tenantId = m_tenant->currentData().toLongLong();
    }
    return c;
}

QList<FieldError> CustomerDialog::validateFields()
{
    clearFieldErrors();
    const Customer c = customerFromFields();
    QList<FieldError> errors;
    if (m_editing) {
        errors = c.validate(editedFields());
    } else {
        errors = c.validate();
        if (c.role == Role::CustomerMember && !c.tenantId)
            errors.append({u"tenantId"_s, tr("Choose the owner whose tenant the member joins")});
        if (m_setPassword->isChecked() && m_password->text().isEmpty())
            errors.append({u"password"_s, tr("Type the password, or let the server generate one")});
    }
    showFieldErrors(errors);
    return errors;
}

void CustomerDialog::clearFieldErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels))
        label->hide();
    m_generalError->hide();
}

void CustomerDialog::showFieldErrors(const QList<FieldError> &errors)
{
    QStringList other;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        QLabel *label = m_errorLabels.value(e.field);
        // A field that the dialog shows but with no error of its own yet gets the first one.
        if (label && label->isHidden()) {
            label->setText(e.message);
            label->show();
            if (!first)
                first = m_editors.value(e.field);
        } else if (!label) {
            other << e.message;
        }
    }
    if (!other.isEmpty()) {
        m_generalError->setText(other.join(u'\n'));
        QPalette p = m_generalError->palette();
        p.setColor(QPalette::WindowText, errorColor());
        m_generalError->setPalette(p);
        m_generalError->show();
    }
    if (first)
        first->setFocus();
    // Wrapped error lines need their height: let the dialog grow to show them whole.
    layout()->activate();
    adjustSize();
}

QJsonObject CustomerDialog::changes() const
{
    const Customer c = customerFromFields();
    QJsonObject body;
    const auto put = [&](const QString &key, const QString &now, const QString &before) {
        if (now != before)
            body.insert(key, now.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(now));
    };
    put(u"email"_s, c.email, m_original.email);
    put(u"company"_s, c.company, m_original.company);
    put(u"displayName"_s, c.displayName, m_original.displayName);
    put(u"fullName"_s, c.fullName, m_original.fullName);
    put(u"phone"_s, c.phone, m_original.phone);
    if (c.accountType != m_original.accountType)
        body.insert(u"accountType"_s, c.accountType);
    return body;
}

void CustomerDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void CustomerDialog::accept()
{
    if (!validateFields().isEmpty())
        return;
    const auto failed = [this](const QString &context, const Error &error) {
        setBusy(false);
        if (!error.fieldErrors.isEmpty()) {
            showFieldErrors(error.fieldErrors);
            // Field errors the dialog cannot place still say what is wrong.
            bool placed = false;
            for (const FieldError &e : error.fieldErrors)
                placed = placed || m_errorLabels.contains(e.field);
            if (placed)
                return;
        }
        showErrorDialog(this, context, error);
    };
    setBusy(true);
    if (m_editing) {
        const QJsonObject body = changes();
        if (body.isEmpty()) {
            QDialog::accept();
            return;
        }
        m_api->update(m_original.id, body, this, [this, failed](Result<Customer> answer) {
            if (!answer) {
                failed(tr("Saving %1 failed").arg(m_original.username), answer.error());
                return;
            }
            setBusy(false);
            Q_EMIT saved(*answer, QString());
            QDialog::accept();
        });
        return;
    }
    const Customer c = customerFromFields();
    QJsonObject body{{u"username"_s, c.username},
                     {u"email"_s, c.email},
                     {u"role"_s, toString(c.role)},
                     {u"accountType"_s, c.accountType}};
    for (const auto &[key, value] :
         {std::pair{u"company"_s, c.company}, std::pair{u"displayName"_s, c.displayName},
          std::pair{u"fullName"_s, c.fullName}, std::pair{u"phone"_s, c.phone}}) {
        if (!value.isEmpty())
            body.insert(key, value);
    }
    if (c.tenantId)
        body.insert(u"tenantId"_s, *c.tenantId);
    if (m_setPassword->isChecked())
        body.insert(u"password"_s, m_password->text());
    m_api->create(body, this, [this, failed, c](Result<CustomersApi::Created> answer) {
        if (!answer) {
            failed(tr("Creating %1 failed").arg(c.username), answer.error());
            return;
        }
        setBusy(false);
        m_password->clear();
        Q_EMIT saved(answer->customer, answer->initialPassword);
        QDialog::accept();
    });
}

void showInitialPassword(QWidget *parent, const QString &username, const QString &password)
{
    auto *box = new QMessageBox(
        QMessageBox::Information, CustomerDialog::tr("Password for %1").arg(username),
        CustomerDialog::tr("The server generated this password. It is shown "
                           "only now: pass it on to %1, who should change "
                           "it after signing in.")
            .arg(username),
        QMessageBox::Ok, parent);
    box->setObjectName(u"initialPasswordDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(password);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *copy =
        box->addButton(CustomerDialog::tr("Copy password"), QMessageBox::ActionRole);
    copy->disconnect();
    QObject::connect(copy, &QPushButton::clicked, box,
                     [password] { QApplication::clipboard()->setText(password); });
    box->open();
}

} // namespace remotegpu::ui
