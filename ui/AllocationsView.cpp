#include "AllocationsView.h"

namespace remotegpu::ui {

AllocationsView::AllocationsView(QWidget *parent)
    : SectionView(tr("Allocations"),
                  tr("Allocation records will appear here, with extending and early reclaiming."),
                  parent)
{}

} // namespace remotegpu::ui
