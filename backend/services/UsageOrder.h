#pragma once

#include "Result.h"
#include "UsageFigures.h"

#include <QList>
#include <QString>

#include <algorithm>

namespace remotegpu {

// The `sort` of the usage answers: a figure, ascending, or descending with a leading '-'
// (busyRatio, heldGpuHours, busyGpuHours, unreportedGpuHours). Rows without a ratio (nothing
// reported) come last either way: they answer neither "who uses least" nor "who uses most".
// Equal rows keep the order they came in.
struct UsageOrder
{
    enum class Key { BusyRatio, HeldGpuHours, BusyGpuHours, UnreportedGpuHours };

    Key key = Key::BusyRatio;
    bool descending = false;

    // None for an empty `text` (the answer keeps its own order); an unknown key is a 400 naming
    // `sort`.
    static Result<std::optional<UsageOrder>> parse(const QString &text);
    bool before(const UsageFigures &a, const UsageFigures &b) const;

    // Sorts `rows` by the UsageFigures `figuresOf(row)` returns.
    template<typename T, typename FiguresOf>
    void sort(QList<T> &rows, FiguresOf figuresOf) const
    {
        std::stable_sort(rows.begin(), rows.end(), [&](const T &a, const T &b) {
            return before(figuresOf(a), figuresOf(b));
        });
    }
};

} // namespace remotegpu
