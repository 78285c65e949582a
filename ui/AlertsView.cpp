#include "AlertsView.h"

#include "AlertMetric.h"
#include "AlertRuleDialog.h"
#include "AlertText.h"
#include "ErrorBanner.h"
#include "HeaderStateKeeper.h"
#include "MachineStatus.h"
#include "PagedTableModel.h"
#include "SelectionKeeper.h"
#include "Session.h"
#include "Theme.h"
#include "TimeText.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int EventRefreshMilliseconds = 500;

QColor severityColour(AlertSeverity severity)
{
    const bool dark = isDarkPalette();
    switch (severity) {
    case AlertSeverity::Critical:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case AlertSeverity::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xb2, 0x6a, 0x00);
    case AlertSeverity::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

// "91.5 °C", "97.2 %", "12": one decimal at most, the unit after a space as elsewhere in the
// console ("62.5 %").
QString withUnit(double value, const QString &metricType)
{
    const std::optional<AlertMetric> metric = AlertMetric::find(metricType);
    const double tenths = std::round(value * 10.0) / 10.0;
    const QString number = QLocale().toString(tenths, 'f', tenths == std::floor(tenths) ? 0 : 1);
    if (!metric || metric->unit.isEmpty())
        return number;
    return number + u' ' + metric->unit;
}

// The reading against the threshold, or a dash for an event rule (offline, flapping, unhealthy
// GPU), whose "1 / 1" would say nothing.
QString valueAgainstThreshold(const Alert &a)
{
    if (!AlertMetric::find(a.metricType))
        return QStringLiteral("—");
    return AlertsView::tr("%1 / %2").arg(withUnit(a.currentValue, a.metricType),
                                         withUnit(a.threshold, a.metricType));
}

template<typename T, typename F>
PagedColumn<T> textColumn(const QString &title, const QString &sortField, F text)
{
    return {title, sortField, [text](const T &row, int role) -> QVariant {
                if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                    return QString(text(row));
                return {};
            }};
}

QString scopeText(const AlertRule &r)
{
    switch (r.scope) {
    case AlertRule::Scope::All:
        return AlertsView::tr("All machines");
    case AlertRule::Scope::Tenant:
        return AlertsView::tr("Tenant: %1")
            .arg(r.tenantName.isEmpty() && r.tenantId ? QString::number(*r.tenantId)
                                                      : r.tenantName);
    case AlertRule::Scope::Host:
        return AlertsView::tr("Machine: %1").arg(machinestatus::machineName(r.hostId, r.hostName));
    }
    return {};
}

} // namespace

