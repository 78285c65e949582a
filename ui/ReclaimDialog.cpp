#include "ReclaimDialog.h"

#include "AllocationFormSupport.h"
#include "ErrorBanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MaxReason = 512;
}

ReclaimDialog::ReclaimDialog(ApiClient *api, const QStringList &allocationIds, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_ids(allocationIds)
    , m_errors(std::make_unique<FieldErrorLabels>())
{
    m_ids.removeDuplicates();
    setObjectName(u"reclaimDialog"_s);
    setWindowTitle(m_ids.size() == 1 ? tr("Reclaim allocation")
                                     : tr("Reclaim %n allocation(s)", nullptr, int(m_ids.size())));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(480, 300);

    auto *what = new QLabel(this);
    what->setObjectName(u"whatLabel"_s);
    what->setWordWrap(true);
    const QStringList shown = m_ids.mid(0, 6);
    what->setText(
        tr("Ends %1 now; the tenant loses the machine at once. The reason goes into the audit log.")
            .arg(shown.join(u", "_s) +
                 (m_ids.size() > shown.size()
                      ? tr(" and %n more", nullptr, int(m_ids.size() - shown.size()))
                      : QString())));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("Reason (required), e.g. \"contract ended early\""));
    m_reason->setTabChangesFocus(true);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"reclaimButton"_s);
    ok->setText(tr("Reclaim"));
    // Cancel is the safe default of a destructive dialog.
    ok->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_errors->add(u"reason"_s, this));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReclaimDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        if (m_errors->any())
            validateForm();
    });
    m_reason->setFocus();
}

ReclaimDialog::~ReclaimDialog() = default;

void ReclaimDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

bool ReclaimDialog::validateForm()
{
    m_errors->clear();
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty())
        m_errors->set(u"reason"_s, tr("Say why the allocation ends early."));
    else if (reason.size() > MaxReason)
        m_errors->set(u"reason"_s,
                      tr("At most %1 characters (%2 now).").arg(MaxReason).arg(reason.size()));
    return !m_errors->any() && !m_ids.isEmpty();
}

void ReclaimDialog::setSending(bool sending)
{
    m_sending = sending;
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!sending);
    ok->setText(sending ? tr("Reclaiming…") : tr("Reclaim"));
    m_reason->setReadOnly(sending);
}

void ReclaimDialog::submit()
{
    if (m_sending || !validateForm())
        return;
    m_queue = m_ids;
    for (const QString &id : std::as_const(m_done))
        m_queue.removeAll(id);
    setSending(true);
    sendNext();
}

void ReclaimDialog::sendNext()
{
    if (m_queue.isEmpty()) {
        setSending(false);
        Q_EMIT done(m_done);
        accept();
        return;
    }
    const QString id = m_queue.takeFirst();
    m_api.reclaim(id, m_reason->toPlainText().trimmed(), this, [this, id](Result<Allocation> a) {
        if (a.ok()) {
            m_done << id;
            sendNext();
            return;
        }
        m_queue.clear();
        setSending(false);
        if (!m_errors->show(a.error()))
            showErrorDialog(this, tr("Reclaiming %1 failed").arg(id), a.error());
    });
}

} // namespace remotegpu::ui
