#include "MainWindow.h"

#include "AlertsView.h"
#include "AllocateDialog.h"
#include "AllocationsView.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "ExtendDialog.h"
#include "LiveFeed.h"
#include "MachineImportWizard.h"
#include "MachinesView.h"
#include "NotificationsView.h"
#include "PagedTableModel.h"
#include "ReclaimDialog.h"
#include "SectionFactory.h"
#include "SectionView.h"
#include "Session.h"
#include "Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// How long a one-off notice (such as "your sign-in could not be remembered") stays in the
// status bar: long enough to read twice.
constexpr int NoticeMilliseconds = 30000;
// How often the unread-notification count is asked for.
constexpr int NotificationPollMilliseconds = 60000;

const QList<MainWindow::Section> kAdminSections{
    MainWindow::Section::Dashboard,   MainWindow::Section::Machines,
    MainWindow::Section::Customers,   MainWindow::Section::Allocations,
    MainWindow::Section::Utilisation, MainWindow::Section::Alerts,
    MainWindow::Section::Audit,       MainWindow::Section::Settings,
    MainWindow::Section::Webhooks};

const QList<MainWindow::Section> kCustomerSections{
    MainWindow::Section::Workbench,     MainWindow::Section::MyMachines,
    MainWindow::Section::Notifications, MainWindow::Section::SshKeys,
    MainWindow::Section::Team,          MainWindow::Section::Profile,
    MainWindow::Section::Alerts,        MainWindow::Section::Webhooks};

} // namespace

