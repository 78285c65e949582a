#pragma once

#include "Customer.h"
#include "Error.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace remotegpu {
class ApiClient;
class CustomersApi;
} // namespace remotegpu

namespace remotegpu::ui {

// Creates an account (an owner with its company, or a member of a tenant) or edits one. Fields
// are checked with Customer::validate before anything is sent, each error shown under its
// field; the server's field errors come back beside the same fields. Opened with open(); emits
// saved() after the server accepted it and closes itself. A password the server generated is
// shown once, in its own box.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    // New account.
    CustomerDialog(ApiClient *api, QWidget *parent = nullptr);
    // Edit `customer` (user name, role and tenant are fixed after creation).
    CustomerDialog(ApiClient *api, const Customer &customer, QWidget *parent = nullptr);
    ~CustomerDialog() override;

    bool isEditing() const { return m_editing; }
    // The inline error shown under `field` (username, email, …), empty when none.
    QString fieldError(const QString &field) const;
    // Checks the fields as the server would; shows the errors and returns them.
    QList<FieldError> validateFields();
    // Owners offered as the tenant of a new member (loaded from the server when created).
    void setOwners(const QList<Customer> &owners);

    void accept() override;

Q_SIGNALS:
    // The server's account after a create (with the generated password, if any) or an edit.
    void saved(const remotegpu::Customer &customer, const QString &initialPassword);

private:
    void build();
    QLabel *addField(QFormLayout *form, const QString &field, const QString &label,
                     QWidget *editor);
    void showFieldErrors(const QList<FieldError> &errors);
    void clearFieldErrors();
    Customer customerFromFields() const;
    QJsonObject changes() const;
    void setBusy(bool busy);
    void updateRoleFields();
    void loadOwners();

    std::unique_ptr<CustomersApi> m_api;
    bool m_editing = false;
    Customer m_original;

    QLineEdit *m_username;
    QLineEdit *m_email;
    QLineEdit *m_company;
    QLineEdit *m_displayName;
    QLineEdit *m_fullName;
    QLineEdit *m_phone;
    QComboBox *m_accountType;
    QComboBox *m_role;
    QComboBox *m_tenant;
    QRadioButton *m_generatePassword;
    QRadioButton *m_setPassword;
    QLineEdit *m_password;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_editors;
};

// Shows a generated password once, selectable, with a Copy button.
void showInitialPassword(QWidget *parent, const QString &username, const QString &password);

} // namespace remotegpu::ui
