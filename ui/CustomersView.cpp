#include "CustomersView.h"

#include "CustomerDeleteDialog.h"
#include "CustomerDetailPanel.h"
#include "CustomerDialog.h"
#include "CustomersApi.h"
#include "EnumTable.h"
#include "ErrorBanner.h"
#include "HeaderStateKeeper.h"
#include "PagedTableModel.h"
#include "SelectionKeeper.h"
#include "StatCard.h"
#include "Theme.h"
#include "TimeText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QString roleWord(Role role)
{
    switch (role) {
    case Role::Admin:
        return CustomersView::tr("admin");
    case Role::CustomerOwner:
        return CustomersView::tr("owner");
    case Role::CustomerMember:
        return CustomersView::tr("member");
    }
    return {};
}

QColor statusColor(CustomerStatus status)
{
    const bool dark = isDarkPalette();
    if (status == CustomerStatus::Active)
        return dark ? QColor(0x4c, 0xc3, 0x6a) : QColor(0x1e, 0x8e, 0x3e);
    return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QVariant text(int role, const QString &value)
{
    return role == Qt::DisplayRole ? QVariant(value) : QVariant();
}

QToolButton *toolButton(const QString &name, const QString &label, QStyle::StandardPixmap icon,
                        const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(label);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setToolTip(tip);
    return button;
}

} // namespace

CustomersView::CustomersView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Customers"),
                  tr("Tenant owners and their team members: create accounts, disable or enable "
                     "their access, and see what each tenant uses."),
                  parent)
    , m_client(api)
    , m_api(std::make_unique<CustomersApi>(*api))
    , m_banner(new ErrorBanner(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new CustomerDetailPanel(api, this))
{
    Q_UNUSED(session);
    m_model = new PagedTableModel<Customer>(
        {
            {tr("User name"), u"username"_s,
             [](const Customer &c, int role) { return text(role, c.username); }},
            {tr("Company / name"), QString(),
             [](const Customer &c, int role) {
                 if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                     return QVariant();
                 if (c.company.isEmpty())
                     return QVariant(c.displayName);
                 if (c.displayName.isEmpty() || c.displayName == c.company)
                     return QVariant(c.company);
                 return QVariant(tr("%1 (%2)").arg(c.company, c.displayName));
             }},
            {tr("Role"), QString(),
             [](const Customer &c, int role) { return text(role, roleWord(c.role)); }},
            {tr("Status"), QString(),
             [](const Customer &c, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return c.status == CustomerStatus::Active ? tr("active") : tr("disabled");
                 if (role == Qt::DecorationRole)
                     return dotIcon(statusColor(c.status));
                 if (role == Qt::ToolTipRole && c.status == CustomerStatus::Disabled)
                     return tr("Cannot sign in until enabled again");
                 return {};
             }},
            {tr("E-mail"), QString(),
             [](const Customer &c, int role) { return text(role, c.email); }},
            // The day an account was made is what a list needs; the minute is in the tooltip.
            {tr("Created"), u"createdAt"_s,
             [](const Customer &c, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return timetext::date(c.createdAt);
                 if (role == Qt::ToolTipRole)
                     return timetext::textWithZone(c.createdAt);
                 return {};
             }},
            {tr("Last sign-in"), u"lastLoginAt"_s,
             [](const Customer &c, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return c.lastLoginAt.isValid() ? timetext::text(c.lastLoginAt) : tr("never");
                 if (role == Qt::ToolTipRole && c.lastLoginAt.isValid())
                     return timetext::textWithZone(c.lastLoginAt);
                 return {};
             }},
        },
        [this](const PageRequest &request, QObject *context, Reply<Page<Customer>> reply) {
            m_api->list(request, context, std::move(reply));
        },
        [](const Customer &c) { return QString::number(c.id); }, this);

    m_banner->setObjectName(u"customersErrorBanner"_s);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] { m_model->refresh(); });
    connect(m_model, &PagedTableModelBase::loadFailed, this, [this](const Error &error) {
        m_banner->showError(tr("Loading customers failed"), error);
    });
    connect(m_model, &PagedTableModelBase::loaded, this, [this] {
        m_banner->clear();
        const qint64 total = m_model->totalRows();
        m_count->setText(total == 1 ? tr("1 customer")
                                    : tr("%1 customers").arg(QLocale().toString(total)));
        updateActions();
    });

    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Search user name, e-mail, company… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &q) { m_model->setFilter(u"q"_s, q.trimmed()); });

    m_status->setObjectName(u"customerStatusFilter"_s);
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(dotIcon(statusColor(CustomerStatus::Active)), tr("Active"), u"active"_s);
    m_status->addItem(dotIcon(statusColor(CustomerStatus::Disabled)), tr("Disabled"),
                      u"disabled"_s);
    connect(m_status, &QComboBox::activated, this,
            [this] { m_model->setFilter(u"status"_s, m_status->currentData().toString()); });
    m_role->setObjectName(u"customerRoleFilter"_s);
    m_role->addItem(tr("Any role"), QString());
    m_role->addItem(tr("Owners"), u"customer_owner"_s);
    m_role->addItem(tr("Members"), u"customer_member"_s);
    m_role->addItem(tr("Admins"), u"admin"_s);
    connect(m_role, &QComboBox::activated, this,
            [this] { m_model->setFilter(u"role"_s, m_role->currentData().toString()); });

    m_new = toolButton(u"newCustomer"_s, tr("New…"), QStyle::SP_FileDialogNewFolder,
                       tr("Create an owner account or a team member (Ctrl+N)"), this);
    m_edit = toolButton(u"editCustomer"_s, tr("Edit…"), QStyle::SP_FileDialogDetailedView,
                        tr("Edit the selected account (Enter)"), this);
    m_toggle = toolButton(u"toggleCustomer"_s, tr("Disable…"), QStyle::SP_DialogNoButton,
                          tr("Disable or enable the selected account's access"), this);
    m_delete = toolButton(u"deleteCustomer"_s, tr("Delete…"), QStyle::SP_TrashIcon,
                          tr("Delete the selected account (Del)"), this);
    connect(m_new, &QToolButton::clicked, this, &CustomersView::createNew);
    connect(m_edit, &QToolButton::clicked, this, &CustomersView::editSelected);
    connect(m_toggle, &QToolButton::clicked, this, &CustomersView::toggleSelected);
    connect(m_delete, &QToolButton::clicked, this, &CustomersView::deleteSelected);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_status);
    toolbar->addWidget(m_role);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_toggle);
    toolbar->addWidget(m_delete);
    toolbar->addStretch(1);
    m_count->setObjectName(u"customerCount"_s);
    toolbar->addWidget(m_count);

    m_table->setObjectName(u"customersTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The company takes what the other columns leave, so the last sign-in is never the column cut
    // off at the right edge (it was, beside the detail panel, at 1440 px).
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSortIndicator(5, Qt::DescendingOrder);
    header->setMinimumSectionSize(60);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int pad = 24;
    header->resizeSection(0, 110);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->resizeSection(2, metrics.horizontalAdvance(tr("member")) + pad);
    header->resizeSection(3, metrics.horizontalAdvance(tr("disabled")) + pad + 16);
    header->resizeSection(4, 170);
    header->resizeSection(5, metrics.horizontalAdvance(u"2026-12-03"_s) + pad);
    header->resizeSection(6, metrics.horizontalAdvance(u"2026-12-03 21:49"_s) + pad);
    HeaderStateKeeper::attach(m_table->horizontalHeader(), u"customers"_s);
    SelectionKeeper::attach(m_table, m_model);
    connect(m_table, &QTableView::activated, this, &CustomersView::editSelected);
    // The panel and the actions follow the selected row, whatever the current index says: a click
    // can select the row that was already current (the first row gets the current index when the
    // table takes focus), and a reload restores the selection before the current index.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersView::followSelection);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CustomersView::deleteSelected);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"customersSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({840, 420});

    contentLayout()->addWidget(m_banner);
    contentLayout()->addLayout(toolbar);
    contentLayout()->addWidget(splitter, 1);
    updateActions();
}

