#include "DashboardView.h"

namespace remotegpu::ui {

DashboardView::DashboardView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Dashboard"),
                  tr("Fleet totals, the GPU utilisation trend, recent allocations and active "
                     "alerts will appear here."),
                  parent)
{
    Q_UNUSED(api);
    Q_UNUSED(session);
}

} // namespace remotegpu::ui