AlertsView::AlertsView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Alerts"),
                  tr("Alerts on the machines by state, and the rules that raise them."), parent)
    , m_client(api)
    , m_session(session)
{
    m_eventRefresh.setSingleShot(true);
    m_eventRefresh.setInterval(EventRefreshMilliseconds);
    connect(&m_eventRefresh, &QTimer::timeout, this, [this] {
        if (m_activated)
            m_model->refresh();
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"alertTabs"_s);
    contentLayout()->addWidget(m_tabs);

    // ---- Alerts tab
    auto *alertsPage = new QWidget;
    auto *alertsLayout = new QVBoxLayout(alertsPage);
    auto *bar = new QHBoxLayout;
    m_statusTabs = new QTabBar;
    m_statusTabs->setObjectName(u"alertStatusTabs"_s);
    m_statusTabs->addTab(AlertText::status(AlertStatus::Active));
    m_statusTabs->addTab(AlertText::status(AlertStatus::Acknowledged));
    m_statusTabs->addTab(AlertText::status(AlertStatus::Resolved));
    m_statusTabs->setDrawBase(false);
    bar->addWidget(m_statusTabs);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Severity")));
    m_severity = new QComboBox;
    m_severity->setObjectName(u"alertSeverityFilter"_s);
    m_severity->addItem(tr("Any"), QString());
    for (AlertSeverity s : {AlertSeverity::Critical, AlertSeverity::Warning, AlertSeverity::Info})
        m_severity->addItem(AlertText::severity(s), toString(s));
    bar->addWidget(m_severity);
    bar->addStretch(1);
    m_count = new QLabel;
    m_count->setObjectName(u"alertCount"_s);
    bar->addWidget(m_count);
    alertsLayout->addLayout(bar);

    m_banner = new ErrorBanner(this);
    alertsLayout->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] { m_model->reload(); });

    m_model = new PagedTableModel<Alert>(
        {
            {tr("Severity"), u"severity"_s,
             [](const Alert &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return AlertText::severity(a.severity);
                 if (role == Qt::ForegroundRole)
                     return QBrush(severityColour(a.severity));
                 if (role == Qt::FontRole && a.severity == AlertSeverity::Critical) {
                     QFont bold;
                     bold.setBold(true);
                     return bold;
                 }
                 return {};
             }},
            textColumn<Alert>(tr("Status"), u"status"_s,
                              [](const Alert &a) { return AlertText::status(a.status); }),
            textColumn<Alert>(
                tr("Triggered"), u"triggeredAt"_s,
                [](const Alert &a) { return timetext::textWithSeconds(a.triggeredAt); }),
            textColumn<Alert>(tr("Machine"), u"hostId"_s,
                              [](const Alert &a) { return AlertText::machine(a); }),
            textColumn<Alert>(
                tr("Metric"), QString(),
                [](const Alert &a) { return AlertRuleDialog::metricLabel(a.metricType); }),
            textColumn<Alert>(tr("Value / threshold"), QString(),
                              [](const Alert &a) { return valueAgainstThreshold(a); }),
            textColumn<Alert>(tr("Tenant"), QString(), [](const Alert &a) { return a.tenantName; }),
            textColumn<Alert>(tr("Message"), QString(), [](const Alert &a) { return a.message; }),
        },
        [this](const PageRequest &request, QObject *context, Reply<Page<Alert>> reply) {
            if (!m_activated)
                return; // nothing is sent before the section is first shown (nor signed out)
            this->api().list(request, context, std::move(reply));
        },
        [](const Alert &a) { return QString::number(a.id); }, this);
    m_model->setObjectName(u"alertsModel"_s);
    m_model->setSort(u"triggeredAt"_s, Qt::DescendingOrder);
    m_model->setFilters(QJsonObject{{u"status"_s, QJsonArray{u"active"_s}}});

    m_table = new QTableView;
    m_table->setObjectName(u"alertsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(Triggered, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths from the font, so "SHANGHAI-GPU-02 (node-02), GPU 7" and a time with seconds fit
    // whatever the font size; the message takes what is left.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 2 * metrics.averageCharWidth() + 8;
    };
    m_table->setColumnWidth(Severity, fit(u"Critical"_s));
    m_table->setColumnWidth(Status, fit(u"Acknowledged"_s));
    m_table->setColumnWidth(Triggered, fit(u"2026-12-03 17:57:57"_s));
    m_table->setColumnWidth(Host, fit(u"SHANGHAI-GPU-02 (node-02), GPU 7"_s));
    m_table->setColumnWidth(Metric, fit(u"GPU memory usage"_s));
    m_table->setColumnWidth(Value, fit(u"97.20 °C / 85 °C"_s));
    SelectionKeeper::attach(m_table, m_model);
    HeaderStateKeeper::attach(m_table->horizontalHeader(), u"alerts"_s);

    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel;
    m_detail->setObjectName(u"alertDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::RichText);
    detailLayout->addWidget(m_detail, 1);
    auto *actions = new QHBoxLayout;
    m_ack = new QPushButton(tr("Acknowledge"));
    m_ack->setObjectName(u"acknowledgeAlert"_s);
    m_note = new QLineEdit;
    m_note->setObjectName(u"resolveNote"_s);
    m_note->setPlaceholderText(tr("Note on resolving (optional)"));
    m_note->setMaxLength(2000);
    m_resolve = new QPushButton(tr("Resolve"));
    m_resolve->setObjectName(u"resolveAlert"_s);
    actions->addWidget(m_ack);
    actions->addWidget(m_note, 1);
    actions->addWidget(m_resolve);
    detailLayout->addLayout(actions);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    alertsLayout->addWidget(split, 1);
    m_tabs->addTab(alertsPage, tr("&Alerts"));

    connect(m_statusTabs, &QTabBar::currentChanged, this, [this](int index) {
        m_model->setFilter(u"status"_s,
                           QJsonArray{toString(static_cast<AlertStatus>(std::clamp(index, 0, 2)))});
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const QString severity = m_severity->currentData().toString();
        m_model->setFilter(u"severity"_s,
                           severity.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray{severity}));
    });
    connect(m_model, &PagedTableModelBase::loaded, this, [this] {
        m_banner->clear();
        m_count->setText(tr("%n alert(s)", nullptr, int(m_model->totalRows())));
        showDetail();
    });
    connect(m_model, &PagedTableModelBase::loadFailed, this, [this](const Error &error) {
        m_banner->showError(tr("Loading alerts failed"), error);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsView::showDetail);
    connect(m_ack, &QPushButton::clicked, this, &AlertsView::acknowledgeSelected);
    connect(m_resolve, &QPushButton::clicked, this, &AlertsView::resolveSelected);

    // ---- Rules tab
    auto *rulesPage = new QWidget;
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    auto *ruleBar = new QHBoxLayout;
    m_newRule = new QPushButton(tr("New rule…"));
    m_newRule->setObjectName(u"newRule"_s);
    m_editRule = new QPushButton(tr("Edit…"));
    m_editRule->setObjectName(u"editRule"_s);
    m_toggleRule = new QPushButton(tr("Disable"));
    m_toggleRule->setObjectName(u"toggleRule"_s);
    m_deleteRule = new QPushButton(tr("Delete"));
    m_deleteRule->setObjectName(u"deleteRule"_s);
    for (QPushButton *b : {m_newRule, m_editRule, m_toggleRule, m_deleteRule})
        ruleBar->addWidget(b);
    ruleBar->addStretch(1);
    rulesLayout->addLayout(ruleBar);
    m_rulesBanner = new ErrorBanner(this);
    rulesLayout->addWidget(m_rulesBanner);

    m_rules = new PagedTableModel<AlertRule>(
        {
            {tr("Name"), QString(),
             [](const AlertRule &r, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return r.builtIn() ? tr("%1 (built-in)").arg(r.name) : r.name;
                 if (role == Qt::ToolTipRole)
                     return r.description;
                 return {};
             }},
            textColumn<AlertRule>(
                tr("Metric"), QString(),
                [](const AlertRule &r) { return AlertRuleDialog::metricLabel(r.metricType); }),
            textColumn<AlertRule>(tr("Condition"), QString(),
                                  [](const AlertRule &r) -> QString {
                                      return AlertRuleDialog::comparisonSymbol(r.comparison) +
                                             u' ' + withUnit(r.threshold, r.metricType);
                                  }),
            textColumn<AlertRule>(tr("Duration"), QString(),
                                  [](const AlertRule &r) { return tr("%1 s").arg(r.duration); }),
            {tr("Severity"), QString(),
             [](const AlertRule &r, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return AlertText::severity(r.severity);
                 if (role == Qt::ForegroundRole)
                     return QBrush(severityColour(r.severity));
                 return {};
             }},
            textColumn<AlertRule>(tr("Watches"), QString(), scopeText),
            textColumn<AlertRule>(
                tr("Enabled"), QString(),
                [](const AlertRule &r) { return r.enabled ? tr("Enabled") : tr("Disabled"); }),
        },
        [this](const PageRequest &, QObject *context, Reply<Page<AlertRule>> reply) {
            if (!m_activated)
                return;
            this->api().rules(context, std::move(reply));
        },
        [](const AlertRule &r) { return QString::number(r.id); }, this);
    m_rules->setObjectName(u"alertRulesModel"_s);
    m_rulesTable = new QTableView;
    m_rulesTable->setObjectName(u"alertRulesTable"_s);
    m_rulesTable->setModel(m_rules);
    m_rulesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesTable->verticalHeader()->hide();
    m_rulesTable->setAlternatingRowColors(true);
    m_rulesTable->horizontalHeader()->setStretchLastSection(true);
    m_rulesTable->setColumnWidth(RuleName, 220);
    m_rulesTable->setColumnWidth(RuleMetric, 140);
    m_rulesTable->setColumnWidth(RuleScope, 200);
    SelectionKeeper::attach(m_rulesTable, m_rules);
    rulesLayout->addWidget(m_rulesTable, 1);
    m_tabs->addTab(rulesPage, tr("&Rules"));

    connect(m_rules, &PagedTableModelBase::loaded, this, [this] {
        m_rulesBanner->clear();
        updateActions();
    });
    connect(m_rules, &PagedTableModelBase::loadFailed, this, [this](const Error &error) {
        m_rulesBanner->showError(tr("Loading alert rules failed"), error);
    });
    connect(m_rulesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsView::updateActions);
    connect(m_rulesTable, &QTableView::activated, this, [this] {
        if (canWrite())
            openRuleDialog(false);
    });
    connect(m_newRule, &QPushButton::clicked, this, [this] { openRuleDialog(true); });
    connect(m_editRule, &QPushButton::clicked, this, [this] { openRuleDialog(false); });
    connect(m_toggleRule, &QPushButton::clicked, this, [this] {
        const int row = m_rulesTable->currentIndex().row();
        if (const AlertRule *r = m_rules->rowAt(row))
            setRuleEnabled(!r->enabled);
    });
    connect(m_deleteRule, &QPushButton::clicked, this, &AlertsView::deleteRule);
    updateActions();
}