CustomersView::~CustomersView() = default;

void CustomersView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    // Sorting is switched on here, not in the constructor: switching it on sorts, and sorting
    // loads (newest first unless the header remembers another order).
    m_table->setSortingEnabled(true);
    if (!m_model->isLoading())
        m_model->reload();
}

void CustomersView::refresh()
{
    if (!m_activated) {
        activate();
        return;
    }
    m_model->refresh();
    m_detail->reload();
}

void CustomersView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomersView::applyFilters(const QJsonObject &filters)
{
    if (!m_activated) {
        m_activated = true;
        m_table->setSortingEnabled(true);
    }
    m_model->setFilters(filters);
    syncFilterWidgets();
}

void CustomersView::syncFilterWidgets()
{
    const QJsonObject f = m_model->filters();
    const QSignalBlocker b1(m_search);
    m_search->setText(f.value(u"q"_s).toString());
    m_status->setCurrentIndex(std::max(0, m_status->findData(f.value(u"status"_s).toString())));
    m_role->setCurrentIndex(std::max(0, m_role->findData(f.value(u"role"_s).toString())));
}

void CustomersView::resetForNewSession()
{
    m_activated = false;
    m_model->clear(); // loads again on activate()
    syncFilterWidgets();
    m_detail->showCustomer(std::nullopt);
    m_banner->clear();
}

void CustomersView::followSelection()
{
    updateActions();
    const Customer *c = selectedCustomer();
    if ((c ? c->id : 0) == m_detail->customerId())
        return; // the same customer: a refresh of the view reloads the panel itself
    m_detail->showCustomer(c ? std::optional<Customer>(*c) : std::nullopt);
}

const Customer *CustomersView::selectedCustomer() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

