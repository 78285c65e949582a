#pragma once

#include "Alert.h"

#include <QCoreApplication>
#include <QString>

namespace remotegpu::ui {

// How the console words an alert, the same in the Alerts section and on the dashboard.
class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)

public:
    static QString severity(AlertSeverity severity);
    static QString status(AlertStatus status);
    // The machine as the rest of the console names it, "BEIJING-GPU-01 (node-01)", and for a
    // GPU alert (resource id "host/index") the GPU too: "BEIJING-GPU-01 (node-01), GPU 3".
    static QString machine(const Alert &alert);
};

} // namespace remotegpu::ui