AlertsApi AlertsView::api() const
{
    return AlertsApi(m_client, m_session->role() == u"admin");
}

bool AlertsView::canWrite() const
{
    const QString role = m_session->role();
    return role == u"admin" || role == u"customer_owner";
}

void AlertsView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    updateActions();
    m_model->reload();
    m_rules->reload();
}

void AlertsView::refresh()
{
    if (!m_activated)
        return;
    m_model->refresh();
    m_rules->refresh();
}

void AlertsView::createNew()
{
    if (!canWrite())
        return;
    m_tabs->setCurrentIndex(1);
    openRuleDialog(true);
}

void AlertsView::applyFilters(const QJsonObject &filters)
{
    const QString status = filters.value(u"status"_s).toString();
    if (std::optional<AlertStatus> s = fromString<AlertStatus>(status))
        showStatus(*s);
    m_tabs->setCurrentIndex(0);
}

void AlertsView::resetForNewSession()
{
    m_activated = false;
    m_eventRefresh.stop();
    m_model->clear();
    m_rules->clear();
    m_model->setFilters(QJsonObject{{u"status"_s, QJsonArray{u"active"_s}}});
    const QSignalBlocker blockTabs(m_statusTabs);
    m_statusTabs->setCurrentIndex(0);
    const QSignalBlocker blockSeverity(m_severity);
    m_severity->setCurrentIndex(0);
    m_detail->clear();
    m_tabs->setCurrentIndex(0);
    updateActions();
}

