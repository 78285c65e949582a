#pragma once

#include <QDateTime>
#include <QMutex>

#include <functional>

namespace remotegpu {

// "Now", for code that decides by the time: token and reset-code expiry, allocation states and
// default start times, the expiry sweeper, "this month" in statistics. The server owns one
// (system time by default) and hands it to the services it builds; tests set a fixed or moving
// source instead of sleeping.
//
// The rule for SQL: where a decision depends on the time (is this token expired, which month is
// "this month", is this lease expiring), the service passes now() of this clock as a bound
// parameter, so a test that sets the clock moves every side of the comparison at once. Where SQL
// still calls now() (timestamps it stamps on rows it writes — created_at, used_at, audit times —
// and the machine list's "current allocation" join, which runs on an index tuned for it), the
// database's clock is used: tests of those move the rows relative to now(), never this clock.
class Clock
{
public:
    using Source = std::function<QDateTime()>;

    Clock() = default; // the system clock
    explicit Clock(Source source);

    // Always in UTC.
    QDateTime now() const;
    // Replaces the source (an empty one is the system clock again). Safe while other threads
    // read the clock.
    void set(Source source);
    // Shorthand: a clock standing still at `at`.
    void setFixed(const QDateTime &at);

private:
    mutable QMutex m_mutex;
    Source m_source;
};

} // namespace remotegpu
