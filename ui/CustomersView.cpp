#include "CustomersView.h"

namespace remotegpu::ui {

CustomersView::CustomersView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Customers"),
                  tr("Tenant companies and their members will appear here, with details, enabling "
                     "and disabling."),
                  parent)
{
    Q_UNUSED(api);
    Q_UNUSED(session);
}

} // namespace remotegpu::ui