MainWindow::MainWindow(ApiClient *api, Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_session(session)
    , m_navigation(new QListWidget)
    , m_views(new QStackedWidget)
    , m_serverLabel(new QLabel)
    , m_userLabel(new QLabel)
    , m_connectionLabel(new QLabel)
    , m_liveFeedLabel(new QLabel)
    , m_liveFeedCountdown(new QTimer(this))
    , m_notificationLabel(new QLabel)
{
    setWindowTitle(tr("RemoteGPU Console"));
    setObjectName(u"mainWindow"_s);

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setFixedWidth(180);
    m_views->setObjectName(u"sectionViews"_s);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showSectionAt);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    m_serverLabel->setObjectName(u"serverLabel"_s);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_notificationLabel->setObjectName(u"notificationLabel"_s);
    m_notificationLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_notificationLabel);
    statusBar()->addPermanentWidget(m_liveFeedLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    buildSections();
    createMenus();
    updateServerLabel();
    updateUserLabel();
    updateConnectionLabel();

    connect(m_api, &ApiClient::baseUrlChanged, this, &MainWindow::updateServerLabel);
    connect(m_api, &ApiClient::reachableChanged, this, &MainWindow::updateConnectionLabel);
    // The live feed's state; while it waits to reconnect, the countdown ticks every second.
    m_liveFeedLabel->setObjectName(u"liveFeedLabel"_s);
    m_liveFeedCountdown->setInterval(1000);
    connect(m_liveFeedCountdown, &QTimer::timeout, this, &MainWindow::updateLiveFeedLabel);
    connect(m_session->liveFeed(), &LiveFeed::stateChanged, this, &MainWindow::updateLiveFeedLabel);
    connect(m_session, &Session::profileChanged, this, &MainWindow::updateLiveFeedLabel);
    connect(m_session, &Session::signedOut, this, &MainWindow::updateLiveFeedLabel);
    updateLiveFeedLabel();
    // Events missed while the feed (or the server's own event source) was down are not sent
    // again: the section on screen reads its state anew, the others when next opened.
    connect(m_session->liveFeed(), &LiveFeed::resyncNeeded, this, [this](const QString &why) {
        if (!m_session->isSignedIn())
            return;
        // Only sections that have loaded something: one not opened yet loads on its first
        // showing anyway, and marking it would make it load twice.
        m_stale = m_opened;
        if (SectionView *v = currentView()) {
            m_stale.remove(v);
            v->refresh();
        }
        statusBar()->showMessage(tr("Refreshed: %1").arg(why), NoticeMilliseconds);
    });
    connect(m_session, &Session::signedOut, this, [this] {
        m_stale.clear();
        m_opened.clear();
    });
    connect(m_session, &Session::signedIn, this, [this] {
        updateUserLabel();
        updateConnectionLabel();
        if (SectionView *view = currentView()) {
            view->activate();
            m_opened.insert(view);
        }
        updateNotificationLabel();
    });
    connect(m_session, &Session::signedOut, this, [this] {
        for (const Entry &entry : std::as_const(m_entries))
            entry.view->resetForNewSession();
        m_unread = -1;
        updateUserLabel();
        updateConnectionLabel();
        m_notificationLabel->setVisible(false);
    });
    connect(m_session, &Session::profileChanged, this, [this] {
        updateUserLabel();
        buildSections();
    });
    // Not being remembered matters, but only on the next start: a short note that stays, with
    // the whole explanation on hover, instead of a long message that pushes the others away.
    auto *keychainLabel = new QLabel(tr("⚠ Sign-in not remembered"));
    keychainLabel->setObjectName(u"keychainLabel"_s);
    keychainLabel->setVisible(false);
    statusBar()->insertPermanentWidget(0, keychainLabel);
    connect(m_session, &Session::refreshTokenNotStored, keychainLabel,
            [keychainLabel](const QString &message) {
                keychainLabel->setToolTip(message);
                keychainLabel->setVisible(true);
            });
    connect(m_session, &Session::refreshTokenStored, keychainLabel, &QWidget::hide);
    connect(m_session, &Session::signedOut, keychainLabel, &QWidget::hide);

    auto *notificationPoll = new QTimer(this);
    notificationPoll->setInterval(NotificationPollMilliseconds);
    connect(notificationPoll, &QTimer::timeout, this, &MainWindow::updateNotificationLabel);
    notificationPoll->start();
    if (m_session->isSignedIn())
        updateNotificationLabel();

    resize(1280, 800);
    const QByteArray geometry = QSettings().value(u"mainWindow/geometry"_s).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

MainWindow::~MainWindow() = default;

bool MainWindow::isAdmin() const
{
    // Signed out, the fleet sections are what is laid out (nothing loads until sign-in).
    const QString role = m_session->role();
    return role.isEmpty() || role == u"admin"_s;
}

void MainWindow::buildSections()
{
    // Every view is made once; the navigation lists those of the signed-in role.
    if (m_entries.isEmpty()) {
        for (const QList<Section> &group : {kAdminSections, kCustomerSections}) {
            for (Section section : group) {
                if (this->view(section))
                    continue; // a section both roles have is made once
                SectionView *view = createSectionView(section, m_api, m_session);
                if (!view)
                    continue;
                m_views->addWidget(view);
                m_entries.append({section, view});
                connect(view, &SectionView::openSectionRequested, this,
                        [this](int target, const QJsonObject &filters) {
                            showSection(static_cast<Section>(target), filters);
                        });
                connect(view, &SectionView::statusMessage, this, [this](const QString &message) {
                    statusBar()->showMessage(message, NoticeMilliseconds);
                });
            }
        }
    }
    if (!m_sectionsConnected) {
        connectSections();
        m_sectionsConnected = true;
    }
    const QList<Section> wanted = isAdmin() ? kAdminSections : kCustomerSections;
    QList<Section> shown;
    for (Section section : wanted) {
        if (view(section))
            shown.append(section);
    }
    if (shown == m_shown)
        return;
    const QSignalBlocker blocker(m_navigation);
    m_shown = shown;
    m_navigation->clear();
    for (Section section : std::as_const(m_shown))
        m_navigation->addItem(view(section)->title());
    for (int i = 0; i < m_sectionActions.size(); ++i)
        m_sectionActions.at(i)->setEnabled(i < m_shown.size());
    m_navigation->setCurrentRow(0);
    showSectionAt(0);
}

void MainWindow::connectSections()
{
    // What one section starts and another finishes: the machines' allocate, extend and reclaim
    // use the Allocations section's dialogs, and the machines list refreshes after each.
    // The status bar's unread count follows the Notifications section at once, not only on
    // its timer: after marking read, and whenever the list loads (new ones may have come).
    if (auto *notifications = qobject_cast<NotificationsView *>(view(Section::Notifications))) {
        connect(notifications, &NotificationsView::readStateChanged, this,
                &MainWindow::updateNotificationLabel);
        connect(notifications->model(), &PagedTableModelBase::loaded, this,
                &MainWindow::updateNotificationLabel);
    }
    // New, acknowledged and resolved alerts reach the Alerts view as the server sends them.
    if (auto *alerts = qobject_cast<AlertsView *>(view(Section::Alerts)))
        connect(m_session->liveFeed(), &LiveFeed::alertEvent, alerts, &AlertsView::onAlertEvent,
                Qt::UniqueConnection);
    auto *machines = qobject_cast<MachinesView *>(view(Section::Machines));
    auto *allocations = qobject_cast<AllocationsView *>(view(Section::Allocations));
    if (!machines || !allocations)
        return;
    connect(machines, &MachinesView::allocateRequested, this,
            [machines, allocations](const QStringList &ids) {
                AllocateDialog *dialog = allocations->openAllocateDialog(ids);
                connect(dialog, &AllocateDialog::done, machines, &SectionView::refresh);
            });
    connect(machines, &MachinesView::extendRequested, this,
            [machines, allocations](const QStringList &ids) {
                ExtendDialog *dialog = allocations->openExtendDialog(ids);
                connect(dialog, &ExtendDialog::done, machines, &SectionView::refresh);
            });
    connect(machines, &MachinesView::reclaimRequested, this,
            [machines, allocations](const QStringList &ids) {
                ReclaimDialog *dialog = allocations->openReclaimDialog(ids);
                connect(dialog, &ReclaimDialog::done, machines, &SectionView::refresh);
            });
    connect(machines, &MachinesView::importRequested, this, [this, machines] {
        auto *wizard = new MachineImportWizard(m_api, this);
        wizard->setObjectName(u"machineImportWizard"_s);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &MachineImportWizard::imported, machines, &SectionView::refresh);
        wizard->open();
    });
}

