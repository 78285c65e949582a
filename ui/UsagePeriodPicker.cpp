#include "UsagePeriodPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime startOfLocalDay(const QDate &day)
{
    return day.startOfDay().toUTC();
}

} // namespace

UsagePeriodPicker::UsagePeriodPicker(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_choice(new QComboBox(this))
    , m_first(new QDateEdit(this))
    , m_last(new QDateEdit(this))
{
    m_choice->setObjectName(u"usagePeriod"_s);
    m_choice->setAccessibleName(tr("Period"));
    m_choice->addItem(tr("This month"), int(Period::ThisMonth));
    m_choice->addItem(tr("Last month"), int(Period::LastMonth));
    m_choice->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_choice->addItem(tr("Custom"), int(Period::Custom));
    m_first->setObjectName(u"usageFirstDay"_s);
    m_last->setObjectName(u"usageLastDay"_s);
    m_first->setAccessibleName(tr("First day"));
    m_last->setAccessibleName(tr("Last day"));
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    const QDate today = QDate::currentDate();
    m_first->setDate(today.addDays(-29));
    m_last->setDate(today);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_choice);
    layout->addWidget(label);
    layout->addWidget(m_choice);
    layout->addWidget(m_first);
    auto *dash = new QLabel(tr("to"), this);
    dash->setObjectName(u"usageDash"_s);
    layout->addWidget(dash);
    layout->addWidget(m_last);
    layout->addStretch(1);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomVisibility();
        Q_EMIT periodChanged();
    });
    connect(m_first, &QDateEdit::dateChanged, this, [this] {
        if (period() == Period::Custom)
            Q_EMIT periodChanged();
    });
    connect(m_last, &QDateEdit::dateChanged, this, [this] {
        if (period() == Period::Custom)
            Q_EMIT periodChanged();
    });
    updateCustomVisibility();
}

void UsagePeriodPicker::updateCustomVisibility()
{
    const bool custom = period() == Period::Custom;
    m_first->setVisible(custom);
    m_last->setVisible(custom);
    findChild<QLabel *>(u"usageDash"_s)->setVisible(custom);
}

void UsagePeriodPicker::setPeriod(Period period)
{
    m_choice->setCurrentIndex(m_choice->findData(int(period)));
}

void UsagePeriodPicker::setCustomDays(const QDate &first, const QDate &last)
{
    {
        const QSignalBlocker blockFirst(m_first), blockLast(m_last);
        m_first->setDate(first);
        m_last->setDate(last);
    }
    if (period() == Period::Custom)
        Q_EMIT periodChanged();
    else
        setPeriod(Period::Custom);
}

UsagePeriodPicker::Period UsagePeriodPicker::period() const
{
    return Period(m_choice->currentData().toInt());
}

std::pair<QDateTime, QDateTime> UsagePeriodPicker::presetRange(Period period, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    const QDate monthStart(today.year(), today.month(), 1);
    switch (period) {
    case Period::ThisMonth:
        return {startOfLocalDay(monthStart), now.toUTC()};
    case Period::LastMonth:
        return {startOfLocalDay(monthStart.addMonths(-1)), startOfLocalDay(monthStart)};
    case Period::Last30Days:
    case Period::Custom:
        break;
    }
    return {now.toUTC().addDays(-30), now.toUTC()};
}

std::pair<QDateTime, QDateTime> UsagePeriodPicker::range() const
{
    if (period() != Period::Custom)
        return presetRange(period(), m_clock());
    const QDate first = std::min(m_first->date(), m_last->date());
    const QDate last = std::max(m_first->date(), m_last->date());
    return {startOfLocalDay(first), startOfLocalDay(last.addDays(1))};
}

} // namespace remotegpu::ui
