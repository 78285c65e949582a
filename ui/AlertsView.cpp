#include "AlertsView.h"

namespace remotegpu::ui {

AlertsView::AlertsView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Alerts"),
                  tr("Active and past alerts will appear here, with acknowledging and resolving."),
                  parent)
{
    Q_UNUSED(api);
    Q_UNUSED(session);
}

} // namespace remotegpu::ui
