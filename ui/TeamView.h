#pragma once

#include "CustomerApi.h"
#include "DashboardListModel.h"
#include "SectionView.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace remotegpu {
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;
template<typename T>
class PagedTableModel;

// The tenant's teams (workspaces) and the members of the selected one. The owner creates a
// team, adds one of the tenant's accounts to it and removes a member after confirming; those
// buttons are disabled, with a tooltip saying why, for members, who only read. A failed load
// shows in the banner; a refused change in an error dialog with the server's reason.
class TeamView : public SectionView
{
    Q_OBJECT

public:
    enum WorkspaceColumn { WorkspaceName, WorkspaceType, WorkspaceMembers, WorkspaceColumnCount };
    enum MemberColumn { MemberAccount, MemberRole, MemberJoined, MemberColumnCount };

    TeamView(ApiClient *api, Session *session, QWidget *parent = nullptr);

    void activate() override;
    void refresh() override;
    void createNew() override;
    void resetForNewSession() override;

    PagedTableModel<Workspace> *workspaceModel() const { return m_workspaces; }
    DashboardListModel<WorkspaceMember> *memberModel() const { return m_members; }
    qint64 currentWorkspaceId() const { return m_workspaceId; }
    // Whether the signed-in person may change teams (the tenant's owner).
    bool canManage() const;

    // Sends the add and the remove; removeSelectedMember asks first (box
    // "removeMemberConfirmation").
    void addMember(qint64 customerId, WorkspaceRole role);
    void removeSelectedMember();

Q_SIGNALS:
    void membersLoaded();
    void memberAdded();
    void memberRemoved();
    void workspaceCreated();

private:
    void loadAccounts();
    void loadMembers();
    void updateActions();
    void fillAccountChoice();
    QString accountName(qint64 customerId) const;

    CustomerApi m_api;
    Session *m_session;
    bool m_activated = false;
    qint64 m_workspaceId = 0;
    quint64 m_memberGeneration = 0;
    QHash<qint64, Customer> m_accounts;
    ErrorBanner *m_banner = nullptr;
    PagedTableModel<Workspace> *m_workspaces = nullptr;
    QTableView *m_workspaceTable = nullptr;
    QLineEdit *m_newName = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_membersTitle = nullptr;
    DashboardListModel<WorkspaceMember> *m_members = nullptr;
    QTableView *m_memberTable = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_ownerNote = nullptr;
};

} // namespace remotegpu::ui
