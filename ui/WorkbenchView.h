#pragma once

#include "CustomerApi.h"
#include "DashboardListModel.h"
#include "SectionView.h"
#include "UsageApi.h"

#include <QHash>

#include <optional>

class QLabel;
class QTableView;

namespace remotegpu {
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;
class StatCard;
class UsageBlock;

// A customer's home: the tenant's figures as cards (machines, GPUs, allocations ending soon,
// the GPUs' load over the last day, tasks, unread notifications) and the ten newest tasks.
// A card opens the section it counts (My machines, expiring first; Notifications). Loads when
// first shown and on refresh; a failed load shows in the banner and greys the last figures.
// An owner also sees its tenant's allocated versus used GPU-hours over a chosen period.
class WorkbenchView : public SectionView
{
    Q_OBJECT

public:
    enum TaskColumn { TaskName, TaskStatus, TaskMachine, TaskImage, TaskCreated, TaskColumnCount };

    WorkbenchView(ApiClient *api, Session *session, QWidget *parent = nullptr);

    void activate() override;
    void refresh() override;
    void resetForNewSession() override;

    StatCard *card(const QString &name) const { return m_cards.value(name); }
    DashboardListModel<Task> *recentTasksModel() const { return m_tasks; }
    QTableView *recentTasksView() const { return m_tasksView; }
    // The owner's "allocated vs used" block; hidden for members.
    UsageBlock *usageBlock() const { return m_usage; }
    const std::optional<CustomerApi::DashboardStats> &stats() const { return m_stats; }
    const std::optional<CustomerMachineSummary> &summary() const { return m_summary; }

    // A task's status in words of the console's language (the API's are English keys), with
    // its exit code when it has one; My machines' task list says it the same way.
    static QString taskStatusText(const Task &task);

Q_SIGNALS:
    // All three calls of a load have answered (successfully or not).
    void loaded();

private:
    void buildCards(QWidget *parent);
    void showFigures();
    void showOwnUsage();
    void answered(const QString &what, const Error *error);

    CustomerApi m_api;
    UsageApi m_usageApi;
    Session *m_session;
    bool m_activated = false;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_failed = false;
    ErrorBanner *m_banner = nullptr;
    QHash<QString, StatCard *> m_cards;
    QLabel *m_storage = nullptr;
    UsageBlock *m_usage = nullptr;
    bool m_usageLoader = false; // the owner's loader is set
    DashboardListModel<Task> *m_tasks = nullptr;
    QTableView *m_tasksView = nullptr;
    QLabel *m_tasksNote = nullptr;
    std::optional<CustomerApi::DashboardStats> m_stats;
    std::optional<CustomerMachineSummary> m_summary;
};

} // namespace remotegpu::ui
