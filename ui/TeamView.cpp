#include "TeamView.h"

#include "ErrorBanner.h"
#include "PagedTableModel.h"
#include "SelectionKeeper.h"
#include "Session.h"
#include "TimeText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant text(const QString &value, int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(value) : QVariant();
}

QString roleText(WorkspaceRole role)
{
    switch (role) {
    case WorkspaceRole::Owner:
        return TeamView::tr("owner");
    case WorkspaceRole::Admin:
        return TeamView::tr("admin");
    case WorkspaceRole::Member:
        break;
    }
    return TeamView::tr("member");
}

QTableView *listTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

TeamView::TeamView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Team"),
                  tr("Your company's teams and who is in them. The account owner adds and "
                     "removes members."),
                  parent)
    , m_api(api)
    , m_session(session)
{
    m_banner = new ErrorBanner(this);
    connect(m_banner, &ErrorBanner::retryRequested, this, &TeamView::refresh);
    contentLayout()->addWidget(m_banner);

    const CustomerApi customerApi(api);
    m_workspaces = new PagedTableModel<Workspace>(
        {
            {tr("Team"), u"name"_s,
             [](const Workspace &w, int role) -> QVariant {
                 if (role == Qt::ToolTipRole && !w.description.isEmpty())
                     return w.description;
                 return text(w.name, role);
             }},
            {tr("Kind"), QString(),
             [](const Workspace &w, int role) {
                 return text(w.type == u"personal"_s ? tr("personal") : tr("team"), role);
             }},
            {tr("Members"), QString(),
             [](const Workspace &w, int role) -> QVariant {
                 if (role == Qt::TextAlignmentRole)
                     return int(Qt::AlignRight | Qt::AlignVCenter);
                 return text(QLocale().toString(w.memberCount), role);
             }},
        },
        [this, customerApi](const PageRequest &request, QObject *context,
                            Reply<Page<Workspace>> reply) {
            if (!m_activated)
                return; // nothing is sent before the section is first shown
            customerApi.workspaces(request, context, std::move(reply));
        },
        [](const Workspace &w) { return QString::number(w.id); }, this);
    m_workspaces->setObjectName(u"workspaceModel"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_workspaceTable = listTable(m_workspaces, u"workspaceTable"_s, left);
    m_workspaceTable->setSortingEnabled(true);
    m_workspaceTable->horizontalHeader()->setSortIndicator(WorkspaceName, Qt::AscendingOrder);
    // The name takes what the narrow side leaves; kind and count need only their words.
    m_workspaceTable->horizontalHeader()->setStretchLastSection(false);
    m_workspaceTable->horizontalHeader()->setSectionResizeMode(WorkspaceName, QHeaderView::Stretch);
    m_workspaceTable->horizontalHeader()->setSectionResizeMode(WorkspaceType,
                                                               QHeaderView::ResizeToContents);
    m_workspaceTable->horizontalHeader()->setSectionResizeMode(WorkspaceMembers,
                                                               QHeaderView::ResizeToContents);
    SelectionKeeper::attach(m_workspaceTable, m_workspaces);
    leftLayout->addWidget(m_workspaceTable, 1);
    auto *createRow = new QHBoxLayout;
    m_newName = new QLineEdit(left);
    m_newName->setObjectName(u"newTeamName"_s);
    m_newName->setPlaceholderText(tr("New team's name"));
    m_newName->setMaxLength(100);
    m_create = new QPushButton(tr("Create team"), left);
    m_create->setObjectName(u"createTeam"_s);
    createRow->addWidget(m_newName, 1);
    createRow->addWidget(m_create);
    leftLayout->addLayout(createRow);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_membersTitle = new QLabel(right);
    m_membersTitle->setObjectName(u"membersTitle"_s);
    QFont bold = m_membersTitle->font();
    bold.setBold(true);
    m_membersTitle->setFont(bold);
    rightLayout->addWidget(m_membersTitle);
    m_members = new DashboardListModel<WorkspaceMember>(
        {
            {tr("Account"), [this](const WorkspaceMember &m,
                                   int role) { return text(accountName(m.customerId), role); }},
            {tr("Role"),
             [](const WorkspaceMember &m, int role) { return text(roleText(m.role), role); }},
            {tr("Joined"),
             [](const WorkspaceMember &m, int role) {
                 const QDateTime when = m.joinedAt.isValid() ? m.joinedAt : m.createdAt;
                 return text(timetext::text(when), role);
             }},
        },
        this);
    m_members->setObjectName(u"memberModel"_s);
    m_memberTable = listTable(m_members, u"memberTable"_s, right);
    m_memberTable->setColumnWidth(MemberAccount, 260);
    rightLayout->addWidget(m_memberTable, 1);
    auto *addRow = new QHBoxLayout;
    m_account = new QComboBox(right);
    m_account->setObjectName(u"memberAccount"_s);
    m_account->setAccessibleName(tr("Account to add"));
    m_role = new QComboBox(right);
    m_role->setObjectName(u"memberRole"_s);
    m_role->addItem(roleText(WorkspaceRole::Member), int(WorkspaceRole::Member));
    m_role->addItem(roleText(WorkspaceRole::Admin), int(WorkspaceRole::Admin));
    m_add = new QPushButton(tr("Add member"), right);
    m_add->setObjectName(u"addMember"_s);
    m_remove = new QPushButton(tr("Remove member…"), right);
    m_remove->setObjectName(u"removeMember"_s);
    addRow->addWidget(m_account, 1);
    addRow->addWidget(m_role);
    addRow->addWidget(m_add);
    addRow->addStretch();
    addRow->addWidget(m_remove);
    rightLayout->addLayout(addRow);
    m_ownerNote = new QLabel(right);
    m_ownerNote->setObjectName(u"teamOwnerNote"_s);
    m_ownerNote->setWordWrap(true);
    rightLayout->addWidget(m_ownerNote);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    contentLayout()->addWidget(splitter, 1);

    connect(m_workspaces, &PagedTableModelBase::loaded, this, [this] {
        m_banner->clear();
        if (!m_workspaceTable->currentIndex().isValid() && m_workspaces->rowCount() > 0)
            m_workspaceTable->selectRow(0);
        loadMembers();
    });
    connect(m_workspaces, &PagedTableModelBase::loadFailed, this, [this](const Error &error) {
        m_banner->showError(tr("Loading your teams failed"), error);
    });
    connect(m_workspaceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TeamView::loadMembers);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TeamView::updateActions);
    connect(m_newName, &QLineEdit::textChanged, this, &TeamView::updateActions);
    connect(m_newName, &QLineEdit::returnPressed, m_create, &QPushButton::click);
    connect(m_create, &QPushButton::clicked, this, [this] {
        const QString name = m_newName->text().trimmed();
        if (name.isEmpty() || !canManage())
            return;
        m_create->setEnabled(false);
        m_api.createWorkspace(name, {}, this, [this, name](Result<Workspace> answer) {
            updateActions();
            if (!answer.ok()) {
                showErrorDialog(this, tr("Creating team %1 failed").arg(name), answer.error());
                return;
            }
            m_newName->clear();
            Q_EMIT statusMessage(tr("Team %1 created").arg(name));
            Q_EMIT workspaceCreated();
            m_workspaces->refresh();
        });
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_account->currentIndex() >= 0)
            addMember(m_account->currentData().toLongLong(),
                      static_cast<WorkspaceRole>(m_role->currentData().toInt()));
    });
    connect(m_remove, &QPushButton::clicked, this, &TeamView::removeSelectedMember);
    connect(m_session, &Session::profileChanged, this, &TeamView::updateActions);
    updateActions();
}

