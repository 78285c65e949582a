#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace remotegpu {
class ApiClient;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class SectionView;

// The console's one main window: the sections in a list on the left, the chosen section's view
// on the right, and the server and the signed-in user in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // In navigation order.
    enum class Section { Dashboard, Machines, Customers, Allocations, Alerts, Audit, Settings };
    Q_ENUM(Section)
    static constexpr int SectionCount = 7;

    MainWindow(ApiClient *api, Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void showSection(Section section);
    SectionView *view(Section section) const;

private:
    void addSection(SectionView *view, const QString &objectName);
    void createMenus();
    void updateServerLabel();
    void updateUserLabel();
    void showAbout();

    ApiClient *m_api;
    Session *m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_views;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
};

} // namespace remotegpu::ui
