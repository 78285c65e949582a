#include "AllocateDialog.h"

#include "AllocationFormSupport.h"
#include "ErrorBanner.h"
#include "MachineStatus.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int HostIdRole = Qt::UserRole + 1;
constexpr int FreeRole = Qt::UserRole + 2;
constexpr int MaxRemark = 512;

QDateTime wholeMinute(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
}
} // namespace

AllocateDialog::AllocateDialog(ApiClient *api, const QStringList &preselectedMachines,
                               QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_preselected(preselectedMachines)
    , m_errors(std::make_unique<FieldErrorLabels>())
{
    setObjectName(u"allocateDialog"_s);
    setWindowTitle(tr("New allocation"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(560, 620);

    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(u"tenantCombo"_s);
    m_tenant->setPlaceholderText(tr("Loading tenants…"));

    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(u"startEdit"_s);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(u"yyyy-MM-dd HH:mm t"_s);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(u"durationSpin"_s);
    m_duration->setRange(1, 3650);
    m_duration->setValue(30);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"durationUnit"_s);
    m_unit->addItem(tr("days"));
    m_unit->addItem(tr("months"));
    m_end = new QDateTimeEdit(this);
    m_end->setObjectName(u"endEdit"_s);
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(u"yyyy-MM-dd HH:mm t"_s);
    m_remark = new QLineEdit(this);
    m_remark->setObjectName(u"remarkEdit"_s);
    m_remark->setMaxLength(MaxRemark);
    m_remark->setPlaceholderText(tr("Optional: what the tenant rents it for"));

    m_machineFilter = new QLineEdit(this);
    m_machineFilter->setObjectName(u"machineFilter"_s);
    m_machineFilter->setPlaceholderText(tr("Filter machines…"));
    m_machineFilter->setClearButtonEnabled(true);
    m_machines = new QStandardItemModel(this);
    m_machineView = new QListView(this);
    m_machineView->setObjectName(u"machineList"_s);
    m_machineView->setModel(m_machines);
    m_machineView->setUniformItemSizes(true);
    m_machineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_machineState = new QLabel(this);
    m_machineState->setObjectName(u"machineState"_s);
    m_machineState->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &label, const QString &field, QWidget *widget) {
        auto *l = new QLabel(label, this);
        l->setBuddy(widget);
        form->addRow(l, m_errors->withError(field, widget, this));
    };
    addRow(tr("&Tenant:"), u"tenantId"_s, m_tenant);
    addRow(tr("&Start:"), u"startTime"_s, m_start);
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration);
    durationRow->addWidget(m_unit);
    durationRow->addStretch();
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, durationRow);
    addRow(tr("&End:"), u"endTime"_s, m_end);
    addRow(tr("&Remark:"), u"remark"_s, m_remark);

    auto *machinesTitle = new QLabel(tr("&Machines free for the whole period:"), this);
    machinesTitle->setBuddy(m_machineView);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"createButton"_s);
    ok->setText(tr("Create"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(machinesTitle);
    layout->addWidget(m_machineFilter);
    layout->addWidget(m_machineView, 1);
    layout->addWidget(m_errors->add(u"hostId"_s, this));
    layout->addWidget(m_machineState);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    // Start at the next whole hour; a month by default.
    const QDateTime now = m_now();
    const QDateTime start =
        QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 3600 + 1) * 3600, Qt::UTC);
    m_start->setDateTime(start.toLocalTime());
    durationChanged();

    m_freeDebounce.setSingleShot(true);
    m_freeDebounce.setInterval(350);
    connect(&m_freeDebounce, &QTimer::timeout, this, &AllocateDialog::loadFreeMachines);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this] { durationChanged(); });
    connect(m_duration, &QSpinBox::valueChanged, this, [this] { durationChanged(); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { durationChanged(); });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, [this] { endChanged(); });
    connect(m_tenant, &QComboBox::currentIndexChanged, this, [this] {
        m_errors->clear();
        updateSummary();
    });
    connect(m_machines, &QStandardItemModel::itemChanged, this, [this] { updateSummary(); });
    connect(m_machineFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_machines->rowCount(); ++row) {
            const QStandardItem *item = m_machines->item(row);
            m_machineView->setRowHidden(row, !text.isEmpty() &&
                                                 !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AllocateDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadTenants();
    loadFreeMachines();
}

AllocateDialog::~AllocateDialog() = default;

void AllocateDialog::setClock(Clock clock)
{
    m_now = std::move(clock);
}

QDateTime AllocateDialog::startUtc() const
{
    return wholeMinute(m_start->dateTime().toUTC());
}

QDateTime AllocateDialog::endUtc() const
{
    return wholeMinute(m_end->dateTime().toUTC());
}

void AllocateDialog::durationChanged()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QDateTime start = m_start->dateTime();
    const QDateTime end = m_unit->currentIndex() == 1 ? start.addMonths(m_duration->value())
                                                      : start.addDays(m_duration->value());
    m_end->setDateTime(end);
    m_syncing = false;
    scheduleFreeMachines();
    updateSummary();
}

