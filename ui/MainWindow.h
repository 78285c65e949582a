#pragma once

#include <QJsonObject>
#include <QList>
#include <QMainWindow>
#include <QSet>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace remotegpu {
class ApiClient;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class SectionView;

// The console's one main window: the sections in a list on the left, the chosen section's view
// on the right, and the server, the signed-in user and the connection state in the status bar.
// An administrator sees the fleet sections; a customer owner or member sees the tenant's own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Every section there is, administrators' first (the navigation order for them).
    enum class Section {
        Dashboard,
        Machines,
        Customers,
        Allocations,
        Utilisation,
        Alerts,
        Audit,
        Settings,
        Webhooks, // on both sides: an administrator's and a tenant's webhooks
        // A customer's side.
        Workbench,
        MyMachines,
        Notifications,
        SshKeys,
        Team,
        Profile,
    };
    Q_ENUM(Section)
    // The administrators' sections.
    static constexpr int SectionCount = 9;

    MainWindow(ApiClient *api, Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    // Shows a section (when the signed-in role has it) and, with filters, shows it filtered.
    void showSection(Section section, const QJsonObject &filters = {});
    // The section's view, or nullptr when the signed-in role does not have it.
    SectionView *view(Section section) const;
    // The sections the navigation offers now, in order.
    QList<Section> sections() const { return m_shown; }
    // The unread-notification count the status bar shows; -1 before it is known.
    int unreadNotifications() const { return m_unread; }

Q_SIGNALS:
    // View ▸ Language: "en", "zh_CN", or empty for the system's language.
    void languageRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        Section section;
        SectionView *view = nullptr;
    };
    void buildSections();
    void connectSections();
    void createMenus();
    void updateServerLabel();
    void updateUserLabel();
    void updateConnectionLabel();
    void updateLiveFeedLabel();
    void updateNotificationLabel();
    void showAbout();
    void showSectionAt(int row);
    SectionView *currentView() const;
    bool isAdmin() const;

    ApiClient *m_api;
    Session *m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_views;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_connectionLabel;
    QLabel *m_liveFeedLabel;
    QTimer *m_liveFeedCountdown;
    QLabel *m_notificationLabel;
    QList<Entry> m_entries;
    QList<Section> m_shown;
    // Sections shown since sign-in, and those of them to read again when next shown because
    // the live feed missed events (resyncNeeded).
    QSet<SectionView *> m_opened;
    QSet<SectionView *> m_stale;
    QList<QAction *> m_sectionActions;
    int m_unread = -1;
    bool m_sectionsConnected = false;
};

} // namespace remotegpu::ui
