#include "ExtendDialog.h"

#include "AllocationFormSupport.h"
#include "BulkExtendResult.h"
#include "ErrorBanner.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int PreviewLines = 8;
}

ExtendDialog::ExtendDialog(ApiClient *api, const QStringList &allocationIds, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_ids(allocationIds)
    , m_errors(std::make_unique<FieldErrorLabels>())
{
    m_ids.removeDuplicates();
    setObjectName(u"extendDialog"_s);
    setWindowTitle(m_ids.size() == 1 ? tr("Extend allocation")
                                     : tr("Extend %n allocation(s)", nullptr, int(m_ids.size())));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(520, 360);

    m_byDays = new QRadioButton(tr("&By"), this);
    m_byDays->setObjectName(u"byDaysRadio"_s);
    m_byDays->setChecked(true);
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"daysSpin"_s);
    m_days->setRange(1, BulkExtendResult::MaxDays);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_toEnd = new QRadioButton(tr("&To"), this);
    m_toEnd->setObjectName(u"toEndRadio"_s);
    m_end = new QDateTimeEdit(this);
    m_end->setObjectName(u"endEdit"_s);
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(u"yyyy-MM-dd HH:mm t"_s);
    m_end->setEnabled(false);
    m_preview = new QLabel(tr("Loading…"), this);
    m_preview->setObjectName(u"previewLabel"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(m_days);
    daysRow->addStretch();
    form->addRow(m_byDays, m_errors->withError(u"extendDays"_s, daysRow, this));
    form->addRow(m_toEnd, m_errors->withError(u"endTime"_s, m_end, this));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"extendButton"_s);
    ok->setText(tr("Extend"));
    ok->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors->add(u"ids"_s, this));
    auto *previewTitle = new QLabel(tr("New ends:"), this);
    layout->addWidget(previewTitle);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    connect(m_byDays, &QRadioButton::toggled, this, [this](bool on) {
        m_days->setEnabled(on);
        m_end->setEnabled(!on);
        updatePreview();
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this] { updatePreview(); });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, [this] { updatePreview(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExtendDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load();
}

ExtendDialog::~ExtendDialog() = default;

void ExtendDialog::setClock(Clock clock)
{
    m_now = std::move(clock);
}

void ExtendDialog::setDays(int days)
{
    m_byDays->setChecked(true);
    m_days->setValue(days);
}

void ExtendDialog::setNewEnd(const QDateTime &utc)
{
    m_toEnd->setChecked(true);
    m_end->setDateTime(utc.toLocalTime());
}

void ExtendDialog::load()
{
    if (m_ids.isEmpty() || m_ids.size() > BulkExtendResult::MaxIds) {
        m_preview->setText(
            tr("Choose between 1 and %1 allocations to extend.").arg(BulkExtendResult::MaxIds));
        m_errors->set(u"ids"_s, tr("%n allocation(s) chosen.", nullptr, int(m_ids.size())));
        return;
    }
    // One detail request per allocation, gathered in the order given.
    struct Gather
    {
        QList<std::optional<Allocation>> items;
        int pending = 0;
        bool failed = false;
    };
    auto g = std::make_shared<Gather>();
    g->items.resize(m_ids.size());
    g->pending = int(m_ids.size());
    for (int i = 0; i < m_ids.size(); ++i) {
        m_api.get(m_ids.at(i), this, [this, g, i](Result<Allocation> a) {
            if (g->failed)
                return;
            if (!a.ok()) {
                g->failed = true;
                m_preview->setText(tr("The allocations could not be loaded."));
                showErrorDialog(this, tr("Loading %1 failed").arg(m_ids.at(i)), a.error());
                return;
            }
            g->items[i] = *a;
            if (--g->pending > 0)
                return;
            for (const auto &item : std::as_const(g->items))
                m_allocations << *item;
            QDateTime latest;
            for (const Allocation &x : std::as_const(m_allocations))
                if (!latest.isValid() || x.endTime > latest)
                    latest = x.endTime;
            m_end->setDateTime(latest.addDays(7).toLocalTime());
            m_loaded = true;
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            updatePreview();
            Q_EMIT loadedChanged();
        });
    }
}

QDateTime ExtendDialog::newEndOf(const Allocation &a) const
{
    if (m_byDays->isChecked())
        return a.endTime.addDays(m_days->value());
    return QDateTime::fromSecsSinceEpoch(m_end->dateTime().toUTC().toSecsSinceEpoch() / 60 * 60,
                                         Qt::UTC);
}

void ExtendDialog::updatePreview()
{
    if (!m_loaded)
        return;
    QStringList lines;
    const QDateTime now = m_now();
    for (int i = 0; i < m_allocations.size() && i < PreviewLines; ++i) {
        const Allocation &a = m_allocations.at(i);
        const QDateTime to = newEndOf(a);
        const bool ok = to > a.endTime;
        lines << u"<b>%1</b> %2 — %3: %4 → <b>%5</b>%6"_s.arg(
            a.id.toHtmlEscaped(), (a.hostName.isEmpty() ? a.hostId : a.hostName).toHtmlEscaped(),
            a.tenantName.toHtmlEscaped(), localTimeText(a.endTime), localTimeText(to),
            ok ? u" (%1)"_s.arg(tr("+%1 d").arg(a.endTime.daysTo(to)))
               : u" <span style='color:#d03b3b'>%1</span>"_s.arg(
                     tr("⚠ not after the current end")));
        if (leaseState(a, now) == LeaseState::Expired ||
            leaseState(a, now) == LeaseState::Reclaimed)
            lines.last() += u" <span style='color:#d03b3b'>%1</span>"_s.arg(
                tr("⚠ already ended: cannot be extended"));
    }
    if (m_allocations.size() > PreviewLines)
        lines << tr("…and %n more", nullptr, int(m_allocations.size()) - PreviewLines);
    m_preview->setText(lines.join(u"<br>"_s));
}

bool ExtendDialog::validateForm()
{
    m_errors->clear();
    if (m_ids.isEmpty() || m_ids.size() > BulkExtendResult::MaxIds)
        m_errors->set(u"ids"_s, tr("Choose between 1 and %1 allocations (%2 chosen).")
                                    .arg(BulkExtendResult::MaxIds)
                                    .arg(m_ids.size()));
    if (m_byDays->isChecked()) {
        if (m_days->value() < 1 || m_days->value() > BulkExtendResult::MaxDays)
            m_errors->set(u"extendDays"_s,
                          tr("Between 1 and %1 days.").arg(BulkExtendResult::MaxDays));
    } else {
        for (const Allocation &a : std::as_const(m_allocations)) {
            if (newEndOf(a) <= a.endTime) {
                m_errors->set(u"endTime"_s, tr("The new end must be after %1's current end (%2).")
                                                .arg(a.id, localTimeText(a.endTime)));
                break;
            }
        }
    }
    return m_loaded && !m_errors->any();
}

void ExtendDialog::setSending(bool sending)
{
    m_sending = sending;
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!sending);
    ok->setText(sending ? tr("Extending…") : tr("Extend"));
}

void ExtendDialog::submit()
{
    if (m_sending || !validateForm())
        return;
    setSending(true);
    auto fail = [this](const Error &error) {
        setSending(false);
        if (!m_errors->show(error))
            showErrorDialog(this, tr("Extending failed"), error);
    };
    if (m_allocations.size() == 1) {
        const Allocation &a = m_allocations.first();
        m_api.extend(a.id, newEndOf(a), this, [this, fail](Result<Allocation> answer) {
            if (!answer.ok())
                return fail(answer.error());
            setSending(false);
            Q_EMIT done({*answer});
            accept();
        });
        return;
    }
    auto finish = [this, fail](Result<BulkExtendResult> answer) {
        if (!answer.ok())
            return fail(answer.error());
        setSending(false);
        Q_EMIT done(answer->list);
        accept();
    };
    QStringList ids;
    for (const Allocation &a : std::as_const(m_allocations))
        ids << a.id;
    if (m_byDays->isChecked())
        m_api.bulkExtendByDays(ids, m_days->value(), this, finish);
    else
        m_api.bulkExtendTo(ids, newEndOf(m_allocations.first()), this, finish);
}

} // namespace remotegpu::ui
