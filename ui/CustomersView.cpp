#include "CustomersView.h"

namespace remotegpu::ui {

CustomersView::CustomersView(QWidget *parent)
    : SectionView(tr("Customers"),
                  tr("Tenant companies and their members will appear here, with details, enabling "
                     "and disabling."),
                  parent)
{}

} // namespace remotegpu::ui
