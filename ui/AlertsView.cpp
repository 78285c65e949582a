#include "AlertsView.h"

namespace remotegpu::ui {

AlertsView::AlertsView(QWidget *parent)
    : SectionView(tr("Alerts"),
                  tr("Active and past alerts will appear here, with acknowledging and resolving."),
                  parent)
{}

} // namespace remotegpu::ui
