#pragma once

#include "AlertRule.h"
#include "AlertsApi.h"
#include "Error.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace remotegpu::ui {

// Creates or edits one alert rule: the metric from the common list (AlertMetric), comparison,
// threshold in the metric's unit, duration, severity, and a scope picker offering only what the
// signed-in person may choose (an administrator: every host, a tenant or a host; a customer
// owner: their tenant's machines or one of them). A built-in rule offers only threshold,
// duration, severity and enabled. Save sends the rule and stays open with the server's field
// errors beside their fields when it refuses.
class AlertRuleDialog : public QDialog
{
    Q_OBJECT

public:
    AlertRuleDialog(const AlertsApi &api, const AlertRule &rule, QWidget *parent = nullptr);

    // The words for a metric key and its unit, shared with the Alerts view.
    static QString metricLabel(const QString &key);
    static QString comparisonSymbol(AlertComparison comparison);

    // The rule as the fields describe it now.
    AlertRule rule() const;
    // The stored rule after a successful save.
    const AlertRule &saved() const { return m_saved; }

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *hostBox() const { return m_host; }
    QComboBox *tenantBox() const { return m_tenant; }
    // Shows each error beside its field (the first one without a field in the banner line).
    void showErrors(const Error &error);

    void accept() override;

Q_SIGNALS:
    // The scope choices (tenants and machines) arrived.
    void choicesLoaded();

private:
    void updateForMetric();
    void updateForScope();
    QLabel *errorLabel(const QString &field);

    AlertsApi m_api;
    AlertRule m_rule;
    AlertRule m_saved;
    QLineEdit *m_name = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_comparison = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_tenant = nullptr;
    QComboBox *m_host = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_errors;
    QFormLayout *m_form = nullptr;
    QWidget *m_tenantRow = nullptr;
    QWidget *m_hostRow = nullptr;
    int m_pendingChoices = 0;
};

} // namespace remotegpu::ui
