#include "AuditView.h"

#include "AuditCsvExport.h"
#include "AuditDiffModel.h"
#include "EnumTable.h"
#include "ErrorBanner.h"
#include "HeaderStateKeeper.h"
#include "ListFields.h"
#include "PagedTableModel.h"
#include "SelectionKeeper.h"
#include "Theme.h"
#include "TimeText.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// "customer #8": the target's type and id, as the entry recorded them.
QString targetReference(const AuditEntry &e)
{
    if (e.resourceType.isEmpty())
        return e.resourceId;
    return e.resourceId.isEmpty() ? e.resourceType : e.resourceType + u" #"_s + e.resourceId;
}

// "customer acme": the target's type and current name, or its reference when it has none (gone,
// or a type without a name).
QString targetText(const AuditEntry &e)
{
    if (e.targetName.isEmpty())
        return targetReference(e);
    return e.resourceType.isEmpty() ? e.targetName : e.resourceType + u' ' + e.targetName;
}

QVariant resultData(const AuditEntry &e, int role)
{
    const bool failed = e.result == AuditResult::Failure;
    switch (role) {
    case Qt::DisplayRole:
        return failed ? AuditView::tr("Failure") : AuditView::tr("Success");
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(failed ? QStyle::SP_MessageBoxWarning
                                                          : QStyle::SP_DialogApplyButton);
    case Qt::ForegroundRole:
        if (!failed)
            return {};
        return QBrush(isDarkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    case Qt::ToolTipRole:
        return e.errorMessage.isEmpty() ? QVariant() : QVariant(e.errorMessage);
    default:
        return {};
    }
}

template<typename F>
PagedColumn<AuditEntry> textColumn(const QString &title, const QString &sortField, F text)
{
    return {title, sortField, [text](const AuditEntry &e, int role) -> QVariant {
                if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                    return text(e);
                return {};
            }};
}

// The actions the server records (docs/api.md, "Audit trail"), offered in the action filter.
QStringList knownActions()
{
    return {u"auth.login"_s,
            u"auth.refresh"_s,
            u"auth.logout"_s,
            u"auth.password_reset.request"_s,
            u"auth.password_reset.confirm"_s,
            u"auth.bootstrap_admin"_s,
            u"machine.create"_s,
            u"machine.update"_s,
            u"machine.delete"_s,
            u"machine.maintenance"_s,
            u"machine.import"_s,
            u"allocation.create"_s,
            u"allocation.extend"_s,
            u"allocation.reclaim"_s,
            u"allocation.bulk_extend"_s,
            u"allocation.activate"_s,
            u"allocation.expire"_s,
            u"customer.create"_s,
            u"customer.update"_s,
            u"customer.disable"_s,
            u"customer.enable"_s,
            u"customer.delete"_s,
            u"workspace.create"_s,
            u"workspace.member_add"_s,
            u"workspace.member_remove"_s,
            u"settings.update"_s,
            u"profile.update"_s,
            u"ssh_key.create"_s,
            u"ssh_key.delete"_s};
}

QDateTime parseFilterTime(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !v.toString().endsWith(u'Z'))
        t.setTimeSpec(Qt::UTC); // no zone means UTC on every route
    return t;
}

} // namespace

