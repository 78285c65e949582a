#include "AuditView.h"

namespace remotegpu::ui {

AuditView::AuditView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Audit"),
                  tr("The audit log of sensitive operations will appear here: who did what to "
                     "which target, when, from where, and with what result."),
                  parent)
{
    Q_UNUSED(api);
    Q_UNUSED(session);
}

} // namespace remotegpu::ui
