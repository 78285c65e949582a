#pragma once

#include "SectionView.h"

namespace remotegpu::ui {

class DashboardView : public SectionView
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
