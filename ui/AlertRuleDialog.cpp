#include "AlertRuleDialog.h"

#include "AlertMetric.h"
#include "AlertText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// A field with its error label under it, as one row of the form.
QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    if (i >= 0)
        box->setCurrentIndex(i);
}

} // namespace

QString AlertRuleDialog::metricLabel(const QString &key)
{
    if (key == u"cpu_usage_percent")
        return tr("CPU usage");
    if (key == u"memory_usage_percent")
        return tr("Memory usage");
    if (key == u"disk_usage_percent")
        return tr("Disk usage");
    if (key == u"cpu_load_1m")
        return tr("CPU load (1 min)");
    if (key == u"gpu_utilization_percent")
        return tr("GPU utilization");
    if (key == u"gpu_memory_usage_percent")
        return tr("GPU memory usage");
    if (key == u"gpu_temperature")
        return tr("GPU temperature");
    if (key == u"gpu_power_draw")
        return tr("GPU power draw");
    if (key == u"host_offline")
        return tr("Host offline");
    if (key == u"gpu_health")
        return tr("GPU health");
    if (key == u"host_flapping")
        return tr("Host flapping");
    return key;
}

QString AlertRuleDialog::comparisonSymbol(AlertComparison comparison)
{
    switch (comparison) {
    case AlertComparison::Greater:
        return u">"_s;
    case AlertComparison::GreaterOrEqual:
        return u"≥"_s;
    case AlertComparison::Less:
        return u"<"_s;
    case AlertComparison::LessOrEqual:
        return u"≤"_s;
    case AlertComparison::Equal:
        return u"="_s;
    }
    return {};
}

AlertRuleDialog::AlertRuleDialog(const AlertsApi &api, const AlertRule &rule, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_rule(rule)
{
    setObjectName(u"alertRuleDialog"_s);
    setWindowTitle(rule.id == 0 ? tr("New alert rule") : tr("Edit alert rule"));
    auto *form = new QFormLayout;
    m_form = form;

    m_name = new QLineEdit(rule.name);
    m_name->setObjectName(u"ruleName"_s);
    m_name->setMaxLength(256);
    form->addRow(tr("Name"), withError(m_name, errorLabel(u"name"_s)));

    m_metric = new QComboBox;
    m_metric->setObjectName(u"ruleMetric"_s);
    for (const AlertMetric &m : AlertMetric::all())
        m_metric->addItem(metricLabel(m.key), m.key);
    if (m_metric->findData(rule.metricType) < 0 && !rule.metricType.isEmpty())
        m_metric->addItem(metricLabel(rule.metricType), rule.metricType);
    selectData(m_metric, rule.metricType);
    form->addRow(tr("Metric"), withError(m_metric, errorLabel(u"metricType"_s)));

    m_comparison = new QComboBox;
    m_comparison->setObjectName(u"ruleComparison"_s);
    for (AlertComparison c :
         {AlertComparison::Greater, AlertComparison::GreaterOrEqual, AlertComparison::Less,
          AlertComparison::LessOrEqual, AlertComparison::Equal})
        m_comparison->addItem(comparisonSymbol(c), toString(c));
    selectData(m_comparison, toString(rule.comparison));
    form->addRow(tr("Comparison"), withError(m_comparison, errorLabel(u"comparison"_s)));

    m_threshold = new QDoubleSpinBox;
    m_threshold->setObjectName(u"ruleThreshold"_s);
    m_threshold->setDecimals(2);
    m_threshold->setRange(0, 1e6);
    m_threshold->setValue(rule.threshold);
    form->addRow(tr("Threshold"), withError(m_threshold, errorLabel(u"threshold"_s)));

    m_duration = new QSpinBox;
    m_duration->setObjectName(u"ruleDuration"_s);
    m_duration->setRange(0, 24 * 3600);
    m_duration->setSingleStep(30);
    m_duration->setSuffix(tr(" s"));
    m_duration->setValue(rule.duration);
    m_duration->setToolTip(tr("How long the condition must hold, without a gap in the data, "
                              "before the alert fires"));
    form->addRow(tr("Duration"), withError(m_duration, errorLabel(u"duration"_s)));

    m_severity = new QComboBox;
    m_severity->setObjectName(u"ruleSeverity"_s);
    for (AlertSeverity s : {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical})
        m_severity->addItem(AlertText::severity(s), toString(s));
    selectData(m_severity, toString(rule.severity));
    form->addRow(tr("Severity"), withError(m_severity, errorLabel(u"severity"_s)));

    m_scope = new QComboBox;
    m_scope->setObjectName(u"ruleScope"_s);
    if (api.isAdmin()) {
        m_scope->addItem(tr("All machines"), u"all"_s);
        m_scope->addItem(tr("A tenant's machines"), u"tenant"_s);
        m_scope->addItem(tr("One machine"), u"host"_s);
    } else {
        m_scope->addItem(tr("All my machines"), u"tenant"_s);
        m_scope->addItem(tr("One of my machines"), u"host"_s);
    }
    selectData(m_scope, AlertRule::scopeName(rule.scope));
    form->addRow(tr("Watches"), withError(m_scope, errorLabel(u"scope"_s)));

    m_tenant = new QComboBox;
    m_tenant->setObjectName(u"ruleTenant"_s);
    m_tenantRow = withError(m_tenant, errorLabel(u"tenantId"_s));
    form->addRow(tr("Tenant"), m_tenantRow);
    m_host = new QComboBox;
    m_host->setObjectName(u"ruleHost"_s);
    m_hostRow = withError(m_host, errorLabel(u"hostId"_s));
    form->addRow(tr("Machine"), m_hostRow);

    m_enabled = new QCheckBox(tr("Enabled"));
    m_enabled->setObjectName(u"ruleEnabled"_s);
    m_enabled->setChecked(rule.enabled);
    form->addRow(QString(), withError(m_enabled, errorLabel(u"enabled"_s)));

    m_description = new QPlainTextEdit(rule.description);
    m_description->setObjectName(u"ruleDescription"_s);
    m_description->setMaximumHeight(60);
    form->addRow(tr("Description"), withError(m_description, errorLabel(u"description"_s)));

    m_generalError = new QLabel;
    m_generalError->setObjectName(u"ruleError"_s);
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(u"color: #c62828;"_s);
    m_generalError->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlertRuleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (rule.builtIn()) {
        auto *note = new QLabel(tr("A built-in rule: only its threshold, duration, severity and "
                                   "whether it is enabled can change."));
        note->setWordWrap(true);
        layout->addWidget(note);
        for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_metric),
                           static_cast<QWidget *>(m_comparison), static_cast<QWidget *>(m_scope),
                           static_cast<QWidget *>(m_tenant), static_cast<QWidget *>(m_host),
                           static_cast<QWidget *>(m_description)})
            w->setEnabled(false);
    }
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &AlertRuleDialog::updateForMetric);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AlertRuleDialog::updateForScope);
    updateForMetric();
    updateForScope();

    // The choices come from the server; the current rule's own tenant or host stays selectable
    // until they arrive.
    if (rule.tenantId)
        m_tenant->addItem(rule.tenantName.isEmpty() ? QString::number(*rule.tenantId)
                                                    : rule.tenantName,
                          QString::number(*rule.tenantId));
    if (!rule.hostId.isEmpty())
        m_host->addItem(rule.hostName.isEmpty() ? rule.hostId : rule.hostName, rule.hostId);
    const auto fill = [this](QComboBox *box, const QString &current) {
        return [this, box, current](Result<QList<AlertsApi::ScopeChoice>> answer) {
            if (answer) {
                box->clear();
                for (const AlertsApi::ScopeChoice &c : *answer)
                    box->addItem(c.label, c.id);
                if (!current.isEmpty())
                    selectData(box, current);
            } else {
                m_generalError->setText(answer.error().message);
                m_generalError->show();
            }
            if (--m_pendingChoices == 0)
                Q_EMIT choicesLoaded();
        };
    };
    m_pendingChoices = 2;
    m_api.tenantChoices(
        this, fill(m_tenant, rule.tenantId ? QString::number(*rule.tenantId) : QString()));
    m_api.hostChoices(this, fill(m_host, rule.hostId));
}