AuditView::AuditView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Audit"),
                  tr("Who did what to which target, when, from where, and with what result."),
                  parent)
    , m_api(api)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    Q_UNUSED(session);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(300);
    connect(&m_applyTimer, &QTimer::timeout, this, &AuditView::apply);

    buildFilters();

    m_banner = new ErrorBanner(this);
    contentLayout()->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] { m_model->reload(); });

    const AuditApi auditApi(api);
    m_model = new PagedTableModel<AuditEntry>(
        {
            {tr("Time"), u"createdAt"_s,
             [](const AuditEntry &e, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return timetext::textWithSeconds(e.createdAt);
                 if (role == Qt::ToolTipRole)
                     return e.createdAt.toUTC().toString(Qt::ISODateWithMs);
                 return {};
             }},
            textColumn(tr("User"), u"username"_s, [](const AuditEntry &e) { return e.username; }),
            textColumn(tr("Action"), u"action"_s, [](const AuditEntry &e) { return e.action; }),
            {tr("Target"), QString(),
             [](const AuditEntry &e, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return targetText(e);
                 if (role == Qt::ToolTipRole) // the recorded reference; the name is today's
                     return targetReference(e);
                 return {};
             }},
            {tr("Result"), u"result"_s, resultData},
            textColumn(tr("IP address"), QString(),
                       [](const AuditEntry &e) { return e.ipAddress; }),
            textColumn(tr("Trace id"), QString(), [](const AuditEntry &e) { return e.traceId; }),
        },
        [this, auditApi](const PageRequest &request, QObject *context,
                         Reply<Page<AuditEntry>> reply) {
            if (!m_activated)
                return; // nothing is sent before the section is first shown (nor signed out)
            auditApi.list(request, context, std::move(reply));
        },
        [](const AuditEntry &e) { return QString::number(e.id); }, this);
    m_model->setObjectName(u"auditModel"_s);
    m_model->setSort(u"createdAt"_s, Qt::DescendingOrder);

    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(Time, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Time, 150);
    m_table->setColumnWidth(User, 110);
    m_table->setColumnWidth(Action, 165);
    m_table->setColumnWidth(Target, 320);
    m_table->setColumnWidth(Outcome, 100);
    m_table->setColumnWidth(Address, 105);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &AuditView::showContextMenu);
    SelectionKeeper::attach(m_table, m_model);
    HeaderStateKeeper::attach(m_table->horizontalHeader(), u"audit"_s);

    // The detail pane.
    m_detail = new QWidget(this);
    m_detail->setObjectName(u"auditDetail"_s);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_detailTitle = new QLabel(m_detail);
    m_detailTitle->setObjectName(u"auditDetailTitle"_s);
    m_detailTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    detailLayout->addWidget(m_detailTitle);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_detailWhen = new QLabel(m_detail);
    m_detailWhen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailRequest = new QLabel(m_detail);
    m_detailRequest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailError = new QLabel(m_detail);
    m_detailError->setObjectName(u"auditDetailError"_s);
    m_detailError->setWordWrap(true);
    m_detailError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailIp = new QLineEdit(m_detail);
    m_detailIp->setObjectName(u"auditDetailIp"_s);
    m_detailIp->setReadOnly(true);
    m_detailTrace = new QLineEdit(m_detail);
    m_detailTrace->setObjectName(u"auditDetailTrace"_s);
    m_detailTrace->setReadOnly(true);
    auto *copyTrace = new QPushButton(tr("Copy"), m_detail);
    copyTrace->setObjectName(u"auditCopyTrace"_s);
    copyTrace->setToolTip(tr("Copy the trace id, to find the server's log lines of this request"));
    connect(copyTrace, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_detailTrace->text());
        Q_EMIT statusMessage(tr("Trace id copied"));
    });
    auto *traceRow = new QHBoxLayout;
    traceRow->addWidget(m_detailTrace, 1);
    traceRow->addWidget(copyTrace);
    facts->addRow(tr("When:"), m_detailWhen);
    facts->addRow(tr("Request:"), m_detailRequest);
    facts->addRow(tr("Error:"), m_detailError);
    facts->addRow(tr("IP address:"), m_detailIp);
    facts->addRow(tr("Trace id:"), traceRow);
    detailLayout->addLayout(facts);

    m_diffCaption = new QLabel(m_detail);
    m_diffCaption->setObjectName(u"auditDiffCaption"_s);
    detailLayout->addWidget(m_diffCaption);
    m_diff = new AuditDiffModel(this);
    m_diffView = new QTableView(m_detail);
    m_diffView->setObjectName(u"auditDiff"_s);
    m_diffView->setModel(m_diff);
    m_diffView->verticalHeader()->hide();
    m_diffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffView->setWordWrap(false);
    m_diffView->horizontalHeader()->setSectionResizeMode(AuditDiffModel::Field,
                                                         QHeaderView::ResizeToContents);
    m_diffView->horizontalHeader()->setSectionResizeMode(AuditDiffModel::Before,
                                                         QHeaderView::Stretch);
    m_diffView->horizontalHeader()->setSectionResizeMode(AuditDiffModel::After,
                                                         QHeaderView::Stretch);
    m_diffView->horizontalHeader()->setSectionResizeMode(AuditDiffModel::Change,
                                                         QHeaderView::ResizeToContents);
    detailLayout->addWidget(m_diffView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"auditSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The list first: the pane's change table scrolls, and few entries change many fields.
    m_diffView->setMinimumHeight(m_diffView->verticalHeader()->defaultSectionSize() * 4);
    splitter->setSizes({600, 300});
    contentLayout()->addWidget(splitter, 1);

    // The bottom line: how many entries, and the export's progress.
    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(u"auditCount"_s);
    bottom->addWidget(m_count, 1);
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(u"auditExportProgress"_s);
    m_exportProgress->setMaximumWidth(260);
    m_exportProgress->setFormat(tr("Exporting %v of %m"));
    m_exportProgress->hide();
    bottom->addWidget(m_exportProgress);
    m_exportCancel = new QPushButton(tr("Cancel"), this);
    m_exportCancel->setObjectName(u"auditExportCancel"_s);
    m_exportCancel->hide();
    bottom->addWidget(m_exportCancel);
    contentLayout()->addLayout(bottom);

    m_export = new AuditCsvExport(api, this);
    connect(m_exportCancel, &QPushButton::clicked, m_export, &AuditCsvExport::cancel);
    auto exportEnded = [this] {
        m_exportProgress->hide();
        m_exportCancel->hide();
        m_exportButton->setEnabled(true);
    };
    connect(m_export, &AuditCsvExport::progress, this, [this](qint64 written, qint64 total) {
        m_exportProgress->setMaximum(int(std::max<qint64>(total, 1)));
        m_exportProgress->setValue(int(written));
    });
    connect(m_export, &AuditCsvExport::finished, this,
            [this, exportEnded](qint64 rows, const QString &path) {
                exportEnded();
                Q_EMIT statusMessage(tr("%n audit entries exported to %1", nullptr, int(rows))
                                         .arg(QDir::toNativeSeparators(path)));
            });
    connect(m_export, &AuditCsvExport::canceled, this, [this, exportEnded] {
        exportEnded();
        Q_EMIT statusMessage(tr("Export cancelled"));
    });
    connect(m_export, &AuditCsvExport::failed, this, [this, exportEnded](const Error &error) {
        exportEnded();
        showErrorDialog(this, tr("Exporting the audit trail failed"), error);
    });

    connect(m_model, &PagedTableModelBase::loaded, this, [this] {
        m_banner->clear();
        updateCount();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        showDetail();
    });
    connect(m_model, &PagedTableModelBase::loadFailed, this, [this](const Error &error) {
        m_banner->showError(tr("Loading the audit trail failed"), error);
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showDetail(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showDetail(); });
    showDetail();
    updateCount();
}

AuditView::~AuditView() = default;

void AuditView::buildFilters()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);

    m_user = new QLineEdit(this);
    m_user->setObjectName(u"auditUserFilter"_s);
    m_user->setPlaceholderText(tr("User name"));
    m_user->setClearButtonEnabled(true);

    m_action = new QComboBox(this);
    m_action->setObjectName(u"auditActionFilter"_s);
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->addItem(QString());
    m_action->addItems(knownActions());
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_action->lineEdit()->setClearButtonEnabled(true);
    m_action->setMinimumContentsLength(18);

    m_resourceType = new QLineEdit(this);
    m_resourceType->setObjectName(u"auditTargetTypeFilter"_s);
    m_resourceType->setPlaceholderText(tr("Target type (machine, customer…)"));
    m_resourceType->setClearButtonEnabled(true);
    m_resourceId = new QLineEdit(this);
    m_resourceId->setObjectName(u"auditTargetIdFilter"_s);
    m_resourceId->setPlaceholderText(tr("Target id"));
    m_resourceId->setClearButtonEnabled(true);

    m_result = new QComboBox(this);
    m_result->setObjectName(u"auditResultFilter"_s);
    m_result->addItem(tr("Any result"), QString());
    m_result->addItem(tr("Success"), u"success"_s);
    m_result->addItem(tr("Failure"), u"failure"_s);

    m_traceId = new QLineEdit(this);
    m_traceId->setObjectName(u"auditTraceFilter"_s);
    m_traceId->setPlaceholderText(tr("Trace id"));
    m_traceId->setClearButtonEnabled(true);

    const QString format = u"yyyy-MM-dd HH:mm"_s;
    m_fromOn = new QCheckBox(tr("From"), this);
    m_fromOn->setObjectName(u"auditFromEnabled"_s);
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(u"auditFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(format);
    m_from->setTimeSpec(Qt::LocalTime);
    m_from->setEnabled(false);
    m_from->setDateTime(m_clock().toLocalTime().addDays(-1));
    m_from->setToolTip(tr("Local time; entries at or after it"));
    m_toOn = new QCheckBox(tr("To"), this);
    m_toOn->setObjectName(u"auditToEnabled"_s);
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(u"auditTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(format);
    m_to->setTimeSpec(Qt::LocalTime);
    m_to->setEnabled(false);
    m_to->setDateTime(m_clock().toLocalTime());
    m_to->setToolTip(tr("Local time; entries before it"));

    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(u"auditClearFilters"_s);
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setObjectName(u"auditExport"_s);
    m_exportButton->setToolTip(tr("Write every entry matching the filters to a CSV file"));

    grid->addWidget(m_user, 0, 0);
    grid->addWidget(m_action, 0, 1);
    grid->addWidget(m_resourceType, 0, 2);
    grid->addWidget(m_resourceId, 0, 3);
    grid->addWidget(m_result, 0, 4);
    auto *times = new QHBoxLayout;
    times->addWidget(m_fromOn);
    times->addWidget(m_from);
    times->addSpacing(8);
    times->addWidget(m_toOn);
    times->addWidget(m_to);
    times->addStretch(1);
    grid->addWidget(m_traceId, 1, 0);
    grid->addLayout(times, 1, 1, 1, 2);
    grid->addWidget(clear, 1, 3);
    grid->addWidget(m_exportButton, 1, 4);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 1);
    contentLayout()->addLayout(grid);

    for (QLineEdit *edit : {m_user, m_resourceType, m_resourceId, m_traceId}) {
        connect(edit, &QLineEdit::textChanged, this, &AuditView::scheduleApply);
        connect(edit, &QLineEdit::returnPressed, this, &AuditView::apply);
    }
    connect(m_action, &QComboBox::currentTextChanged, this, &AuditView::scheduleApply);
    connect(m_result, &QComboBox::currentIndexChanged, this, &AuditView::apply);
    connect(m_fromOn, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        if (on && !m_toOn->isChecked())
            m_from->setDateTime(m_clock().toLocalTime().addDays(-1));
        apply();
    });
    connect(m_toOn, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        if (on)
            m_to->setDateTime(m_clock().toLocalTime().addSecs(60));
        apply();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditView::scheduleApply);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditView::scheduleApply);
    connect(clear, &QPushButton::clicked, this, &AuditView::clearFilters);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditView::askExportFile);
}

