#pragma once

#include "CustomerApi.h"
#include "Notification.h"
#include "SectionView.h"

class QLabel;
class QPushButton;
class QTableView;

namespace remotegpu {
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;
template<typename T>
class PagedTableModel;

// The signed-in person's notifications, newest first: unread ones in bold, the level as an icon
// and a word; Enter or "Mark read" marks the selected one read, "Mark all read" all of them.
class NotificationsView : public SectionView
{
    Q_OBJECT

public:
    enum Column { Level, Title, Content, Received, ColumnCount };

    NotificationsView(ApiClient *api, Session *session, QWidget *parent = nullptr);

    void activate() override;
    void refresh() override;
    void resetForNewSession() override;

    PagedTableModel<Notification> *model() const { return m_model; }
    void markSelectedRead();
    void markAllRead();

Q_SIGNALS:
    // After a notification was marked read here (the status bar's unread count can refresh).
    void readStateChanged();

private:
    void updateButtons();

    CustomerApi m_api;
    bool m_activated = false;
    ErrorBanner *m_banner = nullptr;
    PagedTableModel<Notification> *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_markRead = nullptr;
    QPushButton *m_markAll = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace remotegpu::ui