void AlertsView::showStatus(AlertStatus status)
{
    m_statusTabs->setCurrentIndex(int(status));
}

AlertStatus AlertsView::shownStatus() const
{
    return static_cast<AlertStatus>(std::clamp(m_statusTabs->currentIndex(), 0, 2));
}

const Alert *AlertsView::selectedAlert() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

void AlertsView::onAlertEvent(const QString &event, const QJsonObject &alert)
{
    Q_UNUSED(event);
    Q_UNUSED(alert);
    if (m_activated && !m_eventRefresh.isActive())
        m_eventRefresh.start();
}

void AlertsView::updateActions()
{
    const bool admin = m_session->role() == u"admin";
    const bool write = canWrite();
    const Alert *a = selectedAlert();
    m_ack->setVisible(write);
    m_ack->setEnabled(write && a && a->status == AlertStatus::Active);
    m_resolve->setVisible(admin);
    m_note->setVisible(admin);
    m_resolve->setEnabled(admin && a && a->isOpen());
    const AlertRule *r = m_rules->rowAt(m_rulesTable->currentIndex().row());
    if (!m_rulesTable->selectionModel()->hasSelection())
        r = nullptr;
    m_newRule->setVisible(write);
    m_editRule->setVisible(write);
    m_toggleRule->setVisible(write);
    m_deleteRule->setVisible(write);
    m_editRule->setEnabled(r != nullptr);
    m_toggleRule->setEnabled(r != nullptr);
    m_toggleRule->setText(r && !r->enabled ? tr("Enable") : tr("Disable"));
    m_deleteRule->setEnabled(r && !r->builtIn());
    m_deleteRule->setToolTip(r && r->builtIn() ? tr("Built-in rules cannot be deleted: disable "
                                                    "them instead")
                                               : QString());
}

