#pragma once

#include "SectionView.h"

namespace remotegpu::ui {

class SettingsView : public SectionView
{
    Q_OBJECT

public:
    explicit SettingsView(QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
