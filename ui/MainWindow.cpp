#include "MainWindow.h"

#include "AlertsView.h"
#include "AllocationsView.h"
#include "ApiClient.h"
#include "AuditView.h"
#include "CustomersView.h"
#include "DashboardView.h"
#include "MachinesView.h"
#include "Session.h"
#include "SettingsView.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// How long a one-off notice (such as "your sign-in could not be remembered") stays in the
// status bar: long enough to read twice.
constexpr int NoticeMilliseconds = 30000;

} // namespace

MainWindow::MainWindow(ApiClient *api, Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_session(session)
    , m_navigation(new QListWidget)
    , m_views(new QStackedWidget)
    , m_serverLabel(new QLabel)
    , m_userLabel(new QLabel)
{
    setWindowTitle(tr("RemoteGPU Console"));
    setObjectName(u"mainWindow"_s);

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setFixedWidth(180);
    m_views->setObjectName(u"sectionViews"_s);

    // Same order as Section: the enum's value is the row and the stack index.
    addSection(new DashboardView, u"dashboardView"_s);
    addSection(new MachinesView, u"machinesView"_s);
    addSection(new CustomersView, u"customersView"_s);
    addSection(new AllocationsView, u"allocationsView"_s);
    addSection(new AlertsView, u"alertsView"_s);
    addSection(new AuditView, u"auditView"_s);
    addSection(new SettingsView, u"settingsView"_s);
    Q_ASSERT(m_views->count() == SectionCount);

    connect(m_navigation, &QListWidget::currentRowChanged, m_views,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    m_serverLabel->setObjectName(u"serverLabel"_s);
    m_userLabel->setObjectName(u"userLabel"_s);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    updateServerLabel();
    updateUserLabel();
    connect(m_api, &ApiClient::baseUrlChanged, this, &MainWindow::updateServerLabel);
    connect(m_session, &Session::signedIn, this, &MainWindow::updateUserLabel);
    connect(m_session, &Session::signedOut, this, &MainWindow::updateUserLabel);
    connect(m_session, &Session::profileChanged, this, &MainWindow::updateUserLabel);
    connect(m_session, &Session::refreshTokenNotStored, this, [this](const QString &message) {
        statusBar()->showMessage(message, NoticeMilliseconds);
    });

    createMenus();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::addSection(SectionView *view, const QString &objectName)
{
    view->setObjectName(objectName);
    m_views->addWidget(view);
    m_navigation->addItem(view->title());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signOut = file->addAction(tr("Sign &Out"));
    signOut->setObjectName(u"signOutAction"_s);
    signOut->setEnabled(m_session->isSignedIn());
    connect(signOut, &QAction::triggered, m_session, &Session::signOut);
    connect(m_session, &Session::signedIn, signOut, [signOut] { signOut->setEnabled(true); });
    connect(m_session, &Session::signedOut, signOut, [signOut] { signOut->setEnabled(false); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About RemoteGPU Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_views->currentIndex());
}

void MainWindow::showSection(Section section)
{
    m_navigation->setCurrentRow(static_cast<int>(section));
}

SectionView *MainWindow::view(Section section) const
{
    return qobject_cast<SectionView *>(m_views->widget(static_cast<int>(section)));
}

void MainWindow::updateServerLabel()
{
    const QUrl url = m_api->baseUrl();
    m_serverLabel->setText(url.isEmpty() ? tr("Server: not connected")
                                         : tr("Server: %1").arg(url.toDisplayString()));
}

void MainWindow::updateUserLabel()
{
    if (!m_session->isSignedIn()) {
        m_userLabel->setText(tr("Not signed in"));
        return;
    }
    const QString role = m_session->role();
    const QString roleName = role == u"admin"_s             ? tr("administrator")
                             : role == u"customer_owner"_s  ? tr("customer owner")
                             : role == u"customer_member"_s ? tr("customer member")
                                                            : role;
    const QString name = m_session->displayName();
    if (name.isEmpty())
        m_userLabel->setText(tr("Signed in"));
    else if (roleName.isEmpty())
        m_userLabel->setText(tr("Signed in as %1").arg(name));
    else
        m_userLabel->setText(tr("Signed in as %1 (%2)").arg(name, roleName));
}

void MainWindow::showAbout()
{
    // open(), not exec(): a nested event loop would let network callbacks re-enter this window.
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About RemoteGPU Console"),
        tr("RemoteGPU Console %1\n\nRuns a fleet of GPU machines rented whole to tenant "
           "companies.")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace remotegpu::ui
