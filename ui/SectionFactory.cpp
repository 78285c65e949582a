#include "SectionFactory.h"

#include "AlertsView.h"
#include "AllocationsView.h"
#include "AuditView.h"
#include "CustomersView.h"
#include "DashboardView.h"
#include "MachinesView.h"
#include "MyMachinesView.h"
#include "NotificationsView.h"
#include "ProfileView.h"
#include "SettingsView.h"
#include "SshKeysView.h"
#include "TeamView.h"
#include "UtilisationView.h"
#include "WebhooksView.h"
#include "WorkbenchView.h"

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

SectionView *createSectionView(MainWindow::Section section, ApiClient *api, Session *session)
{
    SectionView *view = nullptr;
    QString name;
    switch (section) {
    case MainWindow::Section::Dashboard:
        view = new DashboardView(api, session);
        name = u"dashboardView"_s;
        break;
    case MainWindow::Section::Machines:
        view = new MachinesView(api, session);
        name = u"machinesView"_s;
        break;
    case MainWindow::Section::Customers:
        view = new CustomersView(api, session);
        name = u"customersView"_s;
        break;
    case MainWindow::Section::Allocations:
        view = new AllocationsView(api, session);
        name = u"allocationsView"_s;
        break;
    case MainWindow::Section::Utilisation:
        view = new UtilisationView(api, session);
        name = u"utilisationView"_s;
        break;
    case MainWindow::Section::Alerts:
        view = new AlertsView(api, session);
        name = u"alertsView"_s;
        break;
    case MainWindow::Section::Audit:
        view = new AuditView(api, session);
        name = u"auditView"_s;
        break;
    case MainWindow::Section::Settings:
        view = new SettingsView(api, session);
        name = u"settingsView"_s;
        break;
    case MainWindow::Section::MyMachines:
        view = new MyMachinesView(api, session);
        name = u"myMachinesView"_s;
        break;
    case MainWindow::Section::Notifications:
        view = new NotificationsView(api, session);
        name = u"notificationsView"_s;
        break;
    case MainWindow::Section::SshKeys:
        view = new SshKeysView(api, session);
        name = u"sshKeysView"_s;
        break;
    case MainWindow::Section::Workbench:
        view = new WorkbenchView(api, session);
        name = u"workbenchView"_s;
        break;
    case MainWindow::Section::Team:
        view = new TeamView(api, session);
        name = u"teamView"_s;
        break;
    case MainWindow::Section::Profile:
        view = new ProfileView(api, session);
        name = u"profileView"_s;
        break;
    case MainWindow::Section::Webhooks:
        view = new WebhooksView(api, session);
        name = u"webhooksView"_s;
        break;
    }
    if (view)
        view->setObjectName(name);
    return view;
}

} // namespace remotegpu::ui
