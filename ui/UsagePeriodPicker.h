#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <utility>

class QComboBox;
class QDateEdit;

namespace remotegpu::ui {

// The period of an "allocated versus used" figure: this month, last month, the last 30 days or
// custom dates (whole local days, the end date included). Months and days are the console's
// local calendar; what is sent is the UTC instants of their bounds.
class UsagePeriodPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Period { ThisMonth, LastMonth, Last30Days, Custom };
    using Clock = std::function<QDateTime()>;

    explicit UsagePeriodPicker(QWidget *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPeriod(Period period);
    // Custom dates, from `first` to `last` inclusive.
    void setCustomDays(const QDate &first, const QDate &last);
    Period period() const;
    // [from, to) of the chosen period at the clock's now.
    std::pair<QDateTime, QDateTime> range() const;
    // [from, to) of a preset at `now` (Custom: the last 30 days).
    static std::pair<QDateTime, QDateTime> presetRange(Period period, const QDateTime &now);

Q_SIGNALS:
    void periodChanged();

private:
    void updateCustomVisibility();

    Clock m_clock;
    QComboBox *m_choice;
    QDateEdit *m_first;
    QDateEdit *m_last;
};

} // namespace remotegpu::ui
