#include "MachinesView.h"

namespace remotegpu::ui {

MachinesView::MachinesView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Machines"),
                  tr("The machine inventory will appear here: each host's status, GPUs and current "
                     "tenant, with adding, editing, CSV import, allocation and reclaiming."),
                  parent)
{
    Q_UNUSED(api);
    Q_UNUSED(session);
}

} // namespace remotegpu::ui
