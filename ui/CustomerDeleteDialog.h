#pragma once

#include "Customer.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace remotegpu::ui {

// Asks before deleting an account, saying what it does. For an owner (a whole tenant) the user
// name must be typed before Delete is enabled. Opened with open(); accepted() means "delete".
class CustomerDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CustomerDeleteDialog(const Customer &customer, QWidget *parent = nullptr);

    bool needsTypedName() const { return m_needsTypedName; }
    QLineEdit *confirmationEdit() const { return m_confirm; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    bool m_needsTypedName;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_delete;
};

} // namespace remotegpu::ui
