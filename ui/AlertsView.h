#pragma once

#include "Alert.h"
#include "AlertRule.h"
#include "AlertsApi.h"
#include "SectionView.h"

#include <QJsonObject>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTabWidget;
class QTableView;

namespace remotegpu {
class ApiClient;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class AlertRuleDialog;
class ErrorBanner;
template<typename T>
class PagedTableModel;

// Alerts: the alerts of every machine (an administrator) or of the tenant's machines (a
// customer), by state — Active, Acknowledged, Resolved — with severity colours, acknowledge and
// resolve (with a note), and a detail pane; and the Rules tab, where rules are listed, created,
// edited, enabled or disabled and deleted (never a built-in one). Members read only.
class AlertsView : public SectionView
{
    Q_OBJECT

public:
    enum Column { Severity, Status, Triggered, Host, Metric, Value, Tenant, Message, ColumnCount };
    enum RuleColumn {
        RuleName,
        RuleMetric,
        RuleCondition,
        RuleDuration,
        RuleSeverity,
        RuleScope,
        RuleEnabled,
        RuleColumnCount
    };

    AlertsView(ApiClient *api, Session *session, QWidget *parent = nullptr);

    void activate() override;
    void refresh() override;
    void createNew() override;
    void applyFilters(const QJsonObject &filters) override;
    void resetForNewSession() override;

    PagedTableModel<Alert> *model() const { return m_model; }
    PagedTableModel<AlertRule> *rulesModel() const { return m_rules; }
    QTableView *table() const { return m_table; }
    QTableView *rulesTable() const { return m_rulesTable; }
    QTabWidget *tabs() const { return m_tabs; }
    // Shows the alerts in `status` (the Active, Acknowledged, Resolved tabs).
    void showStatus(AlertStatus status);
    AlertStatus shownStatus() const;
    const Alert *selectedAlert() const;
    // Acts on the selected alert, as its buttons do.
    void acknowledgeSelected();
    void resolveSelected();
    // Opens the rule dialog (non-modal, deleted on close) for a new rule or the selected one.
    AlertRuleDialog *openRuleDialog(bool newRule);

public Q_SLOTS:
    // A C2 alert event from the live feed: refreshes the visible list, at most every 500 ms.
    void onAlertEvent(const QString &event, const QJsonObject &alert);

private:
    AlertsApi api() const;
    bool canWrite() const;
    void updateActions();
    void showDetail();
    void setRuleEnabled(bool enabled);
    void deleteRule();

    ApiClient *m_client;
    Session *m_session;
    bool m_activated = false;
    QTimer m_eventRefresh;

    QTabWidget *m_tabs = nullptr;
    QTabBar *m_statusTabs = nullptr;
    QComboBox *m_severity = nullptr;
    QPushButton *m_ack = nullptr;
    QPushButton *m_resolve = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_count = nullptr;
    ErrorBanner *m_banner = nullptr;
    PagedTableModel<Alert> *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;

    PagedTableModel<AlertRule> *m_rules = nullptr;
    QTableView *m_rulesTable = nullptr;
    QPushButton *m_newRule = nullptr;
    QPushButton *m_editRule = nullptr;
    QPushButton *m_toggleRule = nullptr;
    QPushButton *m_deleteRule = nullptr;
    ErrorBanner *m_rulesBanner = nullptr;
};

} // namespace remotegpu::ui
