#include "AlertText.h"

#include "MachineStatus.h"

namespace remotegpu::ui {

QString AlertText::severity(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return tr("Info");
    case AlertSeverity::Warning:
        return tr("Warning");
    case AlertSeverity::Critical:
        return tr("Critical");
    }
    return {};
}

QString AlertText::status(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Active:
        return tr("Active");
    case AlertStatus::Acknowledged:
        return tr("Acknowledged");
    case AlertStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString AlertText::machine(const Alert &alert)
{
    const QString machine = machinestatus::machineName(alert.hostId, alert.hostName);
    if (alert.resourceType != u"gpu")
        return machine;
    return tr("%1, GPU %2").arg(machine, alert.resourceId.section(u'/', -1));
}

} // namespace remotegpu::ui
