#include "SettingsView.h"

namespace remotegpu::ui {

SettingsView::SettingsView(QWidget *parent)
    : SectionView(tr("Settings"), tr("System settings will appear here."), parent)
{}

} // namespace remotegpu::ui