QJsonObject AuditView::currentFilters() const
{
    QJsonObject f;
    auto text = [&f](const QString &field, const QString &value) {
        if (!value.trimmed().isEmpty())
            f.insert(field, value.trimmed());
    };
    text(u"username"_s, m_user->text());
    text(u"action"_s, m_action->currentText());
    text(u"resourceType"_s, m_resourceType->text());
    text(u"resourceId"_s, m_resourceId->text());
    text(u"result"_s, m_result->currentData().toString());
    text(u"traceId"_s, m_traceId->text());
    if (m_fromOn->isChecked())
        f.insert(u"from"_s, m_from->dateTime().toUTC().toString(Qt::ISODateWithMs));
    if (m_toOn->isChecked())
        f.insert(u"to"_s, m_to->dateTime().toUTC().toString(Qt::ISODateWithMs));
    return f;
}

void AuditView::scheduleApply()
{
    m_applyTimer.start();
}

void AuditView::apply()
{
    m_applyTimer.stop();
    if (!m_activated)
        return;
    const QJsonObject filters = currentFilters();
    if (filters != m_model->filters() || m_model->lastError())
        m_model->setFilters(filters);
}

void AuditView::clearFilters()
{
    applyFilters({});
}

void AuditView::applyFilters(const QJsonObject &filters)
{
    setFilterFields(filters);
    if (!m_activated) {
        activate();
        return;
    }
    apply();
}

