#include "AllocationsView.h"

namespace remotegpu::ui {

AllocationsView::AllocationsView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Allocations"),
                  tr("Allocation records will appear here, with extending and early reclaiming."),
                  parent)
{
    Q_UNUSED(api);
    Q_UNUSED(session);
}

} // namespace remotegpu::ui