QLabel *AlertRuleDialog::errorLabel(const QString &field)
{
    auto *label = new QLabel;
    label->setObjectName(u"error_"_s + field);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void AlertRuleDialog::updateForMetric()
{
    const std::optional<AlertMetric> metric = AlertMetric::find(m_metric->currentData().toString());
    m_threshold->setSuffix(metric && !metric->unit.isEmpty() ? u" "_s + metric->unit : QString());
    m_threshold->setMaximum(metric && metric->maximum ? *metric->maximum : 1e6);
}

void AlertRuleDialog::updateForScope()
{
    const QString scope = m_scope->currentData().toString();
    m_form->setRowVisible(m_tenantRow, m_api.isAdmin() && scope == u"tenant");
    m_form->setRowVisible(m_hostRow, scope == u"host");
}

AlertRule AlertRuleDialog::rule() const
{
    AlertRule r = m_rule;
    r.name = m_name->text().trimmed();
    r.metricType = m_metric->currentData().toString();
    r.comparison =
        fromString<AlertComparison>(m_comparison->currentData().toString()).value_or(r.comparison);
    r.threshold = m_threshold->value();
    r.duration = m_duration->value();
    r.severity =
        fromString<AlertSeverity>(m_severity->currentData().toString()).value_or(r.severity);
    r.scope = AlertRule::scopeFromName(m_scope->currentData().toString()).value_or(r.scope);
    r.enabled = m_enabled->isChecked();
    r.description = m_description->toPlainText().trimmed();
    r.tenantId.reset();
    r.hostId.clear();
    if (r.scope == AlertRule::Scope::Tenant && m_api.isAdmin() && m_tenant->currentIndex() >= 0)
        r.tenantId = m_tenant->currentData().toString().toLongLong();
    if (r.scope == AlertRule::Scope::Host)
        r.hostId = m_host->currentData().toString();
    return r;
}

void AlertRuleDialog::showErrors(const Error &error)
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_generalError->hide();
    bool placed = false;
    for (const FieldError &e : error.fieldErrors) {
        if (QLabel *label = m_errors.value(e.field)) {
            label->setText(e.message);
            label->show();
            placed = true;
        }
    }
    if (!placed) {
        m_generalError->setText(error.message);
        m_generalError->show();
    }
}

void AlertRuleDialog::accept()
{
    const AlertRule r = rule();
    QList<FieldError> errors = r.validate();
    // The server settles an owner's tenant itself; only an admin's tenant rule names one.
    if (!m_api.isAdmin())
        errors.removeIf([](const FieldError &e) { return e.field == u"tenantId"; });
    if (!errors.isEmpty()) {
        showErrors(Error::invalidFields(errors));
        return;
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    auto done = [this](Result<AlertRule> answer) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        if (!answer) {
            showErrors(answer.error());
            return;
        }
        m_saved = *answer;
        QDialog::accept();
    };
    if (r.id == 0)
        m_api.createRule(r, this, done);
    else
        m_api.updateRule(r, this, done);
}

} // namespace remotegpu::ui
