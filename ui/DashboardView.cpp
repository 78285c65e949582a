#include "DashboardView.h"

namespace remotegpu::ui {

DashboardView::DashboardView(QWidget *parent)
    : SectionView(tr("Dashboard"),
                  tr("Fleet totals, the GPU utilisation trend, recent allocations and active "
                     "alerts will appear here."),
                  parent)
{}

} // namespace remotegpu::ui