void AuditView::setFilterFields(const QJsonObject &filters)
{
    const QSignalBlocker b1(m_user), b2(m_action), b3(m_resourceType), b4(m_resourceId),
        b5(m_result), b6(m_traceId), b7(m_fromOn), b8(m_toOn), b9(m_from), b10(m_to);
    m_user->setText(filters.value(u"username"_s).toString());
    m_action->setCurrentText(filters.value(u"action"_s).toString());
    m_resourceType->setText(filters.value(u"resourceType"_s).toString());
    m_resourceId->setText(filters.value(u"resourceId"_s).toVariant().toString());
    m_result->setCurrentIndex(
        std::max(0, m_result->findData(filters.value(u"result"_s).toString())));
    m_traceId->setText(filters.value(u"traceId"_s).toString());
    const QDateTime from = parseFilterTime(filters.value(u"from"_s));
    const QDateTime to = parseFilterTime(filters.value(u"to"_s));
    m_fromOn->setChecked(from.isValid());
    m_from->setEnabled(from.isValid());
    if (from.isValid())
        m_from->setDateTime(from.toLocalTime());
    m_toOn->setChecked(to.isValid());
    m_to->setEnabled(to.isValid());
    if (to.isValid())
        m_to->setDateTime(to.toLocalTime());
}

void AuditView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->setFilters(currentFilters());
}