void AllocateDialog::endChanged()
{
    if (m_syncing)
        return;
    // An end typed by hand: show the duration in whole days when it is one.
    m_syncing = true;
    const qint64 secs = m_start->dateTime().secsTo(m_end->dateTime());
    if (secs > 0 && secs % 86400 == 0) {
        m_unit->setCurrentIndex(0);
        m_duration->setValue(int(std::min<qint64>(secs / 86400, 3650)));
    }
    m_syncing = false;
    scheduleFreeMachines();
    updateSummary();
}

void AllocateDialog::scheduleFreeMachines()
{
    m_freeDebounce.start();
}

void AllocateDialog::loadTenants()
{
    ++m_pending;
    m_api.owners(this, [this](Result<QList<Customer>> owners) {
        --m_pending;
        Q_EMIT busyChanged(isBusy());
        if (!owners.ok()) {
            m_tenant->setPlaceholderText(tr("Tenants could not be loaded"));
            showErrorDialog(this, tr("Loading tenants failed"), owners.error());
            return;
        }
        m_tenant->clear();
        m_tenant->setPlaceholderText(tr("Choose a tenant"));
        for (const Customer &c : std::as_const(*owners)) {
            const QString name = !c.company.isEmpty()       ? c.company
                                 : !c.displayName.isEmpty() ? c.displayName
                                                            : c.username;
            m_tenant->addItem(name == c.username ? name : u"%1 (%2)"_s.arg(name, c.username), c.id);
        }
        m_tenant->setCurrentIndex(-1);
    });
    Q_EMIT busyChanged(isBusy());
}

void AllocateDialog::loadFreeMachines()
{
    const QDateTime from = startUtc();
    const QDateTime to = endUtc();
    if (!(from < to)) {
        m_machineState->setText(tr("Choose an end after the start to see the free machines."));
        return;
    }
    const quint64 generation = ++m_freeGeneration;
    ++m_pending;
    Q_EMIT busyChanged(isBusy());
    m_machineState->setText(
        tr("Looking for machines free from %1 to %2…").arg(localTimeText(from), localTimeText(to)));
    m_api.freeWindowsOfFleet(
        from, to, this, [this, generation, from, to](Result<FreeWindows> answer) {
            --m_pending;
            if (generation != m_freeGeneration) {
                Q_EMIT busyChanged(isBusy());
                return;
            }
            if (!answer.ok()) {
                m_machineState->setText(
                    tr("The free machines could not be loaded: %1").arg(answer.error().message));
                Q_EMIT busyChanged(isBusy());
                return;
            }
            QStringList wasChecked = checkedMachines();
            if (m_machines->rowCount() == 0)
                wasChecked = m_preselected;
            m_machines->clear();
            int freeCount = 0;
            for (const HostFreeWindows &h : std::as_const(answer->hosts)) {
                const bool free = h.isFreeOver(from, to);
                const bool wanted = m_preselected.contains(h.hostId);
                if (!free && !wanted)
                    continue;
                const QString name = machinestatus::machineName(h.hostId, h.hostName);
                auto *item = new QStandardItem(
                    free ? name
                         : tr("%1 — not free: %2")
                               .arg(name, h.inMaintenance ? tr("in maintenance")
                                                          : tr("held during this period")));
                item->setData(h.hostId, HostIdRole);
                item->setData(free, FreeRole);
                item->setEditable(false);
                item->setCheckable(free);
                item->setEnabled(free);
                item->setCheckState(free && wasChecked.contains(h.hostId) ? Qt::Checked
                                                                          : Qt::Unchecked);
                m_machines->appendRow(item);
                if (free)
                    ++freeCount;
            }
            m_machineState->setText(freeCount == 0 ? tr("No machine is free for the whole period.")
                                                   : tr("%n machine(s) free for the whole period.",
                                                        nullptr, freeCount));
            if (!m_machineFilter->text().isEmpty())
                Q_EMIT m_machineFilter->textChanged(m_machineFilter->text());
            updateSummary();
            Q_EMIT busyChanged(isBusy());
        });
}