void AlertsView::showDetail()
{
    updateActions();
    const Alert *a = selectedAlert();
    if (!a) {
        m_detail->setText(m_model->rowCount() == 0 ? tr("No alerts here.")
                                                   : tr("Select an alert to see its details."));
        return;
    }
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = u"<table>"_s;
    html += row(tr("Rule"), a->ruleName.isEmpty()
                                ? tr("(deleted rule)")
                                : a->ruleName + (a->ruleId ? u" #"_s + QString::number(*a->ruleId)
                                                           : QString()));
    if (AlertMetric::find(a->metricType))
        html += row(tr("Value"), tr("%1 %2 (threshold %3)")
                                     .arg(AlertRuleDialog::metricLabel(a->metricType),
                                          withUnit(a->currentValue, a->metricType),
                                          withUnit(a->threshold, a->metricType)));
    else
        html += row(tr("Event"), AlertRuleDialog::metricLabel(a->metricType));
    html += row(tr("Machine"), AlertText::machine(*a));
    html += row(tr("Tenant"), a->tenantName.isEmpty() ? tr("(not allocated)") : a->tenantName);
    html += row(tr("Severity"), AlertText::severity(a->severity));
    html += row(tr("Triggered"), timetext::textWithSeconds(a->triggeredAt));
    if (a->acknowledgedAt.isValid())
        html += row(tr("Acknowledged"),
                    tr("%1 by %2")
                        .arg(timetext::textWithSeconds(a->acknowledgedAt), a->acknowledgedByName));
    if (a->resolvedAt.isValid())
        html += row(
            tr("Resolved"),
            a->resolvedBy
                ? tr("%1 by %2").arg(timetext::textWithSeconds(a->resolvedAt), a->resolvedByName)
                : tr("%1, automatically (the condition cleared)")
                      .arg(timetext::textWithSeconds(a->resolvedAt)));
    if (!a->resolutionNote.isEmpty())
        html += row(tr("Note"), a->resolutionNote);
    html += row(tr("Message"), a->message);
    html += u"</table>"_s;
    m_detail->setText(html);
}

void AlertsView::acknowledgeSelected()
{
    const Alert *a = selectedAlert();
    if (!a || !canWrite())
        return;
    const qint64 id = a->id;
    m_ack->setEnabled(false);
    api().acknowledge(id, this, [this, id](Result<Alert> answer) {
        if (!answer) {
            showErrorDialog(this, tr("Acknowledging alert %1 failed").arg(id), answer.error());
            updateActions();
            return;
        }
        Q_EMIT statusMessage(tr("Alert %1 acknowledged").arg(id));
        m_model->refresh();
    });
}

void AlertsView::resolveSelected()
{
    const Alert *a = selectedAlert();
    if (!a || m_session->role() != u"admin")
        return;
    const qint64 id = a->id;
    m_resolve->setEnabled(false);
    api().resolve(id, m_note->text(), this, [this, id](Result<Alert> answer) {
        if (!answer) {
            showErrorDialog(this, tr("Resolving alert %1 failed").arg(id), answer.error());
            updateActions();
            return;
        }
        m_note->clear();
        Q_EMIT statusMessage(tr("Alert %1 resolved").arg(id));
        m_model->refresh();
    });
}

AlertRuleDialog *AlertsView::openRuleDialog(bool newRule)
{
    if (!canWrite())
        return nullptr;
    AlertRule rule;
    if (newRule) {
        rule.metricType = u"gpu_temperature"_s;
        rule.threshold = 85;
        rule.scope = api().isAdmin() ? AlertRule::Scope::All : AlertRule::Scope::Tenant;
    } else {
        const AlertRule *selected = m_rules->rowAt(m_rulesTable->currentIndex().row());
        if (!selected)
            return nullptr;
        rule = *selected;
    }
    auto *dialog = new AlertRuleDialog(api(), rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT statusMessage(tr("Alert rule '%1' saved").arg(dialog->saved().name));
        m_rules->refresh();
    });
    dialog->open();
    return dialog;
}

void AlertsView::setRuleEnabled(bool enabled)
{
    const AlertRule *selected = m_rules->rowAt(m_rulesTable->currentIndex().row());
    if (!selected)
        return;
    AlertRule rule = *selected;
    rule.enabled = enabled;
    api().updateRule(rule, this, [this](Result<AlertRule> answer) {
        if (!answer) {
            showErrorDialog(this, tr("Changing the alert rule failed"), answer.error());
            return;
        }
        m_rules->refresh();
    });
}

void AlertsView::deleteRule()
{
    const AlertRule *selected = m_rules->rowAt(m_rulesTable->currentIndex().row());
    if (!selected || selected->builtIn())
        return;
    const qint64 id = selected->id;
    const QString name = selected->name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete alert rule"),
                                tr("Delete the rule '%1'? Its open alerts are resolved; their "
                                   "history stays.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, id, name] {
        api().deleteRule(id, this, [this, name](Result<void> answer) {
            if (!answer) {
                showErrorDialog(this, tr("Deleting the rule '%1' failed").arg(name),
                                answer.error());
                return;
            }
            m_rules->refresh();
        });
    });
    box->open();
}

} // namespace remotegpu::ui