void MainWindow::showSectionAt(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    SectionView *target = view(m_shown.at(row));
    m_views->setCurrentWidget(target);
    if (m_session->isSignedIn()) {
        target->activate();
        m_opened.insert(target);
        if (m_stale.remove(target))
            target->refresh();
    }
}

SectionView *MainWindow::currentView() const
{
    return qobject_cast<SectionView *>(m_views->currentWidget());
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

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *newItem = edit->addAction(tr("&New…"));
    newItem->setObjectName(u"newAction"_s);
    newItem->setShortcut(QKeySequence::New);
    connect(newItem, &QAction::triggered, this, [this] {
        if (SectionView *v = currentView())
            v->createNew();
    });
    QAction *find = edit->addAction(tr("&Find…"));
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (SectionView *v = currentView())
            v->focusSearch();
    });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(tr("&Refresh"));
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcuts({QKeySequence::Refresh, QKeySequence(u"Ctrl+R"_s)});
    connect(refresh, &QAction::triggered, this, [this] {
        if (SectionView *v = currentView(); v && m_session->isSignedIn())
            v->refresh();
    });
    viewMenu->addSeparator();
    // Ctrl+1 … Ctrl+8: the sections in navigation order.
    for (int i = 0; i < SectionCount; ++i) {
        QAction *go = viewMenu->addAction(tr("Section %1").arg(i + 1));
        go->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(i + 1)));
        go->setObjectName(u"sectionAction%1"_s.arg(i + 1));
        go->setEnabled(i < m_shown.size());
        connect(go, &QAction::triggered, this, [this, i] {
            if (i < m_navigation->count())
                m_navigation->setCurrentRow(i);
        });
        m_sectionActions.append(go);
    }
    viewMenu->addSeparator();

    QMenu *language = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString currentLanguage = QSettings().value(u"language"_s).toString();
    const QList<QPair<QString, QString>> languageChoices{
        {QString(), tr("System default")}, {u"en"_s, u"English"_s}, {u"zh_CN"_s, u"简体中文"_s}};
    for (const auto &[code, name] : languageChoices) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == currentLanguage);
        a->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(u"language"_s, code);
            Q_EMIT languageRequested(code);
        });
    }

    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(themeMenu);
    const Theme current = savedTheme();
    const QList<QPair<Theme, QString>> themeChoices{{Theme::System, tr("System default")},
                                                    {Theme::Light, tr("Light")},
                                                    {Theme::Dark, tr("Dark")}};
    for (const auto &[theme, name] : themeChoices) {
        QAction *a = themeMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(theme == current);
        a->setObjectName(u"theme_%1"_s.arg(int(theme)));
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [theme = theme] {
            saveTheme(theme);
            applyTheme(theme);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About RemoteGPU Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::Section MainWindow::currentSection() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_shown.size() ? m_shown.at(row) : Section::Dashboard;
}

void MainWindow::showSection(Section section, const QJsonObject &filters)
{
    const int row = int(m_shown.indexOf(section));
    if (row < 0)
        return;
    m_navigation->setCurrentRow(row);
    if (!filters.isEmpty())
        view(section)->applyFilters(filters);
}

SectionView *MainWindow::view(Section section) const
{
    for (const Entry &entry : m_entries) {
        if (entry.section == section)
            return entry.view;
    }
    return nullptr;
}

void MainWindow::updateServerLabel()
{
    const QUrl url = m_api->baseUrl();
    m_serverLabel->setText(url.isEmpty() ? tr("Server: not connected")
                                         : tr("Server: %1").arg(url.toDisplayString()));
}

void MainWindow::updateConnectionLabel()
{
    if (!m_session->isSignedIn()) {
        m_connectionLabel->clear();
        return;
    }
    // ● in green or red: the state at a glance, the word for those who cannot tell the colours.
    const bool up = m_api->isReachable();
    m_connectionLabel->setText(up ? tr("● Connected") : tr("● Server unreachable"));
    m_connectionLabel->setStyleSheet(up ? u"color: #1f8a3b;"_s : u"color: #c0392b;"_s);
    m_connectionLabel->setToolTip(
        up ? tr("The last request reached the server.")
           : tr("The last request could not reach the server. The console keeps trying with "
                "each refresh."));
}

void MainWindow::updateLiveFeedLabel()
{
    const LiveFeed *feed = m_session->liveFeed();
    const bool shown = m_session->isSignedIn() && m_session->role() == u"admin"_s;
    m_liveFeedLabel->setVisible(shown);
    const LiveFeed::State state = feed->state();
    if (state == LiveFeed::State::Reconnecting)
        m_liveFeedCountdown->start();
    else
        m_liveFeedCountdown->stop();
    if (!shown)
        return;
    // A coloured dot for the state at a glance, and the word for those who cannot tell colours.
    QString text, colour, tip;
    switch (state) {
    case LiveFeed::State::Live:
        text = tr("● Live");
        colour = u"#1f8a3b"_s;
        tip = tr("Metrics, machine status changes and alerts arrive as they happen.");
        break;
    case LiveFeed::State::Connecting:
        text = tr("● Connecting…");
        colour = u"#d68910"_s;
        tip = tr("Opening the live feed.");
        break;
    case LiveFeed::State::Reconnecting: {
        const qint64 ms = feed->msUntilNextAttempt();
        text = ms >= 0 ? tr("● Reconnecting… next try in %n s", "", int((ms + 999) / 1000))
                       : tr("● Reconnecting… attempt %1").arg(feed->attempt() + 1);
        colour = u"#d68910"_s;
        tip = tr("The live feed was lost; the console keeps trying. Figures on screen may be "
                 "behind until it is back.");
        break;
    }
    case LiveFeed::State::Offline:
        text = tr("● Offline");
        colour = u"#7f8c8d"_s;
        tip = feed->refusal().isEmpty()
                  ? tr("The live feed is not connected; views show what they last loaded.")
                  : tr("The server refused the live feed: %1").arg(feed->refusal());
        break;
    }
    m_liveFeedLabel->setText(text);
    m_liveFeedLabel->setStyleSheet(u"color: %1;"_s.arg(colour));
    m_liveFeedLabel->setToolTip(tip);
}

void MainWindow::updateNotificationLabel()
{
    if (!m_session->isSignedIn())
        return;
    // The list route carries the unread count beside its page; one row is enough to get it.
    QUrlQuery query;
    query.addQueryItem(u"pageSize"_s, u"1"_s);
    api::get<QJsonObject>(
        *m_api, u"/api/customer/notifications"_s, query, this, [this](Result<QJsonObject> answer) {
            if (!answer.ok())
                return;
            m_unread = answer->value(u"unreadCount"_s).toInt();
            m_notificationLabel->setText(tr("%n unread notification(s)", "", m_unread));
            m_notificationLabel->setVisible(m_unread > 0);
        });
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(u"mainWindow/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && !m_entries.isEmpty()) {
        // The views build their text in their constructors, so a new language is a new set of
        // views: they load again from the server, which keeps nothing stale on screen.
        const Section current = currentSection();
        const bool signedIn = m_session->isSignedIn();
        for (const Entry &entry : std::as_const(m_entries))
            entry.view->deleteLater();
        m_entries.clear();
        m_shown.clear();
        m_sectionsConnected = false;
        menuBar()->clear();
        m_sectionActions.clear();
        setWindowTitle(tr("RemoteGPU Console"));
        buildSections();
        createMenus();
        updateServerLabel();
        updateUserLabel();
        updateConnectionLabel();
        updateLiveFeedLabel();
        if (signedIn)
            showSection(current);
    }
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