bool TeamView::canManage() const
{
    const QString role = m_session->role();
    return role == u"customer_owner"_s || role == u"admin"_s;
}

void TeamView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    loadAccounts();
    m_workspaces->reload();
}

void TeamView::refresh()
{
    if (!m_activated) {
        activate();
        return;
    }
    loadAccounts();
    m_workspaces->refresh();
}

void TeamView::createNew()
{
    m_newName->setFocus();
}

void TeamView::resetForNewSession()
{
    m_activated = false;
    m_workspaceId = 0;
    ++m_memberGeneration;
    m_accounts.clear();
    m_workspaces->reload(); // drops the rows; nothing is sent until shown again
    m_members->setRows({});
    m_banner->clear();
    fillAccountChoice();
    updateActions();
}

void TeamView::loadAccounts()
{
    m_api.tenantAccounts(this, [this](Result<Page<Customer>> answer) {
        if (!answer.ok()) {
            m_banner->showError(tr("Loading your company's accounts failed"), answer.error());
            return;
        }
        m_accounts.clear();
        for (const Customer &c : answer->list)
            m_accounts.insert(c.id, c);
        // The names in the member list come from these accounts.
        m_members->setRows(m_members->rows());
        fillAccountChoice();
    });
}

QString TeamView::accountName(qint64 customerId) const
{
    const auto it = m_accounts.constFind(customerId);
    if (it == m_accounts.cend())
        return tr("account %1").arg(customerId);
    const QString name = it->displayName.isEmpty() ? it->fullName : it->displayName;
    return name.isEmpty() ? it->username : u"%1 (%2)"_s.arg(name, it->username);
}

