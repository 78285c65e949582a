#pragma once

#include "SectionView.h"

namespace remotegpu::ui {

class AlertsView : public SectionView
{
    Q_OBJECT

public:
    explicit AlertsView(QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
