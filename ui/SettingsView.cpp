#include "SettingsView.h"

namespace remotegpu::ui {

SettingsView::SettingsView(ApiClient *api, Session *session, QWidget *parent)
    : SectionView(tr("Settings"), tr("System settings will appear here."), parent)
{
    Q_UNUSED(api);
    Q_UNUSED(session);
}

} // namespace remotegpu::ui