void AuditView::refresh()
{
    if (!m_activated) {
        activate();
        return;
    }
    m_model->refresh();
}

void AuditView::focusSearch()
{
    m_user->setFocus(Qt::ShortcutFocusReason);
    m_user->selectAll();
}

void AuditView::resetForNewSession()
{
    m_export->cancel();
    m_activated = false;
    m_banner->clear();
    setFilterFields({});
    m_model->clear(); // sends nothing until shown again (see activate)
}

void AuditView::updateCount()
{
    if (m_model->lastError()) {
        m_count->setText(QString());
        return;
    }
    m_count->setText(
        tr("%1 of %n entries loaded", nullptr, int(m_model->totalRows())).arg(m_model->rowCount()));
}

void AuditView::showDetail()
{
    const AuditEntry *e = m_model->rowAt(m_table->currentIndex().row());
    m_detail->setEnabled(e != nullptr);
    if (!e) {
        m_detailTitle->setText(tr("Select an entry to see its details"));
        m_detailWhen->clear();
        m_detailRequest->clear();
        m_detailError->clear();
        m_detailIp->clear();
        m_detailTrace->clear();
        m_diff->setDetail({});
        m_diffCaption->clear();
        return;
    }
    const QString who = e->username.isEmpty() ? tr("(unknown user)") : e->username;
    const QString target = targetText(*e);
    m_detailTitle->setText(
        target.isEmpty()
            ? tr("%1 — %2 — %3").arg(e->action, who, resultData(*e, Qt::DisplayRole).toString())
            : tr("%1 on %2 — %3 — %4")
                  .arg(e->action, target, who, resultData(*e, Qt::DisplayRole).toString()));
    m_detailWhen->setText(tr("%1 (local), %2 UTC")
                              .arg(timetext::textWithSeconds(e->createdAt),
                                   e->createdAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)));
    QString request = QString(e->requestMethod + u' ' + e->requestPath).trimmed();
    if (e->statusCode)
        request += tr(" → %1").arg(*e->statusCode);
    m_detailRequest->setText(request.isEmpty() ? tr("—") : request);
    m_detailError->setText(e->errorMessage.isEmpty() ? tr("—") : e->errorMessage);
    m_detailIp->setText(e->ipAddress);
    m_detailTrace->setText(e->traceId);
    m_diff->setDetail(e->detail);
    if (e->detail.isEmpty())
        m_diffCaption->setText(tr("No further detail recorded."));
    else if (m_diff->isChange())
        m_diffCaption->setText(tr("Change (changed fields are highlighted):"));
    else
        m_diffCaption->setText(tr("Detail:"));
}

void AuditView::askExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export audit trail"));
    dialog->setObjectName(u"auditExportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(u"audit-%1.csv"_s.arg(m_clock().toLocalTime().toString(u"yyyyMMdd-HHmm"_s)));
    connect(dialog, &QFileDialog::fileSelected, this, &AuditView::exportTo);
    dialog->open();
}

void AuditView::exportTo(const QString &path)
{
    if (path.isEmpty())
        return;
    m_exportButton->setEnabled(false);
    m_exportProgress->setMaximum(std::max<int>(1, int(m_model->totalRows())));
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_exportCancel->show();
    m_export->start(currentFilters(), path);
}

void AuditView::showContextMenu(const QPoint &pos)
{
    const AuditEntry *e = m_model->rowAt(m_table->indexAt(pos).row());
    if (!e)
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const AuditEntry entry = *e;
    auto narrow = [this](const QString &field, const QString &value) {
        QJsonObject f = currentFilters();
        f.insert(field, value);
        applyFilters(f);
    };
    if (!entry.username.isEmpty())
        menu->addAction(tr("Only user %1").arg(entry.username), this,
                        [narrow, entry] { narrow(u"username"_s, entry.username); });
    menu->addAction(tr("Only action %1").arg(entry.action), this,
                    [narrow, entry] { narrow(u"action"_s, entry.action); });
    if (!entry.resourceType.isEmpty() && !entry.resourceId.isEmpty())
        menu->addAction(tr("Only this target"), this, [this, entry] {
            QJsonObject f = currentFilters();
            f.insert(u"resourceType"_s, entry.resourceType);
            f.insert(u"resourceId"_s, entry.resourceId);
            applyFilters(f);
        });
    menu->addSeparator();
    if (!entry.traceId.isEmpty())
        menu->addAction(tr("Copy trace id"), this,
                        [entry] { QGuiApplication::clipboard()->setText(entry.traceId); });
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

} // namespace remotegpu::ui