QStringList AllocateDialog::checkedMachines() const
{
    QStringList ids;
    for (int row = 0; row < m_machines->rowCount(); ++row) {
        const QStandardItem *item = m_machines->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(HostIdRole).toString();
    }
    return ids;
}

bool AllocateDialog::setMachineChecked(const QString &hostId, bool checked)
{
    for (int row = 0; row < m_machines->rowCount(); ++row) {
        QStandardItem *item = m_machines->item(row);
        if (item->data(HostIdRole).toString() == hostId && item->data(FreeRole).toBool()) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void AllocateDialog::updateSummary()
{
    const int n = int(checkedMachines().size());
    const QDateTime from = startUtc();
    const QDateTime to = endUtc();
    if (n == 0 || !(from < to)) {
        m_summary->clear();
        return;
    }
    m_summary->setText(
        tr("%n machine(s) for %1, %2.", nullptr, n)
            .arg(m_tenant->currentIndex() >= 0 ? m_tenant->currentText() : tr("(no tenant yet)"),
                 periodText(from, to)));
}

bool AllocateDialog::validateForm()
{
    m_errors->clear();
    if (m_tenant->currentIndex() < 0)
        m_errors->set(u"tenantId"_s, tr("Choose the tenant the machines are for."));
    const QDateTime from = startUtc();
    const QDateTime to = endUtc();
    if (!(from < to))
        m_errors->set(u"endTime"_s, tr("The end must be after the start."));
    else if (to <= m_now())
        m_errors->set(u"endTime"_s, tr("The end must be in the future."));
    if (checkedMachines().isEmpty())
        m_errors->set(u"hostId"_s, tr("Check at least one free machine."));
    if (m_remark->text().size() > MaxRemark)
        m_errors->set(u"remark"_s, tr("At most %1 characters.").arg(MaxRemark));
    return !m_errors->any();
}

void AllocateDialog::setSending(bool sending)
{
    m_sending = sending;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!sending);
    m_buttons->button(QDialogButtonBox::Ok)->setText(sending ? tr("Creating…") : tr("Create"));
    for (QWidget *w : {static_cast<QWidget *>(m_tenant), static_cast<QWidget *>(m_start),
                       static_cast<QWidget *>(m_duration), static_cast<QWidget *>(m_unit),
                       static_cast<QWidget *>(m_end), static_cast<QWidget *>(m_machineView)})
        w->setEnabled(!sending);
    Q_EMIT busyChanged(isBusy());
}

void AllocateDialog::submit()
{
    if (m_sending || !validateForm())
        return;
    m_queue = checkedMachines();
    m_failures.clear();
    setSending(true);
    sendNext();
}

void AllocateDialog::sendNext()
{
    if (m_queue.isEmpty()) {
        setSending(false);
        if (m_failures.isEmpty()) {
            Q_EMIT done(m_created);
            accept();
        }
        return;
    }
    const QString hostId = m_queue.takeFirst();
    AllocationsApi::CreateRequest request;
    request.hostId = hostId;
    request.tenantId = m_tenant->currentData().toLongLong();
    request.startTime = startUtc();
    request.endTime = endUtc();
    request.remark = m_remark->text().trimmed();
    m_api.create(request, this, [this, hostId](Result<Allocation> answer) {
        if (answer.ok()) {
            m_created << answer->id;
            setMachineChecked(hostId, false);
            sendNext();
            return;
        }
        m_failures << hostId;
        const Error &error = answer.error();
        // Field errors go beside their fields; anything else (the 409 naming the other lease)
        // in a dialog with the trace id. The remaining machines are not sent.
        m_queue.clear();
        setSending(false);
        if (!m_errors->show(error))
            showErrorDialog(this, tr("Allocating %1 failed").arg(hostId), error);
        if (!m_created.isEmpty())
            m_summary->setText(
                tr("Created %1. Not created: %2.").arg(m_created.join(u", "_s), hostId));
        if (error.kind == ErrorKind::Conflict)
            loadFreeMachines();
    });
}

} // namespace remotegpu::ui