bool CustomersView::selectCustomer(qint64 id)
{
    const int row = m_model->rowOfKey(QString::number(id));
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void CustomersView::updateActions()
{
    const Customer *c = selectedCustomer();
    const bool isAdmin = c && c->role == Role::Admin;
    m_edit->setEnabled(c != nullptr);
    m_toggle->setEnabled(c && !isAdmin);
    m_delete->setEnabled(c && !isAdmin);
    const bool disabled = c && c->status == CustomerStatus::Disabled;
    m_toggle->setText(disabled ? tr("Enable…") : tr("Disable…"));
    m_toggle->setIcon(
        style()->standardIcon(disabled ? QStyle::SP_DialogYesButton : QStyle::SP_DialogNoButton));
}

void CustomersView::createNew()
{
    auto *dialog = new CustomerDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::saved, this,
            [this](const Customer &c, const QString &initialPassword) {
                Q_EMIT statusMessage(tr("Created %1").arg(c.username));
                if (!initialPassword.isEmpty())
                    showInitialPassword(this, c.username, initialPassword);
                const qint64 id = c.id;
                // The newest first: it is on the first page; select it once it is there.
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection =
                    connect(m_model, &PagedTableModelBase::loaded, this, [this, id, connection] {
                        QObject::disconnect(*connection);
                        selectCustomer(id);
                    });
                m_model->refresh();
                Q_EMIT customerChanged(id);
            });
    dialog->open();
}

void CustomersView::editSelected()
{
    const Customer *c = selectedCustomer();
    if (!c)
        return;
    auto *dialog = new CustomerDialog(m_client, *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::saved, this, [this](const Customer &saved, const QString &) {
        Q_EMIT statusMessage(tr("Saved %1").arg(saved.username));
        m_model->refresh();
        m_detail->showCustomer(saved);
        Q_EMIT customerChanged(saved.id);
    });
    dialog->open();
}

void CustomersView::toggleSelected()
{
    const Customer *selected = selectedCustomer();
    if (!selected || selected->role == Role::Admin)
        return;
    const Customer c = *selected;
    const bool enable = c.status == CustomerStatus::Disabled;
    const QString what =
        enable ? tr("%1 will be able to sign in again. Machines and data are unchanged.")
                     .arg(c.username)
               : (c.role == Role::CustomerOwner
                      ? tr("%1 is signed out at once and cannot sign in until enabled again: every "
                           "session of the account ends within minutes. Its tenant's machines, "
                           "allocations and members stay as they are.")
                      : tr("%1 is signed out at once and cannot sign in until enabled again: every "
                           "session of the account ends within minutes. Nothing else changes."))
                     .arg(c.username);
    auto *box = new QMessageBox(QMessageBox::Question,
                                enable ? tr("Enable %1?").arg(c.username)
                                       : tr("Disable %1?").arg(c.username),
                                what, QMessageBox::Cancel, this);
    box->setObjectName(u"toggleCustomerConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm =
        box->addButton(enable ? tr("Enable") : tr("Disable"), QMessageBox::AcceptRole);
    confirm->setObjectName(u"confirmButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, c, enable, confirm](QAbstractButton *b) {
        if (b == confirm)
            setEnabledOf(c, enable);
    });
    box->open();
}

void CustomersView::setEnabledOf(const Customer &customer, bool enabled)
{
    m_api->setEnabled(
        customer.id, enabled, this, [this, customer, enabled](Result<Customer> answer) {
            if (!answer) {
                showErrorDialog(this,
                                enabled ? tr("Enabling %1 failed").arg(customer.username)
                                        : tr("Disabling %1 failed").arg(customer.username),
                                answer.error());
                return;
            }
            Q_EMIT statusMessage(enabled ? tr("Enabled %1").arg(customer.username)
                                         : tr("Disabled %1").arg(customer.username));
            m_model->refresh();
            if (m_detail->customerId() == customer.id)
                m_detail->showCustomer(*answer);
            Q_EMIT customerChanged(customer.id);
        });
}

void CustomersView::deleteSelected()
{
    const Customer *selected = selectedCustomer();
    if (!selected || selected->role == Role::Admin)
        return;
    auto *dialog = new CustomerDeleteDialog(*selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Customer c = *selected;
    connect(dialog, &QDialog::accepted, this, [this, c] { remove(c); });
    dialog->open();
}

void CustomersView::remove(const Customer &customer)
{
    m_api->remove(customer.id, this, [this, customer](Result<CustomersApi::Deleted> answer) {
        if (!answer) {
            showErrorDialog(this, tr("Deleting %1 failed").arg(customer.username), answer.error());
            return;
        }
        Q_EMIT statusMessage(tr("Deleted %1").arg(customer.username));
        if (m_detail->customerId() == customer.id)
            m_detail->showCustomer(std::nullopt);
        m_model->refresh();
        Q_EMIT customerChanged(customer.id);
    });
}

} // namespace remotegpu::ui