void TeamView::fillAccountChoice()
{
    // The tenant's accounts not yet in the selected team.
    QSet<qint64> members;
    for (const WorkspaceMember &m : m_members->rows())
        members.insert(m.customerId);
    const qint64 chosen = m_account->currentData().toLongLong();
    QList<Customer> candidates;
    for (const Customer &c : std::as_const(m_accounts)) {
        if (!members.contains(c.id))
            candidates.append(c);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Customer &a, const Customer &b) { return a.username < b.username; });
    m_account->clear();
    for (const Customer &c : std::as_const(candidates))
        m_account->addItem(accountName(c.id), c.id);
    if (const int i = m_account->findData(chosen); i >= 0)
        m_account->setCurrentIndex(i);
    updateActions();
}

void TeamView::loadMembers()
{
    const Workspace *w = m_workspaces->rowAt(m_workspaceTable->currentIndex().row());
    const quint64 generation = ++m_memberGeneration;
    if (!w) {
        m_workspaceId = 0;
        m_members->setRows({});
        m_membersTitle->setText(m_workspaces->rowCount() == 0
                                    ? tr("No team yet. The owner can create one on the left.")
                                    : tr("Select a team to see its members."));
        fillAccountChoice();
        return;
    }
    if (w->id != m_workspaceId)
        m_members->setRows({});
    m_workspaceId = w->id;
    m_membersTitle->setText(tr("Members of %1").arg(w->name));
    m_api.workspace(
        w->id, this,
        [this, generation, name = w->name](Result<CustomerApi::WorkspaceDetail> answer) {
            if (generation != m_memberGeneration)
                return;
            if (!answer.ok()) {
                m_banner->showError(tr("Loading the members of %1 failed").arg(name),
                                    answer.error());
            } else {
                m_members->setRows(answer->members);
            }
            fillAccountChoice();
            Q_EMIT membersLoaded();
        });
}

void TeamView::updateActions()
{
    const bool manage = canManage();
    const bool workspace = m_workspaceId != 0;
    const WorkspaceMember *member = m_members->rowAt(m_memberTable->currentIndex().row());
    m_create->setEnabled(manage && !m_newName->text().trimmed().isEmpty());
    m_newName->setEnabled(manage);
    m_account->setEnabled(manage && workspace);
    m_role->setEnabled(manage && workspace);
    m_add->setEnabled(manage && workspace && m_account->count() > 0);
    m_remove->setEnabled(manage && member && member->role != WorkspaceRole::Owner);
    const QString why = manage ? QString() : tr("Only the account owner changes teams.");
    for (QWidget *w : {static_cast<QWidget *>(m_create), static_cast<QWidget *>(m_add),
                       static_cast<QWidget *>(m_remove)})
        w->setToolTip(why);
    if (manage && member && member->role == WorkspaceRole::Owner)
        m_remove->setToolTip(tr("A team's owner cannot be removed from it."));
    m_ownerNote->setText(manage ? QString() : why);
    m_ownerNote->setVisible(!manage);
}

void TeamView::addMember(qint64 customerId, WorkspaceRole role)
{
    if (!canManage() || m_workspaceId == 0)
        return;
    const QString who = accountName(customerId);
    m_add->setEnabled(false);
    m_api.addWorkspaceMember(
        m_workspaceId, customerId, role, this, [this, who](Result<WorkspaceMember> answer) {
            updateActions();
            if (!answer.ok()) {
                showErrorDialog(this, tr("Adding %1 failed").arg(who), answer.error());
                return;
            }
            Q_EMIT statusMessage(tr("%1 added to the team").arg(who));
            Q_EMIT memberAdded();
            m_workspaces->refresh();
            loadMembers();
        });
}

void TeamView::removeSelectedMember()
{
    const WorkspaceMember *member = m_members->rowAt(m_memberTable->currentIndex().row());
    if (!canManage() || !member || m_workspaceId == 0)
        return;
    const qint64 workspaceId = m_workspaceId;
    const qint64 customerId = member->customerId;
    const QString who = accountName(customerId);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove %1?").arg(who),
                                tr("%1 leaves this team at once. The account itself and its "
                                   "tasks stay as they are.")
                                    .arg(who),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"removeMemberConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Remove"), QMessageBox::AcceptRole);
    confirm->setObjectName(u"confirmButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, workspaceId, customerId, who, confirm](QAbstractButton *b) {
                if (b != confirm)
                    return;
                m_api.removeWorkspaceMember(
                    workspaceId, customerId, this, [this, who](Result<void> answer) {
                        if (!answer.ok()) {
                            showErrorDialog(this, tr("Removing %1 failed").arg(who),
                                            answer.error());
                            return;
                        }
                        Q_EMIT statusMessage(tr("%1 removed from the team").arg(who));
                        Q_EMIT memberRemoved();
                        m_workspaces->refresh();
                        loadMembers();
                    });
            });
    box->open();
}

} // namespace remotegpu::ui
