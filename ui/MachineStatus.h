#pragma once

#include "Enums.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

namespace remotegpu {
struct Machine;
} // namespace remotegpu

namespace remotegpu::ui {

// How the console shows a machine's state: a word, a colour picked for the palette in use
// (light or dark) and a small icon whose shape differs per state, so the state never rests on
// colour alone.
namespace machinestatus {

QString text(MachineStatus status);
QString text(AllocationState state);
QColor colour(MachineStatus status);
QColor colour(AllocationState state);
QIcon icon(MachineStatus status);
QIcon icon(AllocationState state);

// "in 3 days", "5 min ago", "just now"; empty for an invalid time. `now` for tests.
QString relativeTime(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());
// The exact local time, for tooltips.
QString exactTime(const QDateTime &time);
// A machine as every view names it: "BEIJING-GPU-01 (node-01)", or the id alone when the
// machine has no name of its own.
QString machineName(const QString &id, const QString &name);

} // namespace machinestatus

} // namespace remotegpu::ui
