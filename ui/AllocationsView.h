#pragma once

#include "SectionView.h"

namespace remotegpu::ui {

class AllocationsView : public SectionView
{
    Q_OBJECT

public:
    explicit AllocationsView(QWidget *parent = nullptr);
};

} // namespace remotegpu::ui
